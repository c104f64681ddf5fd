namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// Room offered to a box: the width of its containing block and the height left on the page, in points.
/// <see cref="AtPageTop"/> says nothing precedes the box on this page, so it must place something
/// (moving it to the next page would gain nothing); <see cref="PageHeight"/> is a whole page's content height.
/// <see cref="Floats"/> is the block formatting context the box is in (null: the box starts one of its own).
/// <see cref="ContainingHeight"/> is the containing block's content height when it does not depend on content
/// (a fixed height, or the page area for the root): percentage heights resolve against it, and are auto without it.
/// <see cref="InColumns"/>: the box is in a multi-column container's column, where <c>break-before/after: column</c> forces a break.
/// </summary>
public sealed record LayoutSpace(float Width, float Height, bool AtPageTop, float PageHeight, FloatScope? Floats = null, float? ContainingHeight = null, bool InColumns = false)
{
    /// <summary>A height no content reaches: content laid out in it is measured whole, never broken.</summary>
    public const float Unbounded = 1_000_000f;
}
