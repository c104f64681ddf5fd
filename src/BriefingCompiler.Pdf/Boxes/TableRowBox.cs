using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>One table row; its background shows behind cells that have none.</summary>
public sealed record TableRowBox(ComputedStyle Style, IReadOnlyList<TableCellBox> Cells) : Box(Style, null);
