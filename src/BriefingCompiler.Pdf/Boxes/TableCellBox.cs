using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// A td or th: a block container in column <see cref="Column"/> of the table's grid (after the cells of
/// rows above that reach down into this row), spanning <see cref="ColumnSpan"/> columns and
/// <see cref="RowSpan"/> rows (clamped to its row group). <see cref="IsEmpty"/>: no content (empty-cells).
/// </summary>
public sealed record TableCellBox(ComputedStyle Style, IReadOnlyList<Box> Children, int ColumnSpan = 1, string? Id = null, int Column = 0, int RowSpan = 1)
    : ContainerBox(Style, Children, Id)
{
    public bool IsEmpty => Children.Count == 0;

    /// <summary>
    /// In a table with collapsing borders, the borders this cell paints (the winners at its grid lines); its style then
    /// holds half of each, the part inside its box. Null in the separated model.
    /// </summary>
    public CollapsedCellBorders? CollapsedBorders { get; init; }
}
