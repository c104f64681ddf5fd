using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// One table row; its background shows behind cells that have none, over its row group's
/// (<see cref="GroupStyle"/>: thead, tbody, tfoot or their CSS displays; null for rows directly in the table).
/// Its id makes it a link target.
/// </summary>
public sealed record TableRowBox(ComputedStyle Style, IReadOnlyList<TableCellBox> Cells, string? Id = null) : Box(Style, Id)
{
    public ComputedStyle? GroupStyle { get; init; }
}
