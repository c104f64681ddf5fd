namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// The @page rules of a document: page size and margins in points (the first page may have its own
/// margins through <c>@page :first</c>) and the margin boxes painted on every page.
/// </summary>
public sealed record PageStyle(float Width, float Height, Edges Margins, Edges FirstPageMargins, IReadOnlyList<MarginBox> MarginBoxes, IReadOnlyList<MarginBox> FirstPageMarginBoxes)
{
    public const float A4Width = 595.2756f;
    public const float A4Height = 841.8898f;

    /// <summary>A4 with 2 cm margins: what a document without @page gets.</summary>
    public static readonly PageStyle Default = new(A4Width, A4Height, new Edges(56.693f, 56.693f, 56.693f, 56.693f), new Edges(56.693f, 56.693f, 56.693f, 56.693f), [], []);

    /// <summary>The running header and footer of a page: <c>@page :first</c> may replace (or, with content: none, remove) boxes on the first.</summary>
    public IReadOnlyList<MarginBox> MarginBoxesOf(int pageIndex) => pageIndex == 0 ? FirstPageMarginBoxes : MarginBoxes;

    /// <summary>The <c>@footnote</c> area at the foot of each page's content box (CSS GCPM): its margin-top, border-top and
    /// padding-top; null when no rule styles it (footnotes are then set with no separator).</summary>
    public ComputedStyle? FootnoteArea { get; init; }

    public Edges MarginsOf(int pageIndex) => pageIndex == 0 ? FirstPageMargins : Margins;

    public float ContentWidth(int pageIndex) => Width - MarginsOf(pageIndex).Horizontal;

    public float ContentHeight(int pageIndex) => Height - MarginsOf(pageIndex).Vertical;
}
