using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// A table: header rows (thead, repeated at the top of every page the table runs onto) and body rows
/// (tbody, bare tr, then tfoot). <see cref="ColumnCount"/> counts grid columns; <see cref="ColumnWidths"/>
/// holds the widths set by <c>col</c>/<c>colgroup</c> elements (null where a column has none; may be shorter
/// than the grid).
/// </summary>
public sealed record TableBox(ComputedStyle Style, IReadOnlyList<TableRowBox> HeaderRows, IReadOnlyList<TableRowBox> BodyRows, int ColumnCount, string? Id = null)
    : Box(Style, Id)
{
    public IReadOnlyList<CssLength?> ColumnWidths { get; init; } = [];

    /// <summary>Per grid column, the styles its column group and column give (for their backgrounds); may be shorter than the grid.</summary>
    public IReadOnlyList<TableColumnStyle> ColumnStyles { get; init; } = [];

    /// <summary>Whether a cell spans more than one row (set by the builder, which knows; painting asks on every page).</summary>
    public bool HasRowSpans { get; init; }
}
