using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// The styles of one grid column of a table: its column group's (<c>colgroup</c> or <c>display: table-column-group</c>)
/// and its column's (<c>col</c>, <c>display: table-column</c>), either absent. Their backgrounds are the lowest table
/// layers, painted behind the cells that start in the column (CSS 2.1 17.5.1).
/// </summary>
public sealed record TableColumnStyle(ComputedStyle? Group, ComputedStyle? Column);
