namespace BriefingCompiler.Pdf.Styling;

/// <summary>Where a table cell's content sits when its row is taller than the content.</summary>
public enum VerticalAlign
{
    Top,
    Middle,
    Bottom,
}
