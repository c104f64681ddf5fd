using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Paging;

/// <summary>One page: its size, its margins (the body fragment sits at their top-left corner) and the running header and
/// footer lines and images (positions on the page).</summary>
public sealed record LaidOutPage(int Number, float Width, float Height, Edges Margins, BoxFragment Body, IReadOnlyList<LineFragment> MarginBoxes)
{
    public IReadOnlyList<MarginImage> MarginImages { get; init; } = [];

    public float ContentWidth => Width - Margins.Horizontal;

    public float ContentHeight => Height - Margins.Vertical;
}
