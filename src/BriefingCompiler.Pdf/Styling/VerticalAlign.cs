namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// Where a table cell's content sits when its row is taller than the content. <see cref="Baseline"/>: the
/// first lines of the row's baseline-aligned cells share one baseline (what any other value means in a cell).
/// </summary>
public enum VerticalAlign
{
    Top,
    Middle,
    Bottom,
    Baseline,
}
