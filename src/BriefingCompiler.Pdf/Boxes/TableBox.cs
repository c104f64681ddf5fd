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

    /// <summary>The table's captions (laid out as blocks beside the table, above or below it): the table is at least as
    /// wide as the narrowest they can be (CSS 2.1 §17.4: the wrapper holds table and captions, which share its width).</summary>
    public IReadOnlyList<Box> Captions { get; init; } = [];

    /// <summary>Whether <paramref name="box"/> is one of the table's captions, also as layout made it when it resolved
    /// the caption's percentage margins and padding (a copy, with the same <see cref="Box.Wrapper"/>).</summary>
    public bool HasCaption(Box box) => Wrapper is not null && box is not TableBox && ReferenceEquals(box.Wrapper, Wrapper);

    /// <summary>Whether a cell spans more than one row (set by the builder, which knows; painting asks on every page).</summary>
    public bool HasRowSpans { get; init; }
}
