using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>One table row; its background shows behind cells that have none. Its id makes it a link target.</summary>
public sealed record TableRowBox(ComputedStyle Style, IReadOnlyList<TableCellBox> Cells, string? Id = null) : Box(Style, Id);
