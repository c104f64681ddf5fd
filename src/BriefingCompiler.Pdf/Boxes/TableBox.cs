using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// A table: header rows (thead, repeated at the top of every page the table runs onto) and body rows
/// (tbody, bare tr, then tfoot). <see cref="ColumnCount"/> counts column spans.
/// </summary>
public sealed record TableBox(ComputedStyle Style, IReadOnlyList<TableRowBox> HeaderRows, IReadOnlyList<TableRowBox> BodyRows, int ColumnCount, string? Id = null)
    : Box(Style, Id);
