namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// An inline element whose <c>vertical-align</c> places its box by its parent's font or by the line box instead of by a
/// shift of its baseline (CSS 2.1 §10.8.1: text-top, text-bottom, middle, top, bottom). Where it lands depends on font
/// metrics and on the line, which only line layout knows: the styles give its runs (and those of the inline elements in
/// it, which carry the same anchor) an <see cref="ApproximateShift"/> from an em box, and line layout moves them all by
/// the difference to the shift it works out. <see cref="Own"/> is the element's text style (its font and line-height,
/// no anchor), <see cref="Parent"/> its parent's, whose baseline is <see cref="ParentShift"/> above the block's.
/// </summary>
public sealed record VerticalAnchor(InlineVerticalAlign Align, TextStyle Own, TextStyle Parent, float ParentShift, float ApproximateShift);

/// <summary>The keywords of <c>vertical-align</c> an inline element's box is placed by (see <see cref="VerticalAnchor"/>).</summary>
public enum InlineVerticalAlign
{
    /// <summary>The box's top with the top of the parent's content area.</summary>
    TextTop,

    /// <summary>The box's bottom with the bottom of the parent's content area.</summary>
    TextBottom,

    /// <summary>The box's vertical midpoint half the parent's x-height above the parent's baseline.</summary>
    Middle,

    /// <summary>The top of the element's aligned subtree with the line box's top.</summary>
    Top,

    /// <summary>The bottom of the element's aligned subtree with the line box's bottom.</summary>
    Bottom,
}
