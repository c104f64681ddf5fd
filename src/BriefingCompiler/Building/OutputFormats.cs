namespace BriefingCompiler.Building;

/// <summary>What a build writes for each briefing. PNG previews come from the same layout as the PDF.</summary>
[Flags]
public enum OutputFormats
{
    None = 0,
    Html = 1,
    Pdf = 2,
    Png = 4,
}
