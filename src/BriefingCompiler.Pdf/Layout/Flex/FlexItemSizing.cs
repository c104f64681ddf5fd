using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Layout.Flex;

/// <summary>
/// How flex and grid items are sized from outside: their intrinsic widths as border boxes, and a box laid out
/// at a border-box width its container chose (the width it asks for itself set aside).
/// </summary>
public sealed class FlexItemSizing(LayoutEngine engine)
{
    /// <summary>Min- and max-content widths of the item's border box (margins taken off).</summary>
    public (float Min, float Max) ContentWidths(Box item)
    {
        var (min, max) = engine.Intrinsic.Of(item);
        var margins = item is ParagraphBox or TableCellBox ? 0 : item.Style.Margin.Horizontal;
        return (Math.Max(0, min - margins), Math.Max(0, max - margins));
    }

    /// <summary>
    /// A flex or grid container's margin-left and border-box width: a block's (CSS 2.1 10.3.3), or for inline-flex and
    /// inline-grid without a width, shrink-to-fit (on the right in right-to-left text).
    /// </summary>
    public (float MarginLeft, float BorderBoxWidth) ContainerWidth(BlockBox box, float containingWidth, bool inline)
    {
        var (marginLeft, borderBoxWidth) = LayoutEngine.BlockWidth(box.Style, containingWidth);
        if (inline && box.Style.Width is null)
        {
            var (min, max) = ContentWidths(box);
            var fitted = Math.Min(max, Math.Max(min, borderBoxWidth));
            if (box.Style.RightToLeft)
            {
                marginLeft += borderBoxWidth - fitted;
            }

            borderBoxWidth = fitted;
        }

        return (marginLeft, borderBoxWidth);
    }

    /// <summary>The border-box width the item asks for (width, an image's own width), or null for auto.</summary>
    public float? SpecifiedWidth(Box item, float containingWidth)
    {
        var style = item.Style;
        if (item is ReplacedBox image)
        {
            return ReplacedLayout.UsedSize(image, containingWidth).Width + style.BorderAndPaddingHorizontal;
        }

        return item is ParagraphBox || style.Width is not { } width ? null : width.Resolve(containingWidth) + style.BorderAndPaddingHorizontal;
    }

    /// <summary>min-width and max-width as border-box widths; an auto min-width is the automatic minimum (Flexbox §4.5).</summary>
    public (float Min, float Max) WidthLimits(Box item, float containingWidth, bool automaticMinimum)
    {
        var style = item.Style;
        var extra = item is ParagraphBox ? 0 : style.BorderAndPaddingHorizontal;
        var max = style.MaxWidth is { } maxWidth && item is not ParagraphBox ? maxWidth.Resolve(containingWidth) + extra : float.PositiveInfinity;
        float min;
        if (style.Item.MinWidth is { } minWidth && item is not ParagraphBox)
        {
            min = minWidth.Resolve(containingWidth) + extra;
        }
        else if (!automaticMinimum || style.ClipsOverflow)
        {
            min = extra;
        }
        else
        {
            // The content-based minimum: the min-content width, no more than the width asked for (and its max-width).
            if (SpecifiedWidth(item, containingWidth) is { } specified && item is not ReplacedBox)
            {
                // The content's own min-content width (intrinsic widths count a set width in), no more than the width set.
                min = Math.Min(ContentWidths(item with { Style = style with { Width = null } }).Min, specified);
            }
            else
            {
                min = ContentWidths(item).Min;
            }

            min = Math.Min(min, max);
        }

        return (min, Math.Max(min, max));
    }

    /// <summary>
    /// An item's border-box width in <paramref name="room"/> (a column container's width, a grid area's): its own
    /// width if it sets one, else all the room when <paramref name="stretch"/> and no auto margin, else fit-content —
    /// its max-content width, at most the room, at least its min-content width; within min-width and max-width.
    /// </summary>
    public float WidthInRoom(Box item, float room, bool stretch)
    {
        var style = item.Style;
        var margins = item is ParagraphBox ? 0 : style.Margin.Horizontal;
        var available = Math.Max(0, room - margins);
        var (min, max) = WidthLimits(item, room, false);
        float width;
        if (SpecifiedWidth(item, room) is { } specified)
        {
            width = specified;
        }
        else if (stretch && !style.Item.AutoMarginLeft && !style.Item.AutoMarginRight)
        {
            width = available;
        }
        else
        {
            var (minContent, maxContent) = ContentWidths(item);
            width = Math.Min(Math.Max(minContent, available), maxContent);
        }

        return Math.Max(min, Math.Min(max, width));
    }

    /// <summary>
    /// Lays the item out with its border box <paramref name="borderBoxWidth"/> wide and <paramref name="height"/> of the
    /// page left to it. The fragment's X is its left margin; the caller places it.
    /// </summary>
    public LayoutResult LayoutAtWidth(Box item, float borderBoxWidth, float height, bool atPageTop, float pageHeight, ResumePoint? resume)
    {
        var style = item.Style;
        var sized = item;
        if (item is ReplacedBox)
        {
            var content = Math.Max(0, borderBoxWidth - (style.BorderBoxSizing ? 0 : style.BorderAndPaddingHorizontal));
            sized = item with { Style = style with { Width = new CssLength(content, false), MaxWidth = null, CentredByAutoMargins = false } };
        }
        else if (item is not ParagraphBox && (style.Width is not null || style.MaxWidth is not null || style.CentredByAutoMargins))
        {
            sized = item with { Style = style with { Width = new CssLength(Math.Max(0, borderBoxWidth - style.BorderAndPaddingHorizontal), false), MaxWidth = null, CentredByAutoMargins = false } };
        }

        var margins = item is ParagraphBox ? 0 : style.Margin.Horizontal;
        return engine.Layout(sized, new LayoutSpace(borderBoxWidth + margins, height, atPageTop, pageHeight), resume);
    }

    public static BoxFragment FragmentOf(LayoutResult result) => result switch
    {
        Fits fits => fits.Fragment,
        Partial partial => partial.Fragment,
        _ => throw new InvalidOperationException("A box that does not fit has no fragment."),
    };
}
