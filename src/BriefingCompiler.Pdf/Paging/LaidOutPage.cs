using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Paging;

/// <summary>One page: its size, its margins (the body fragment sits at their top-left corner) and the running header and
/// footer lines, images and running elements (positions on the page).</summary>
public sealed record LaidOutPage(int Number, float Width, float Height, Edges Margins, BoxFragment Body, IReadOnlyList<LineFragment> MarginBoxes)
{
    private readonly int? counter;

    public IReadOnlyList<MarginImage> MarginImages { get; init; } = [];

    /// <summary>The running elements margin boxes show (<c>element()</c>), laid out, placed on the page (X and Y from its corner).</summary>
    public IReadOnlyList<BoxFragment> MarginElements { get; init; } = [];

    /// <summary>The page counter: what <c>counter(page)</c> and <c>target-counter(…, page)</c> show; <see cref="Number"/>
    /// unless an element restarted the numbering (<c>counter-reset: page N</c>).</summary>
    public int Counter { get => counter ?? Number; init => counter = value; }

    public float ContentWidth => Width - Margins.Horizontal;

    public float ContentHeight => Height - Margins.Vertical;
}
