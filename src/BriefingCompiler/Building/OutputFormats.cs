namespace BriefingCompiler.Building;

/// <summary>What a build writes for each briefing. PNG previews come from the same layout as the PDF; the Word document from the model.</summary>
[Flags]
public enum OutputFormats
{
    None = 0,
    Html = 1,
    Pdf = 2,
    Png = 4,

    /// <summary>A Word document built from the model (not from the HTML).</summary>
    Docx = 8,
}
