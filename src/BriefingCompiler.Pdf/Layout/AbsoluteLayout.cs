using BriefingCompiler.Pdf.Boxes;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// Lays out absolutely positioned boxes (position: absolute and fixed) on a laid-out page (CSS 2.1 10.3.7 and
/// 10.6.4). They wait as <see cref="PositionedPlaceholder"/>s until the page is laid out, because their containing
/// block — the padding box of the nearest positioned ancestor (for a relatively positioned inline element, the padding boxes
/// of its first and last inline boxes on the page: <see cref="InlineContainingBlock"/>), else the page area — has its height only then.
/// Each is laid out whole (it is not split across pages: what reaches past the page is cut, as when printing
/// from a browser) and put in its parent fragment's children where the placeholder was.
/// </summary>
public sealed class AbsoluteLayout(LayoutEngine engine)
{
    /// <summary>
    /// The page body with every placeholder replaced by its box's fragment (the same fragment when it has none),
    /// and the document's <paramref name="fixedBoxes"/> that have no placeholder on this page added: in paged media a
    /// fixed box is repeated on every page (CSS 2.1 9.6.1), where offsets that are auto put it at the page area's corner.
    /// </summary>
    public BoxFragment Place(BoxFragment body, float pageWidth, float pageHeight, IReadOnlyList<Box> fixedBoxes)
    {
        var page = new ContainingBlock(0, 0, pageWidth, pageHeight, body.Box.Style.RightToLeft);
        var placedFixed = new HashSet<Box>(ReferenceEqualityComparer.Instance);
        var result = HasPlaceholders(body) ? Walk(body, body.X, body.Y, page, page, placedFixed) : body;
        var repeated = fixedBoxes.Where(box => !placedFixed.Contains(box))
            .Select(box => Position(new PositionedPlaceholder(box, -body.X, -body.Y), body.X, body.Y, page, page, placedFixed))
            .Where(fragment => fragment is BoxFragment)
            .ToArray();
        return repeated.Length == 0 ? result : result with { Children = [.. result.Children, .. repeated] };
    }

    /// <summary>The fixed boxes of a document (none inside another: that one moves with its fixed ancestor).</summary>
    public static IReadOnlyList<Box> FixedBoxes(Box root)
    {
        var found = new List<Box>();
        void Visit(Box box)
        {
            if (box.Style.FixedPositioned)
            {
                found.Add(box);
                return;
            }

            if (box is ContainerBox container)
            {
                foreach (var child in container.Children)
                {
                    Visit(child);
                }
            }
        }

        Visit(root);
        return found;
    }

    private BoxFragment Walk(BoxFragment fragment, float x, float y, ContainingBlock containing, ContainingBlock page, HashSet<Box> placedFixed)
    {
        var style = fragment.Box.Style;
        var own = style.IsPositioned
            ? new ContainingBlock(x + style.BorderLeft.Width, y + style.BorderTop.Width,
                Math.Max(0, fragment.Width - style.BorderLeft.Width - style.BorderRight.Width),
                Math.Max(0, fragment.Height - style.BorderTop.Width - style.BorderBottom.Width), style.RightToLeft)
            : containing;
        var children = new Fragment[fragment.Children.Count];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = fragment.Children[i] switch
            {
                PositionedPlaceholder { Inline: { } inline } placeholder when !placeholder.Box.Style.FixedPositioned
                    && InlineContainingBlock.Of(inline, fragment.Children, x, y) is { } inlineBlock
                    => Position(Moved(placeholder, inline.Shift), x, y, inlineBlock with { X = inlineBlock.X + inline.Shift.X, Y = inlineBlock.Y + inline.Shift.Y }, page, placedFixed),
                PositionedPlaceholder placeholder => Position(placeholder, x, y, placeholder.Box.Style.FixedPositioned ? page : own, page, placedFixed),
                BoxFragment box when HasPlaceholders(box) => Walk(box, x + box.X, y + box.Y, own, page, placedFixed),
                // Inside an inline-block set in a line.
                LineFragment line when HasPlaceholders(line) => line with
                {
                    Atomics = [.. line.Atomics.Select(atomic => HasPlaceholders(atomic) ? Walk(atomic, x + line.X + atomic.X, y + line.Y + atomic.Y, own, page, placedFixed) : atomic)],
                },
                var other => other,
            };
        }

        return fragment with { Children = children };
    }

    /// <summary>The box of <paramref name="placeholder"/> laid out in <paramref name="containing"/>; its parent's border box is at (<paramref name="parentX"/>, <paramref name="parentY"/>).</summary>
    private Fragment Position(PositionedPlaceholder placeholder, float parentX, float parentY, ContainingBlock containing, ContainingBlock page, HashSet<Box> placedFixed)
    {
        var box = placeholder.Box;
        if (box.Style.FixedPositioned)
        {
            placedFixed.Add(box);
        }

        var style = box.Style;
        var margin = style.Margin;
        var (topOffset, rightOffset, bottomOffset, leftOffset) = style.Offsets;
        var left = leftOffset?.Resolve(containing.Width);
        var right = rightOffset?.Resolve(containing.Width);
        var top = topOffset?.Resolve(containing.Height);
        var bottom = bottomOffset?.Resolve(containing.Height);

        // The margin box's width: as asked (an image: its own); stretched between left and right; else shrink-to-fit
        // (10.3.7, 10.3.8). Auto margins count as 0 here and take what is left below.
        var staticLeft = parentX + placeholder.X;
        var staticRight = placeholder.StaticRight is { } right0 ? parentX + right0 : (float?)null;
        var widthIsSet = (style.Width is not null || box is ReplacedBox) && box is not TableBox;
        float outerWidth;
        if (style.Width is { } width && box is not TableBox)
        {
            outerWidth = width.Resolve(containing.Width) + style.BorderAndPaddingHorizontal + margin.Horizontal;
            if (width.IsPercent)
            {
                // Resolved here, against the containing block: laid out in a space as wide as the box itself, the
                // percentage would otherwise be taken again of that.
                box = box with { Style = style = style with { Width = new Styling.CssLength(width.Resolve(containing.Width), false) } };
            }
        }
        else if (box is ReplacedBox)
        {
            outerWidth = engine.Intrinsic.Of(box).Max;
        }
        else if (left is { } l && right is { } r)
        {
            outerWidth = containing.Width - l - r;
        }
        else
        {
            // The room to shrink into: from the offset that is set, or from the static position, to the far side.
            var available = left is { } fromLeftEdge ? containing.Width - fromLeftEdge
                : right is { } fromRightEdge ? containing.Width - fromRightEdge
                : staticRight is { } staticEnd ? staticEnd - containing.X
                : containing.X + containing.Width - staticLeft;
            var (min, max) = engine.Intrinsic.Of(box);
            outerWidth = Math.Min(Math.Max(min, available), max);
        }

        outerWidth = Math.Max(0, outerWidth);
        if (style.WithPercentHeights(containing.Height) is var resolved && !ReferenceEquals(resolved, style))
        {
            box = box with { Style = style = resolved };
        }

        if (style.Height is null && top is { } t && bottom is { } b && box is ContainerBox)
        {
            // Stretched between top and bottom (10.6.4): the content height that leaves them where they are asked.
            // max-height caps it; then auto margins share what is left (below).
            var extra = margin.Vertical + (style.BorderBoxSizing ? 0 : style.BorderAndPaddingTop + style.BorderAndPaddingBottom);
            box = box with { Style = style with { Height = Math.Min(Math.Max(0, containing.Height - t - b - extra), style.Item.MaxHeight ?? float.PositiveInfinity) } };
        }

        var result = engine.Layout(box, new LayoutSpace(outerWidth, LayoutSpace.Unbounded, true, page.Height), null);
        BoxFragment fragment;
        switch (result)
        {
            case Fits fits:
                fragment = fits.Fragment;
                break;
            case Partial partial:
                fragment = partial.Fragment;
                break;
            default:
                return placeholder;
        }

        float marginBoxLeft;
        if (left is { } fromLeft && right is { } fromRight && widthIsSet)
        {
            // left, width and right all set (10.3.7): auto margins take the room left, equally when both are auto (none
            // below zero: the end one then takes it all); with no auto margin the end offset is ignored.
            var room = containing.Width - fromLeft - fromRight - outerWidth;
            var before = (style.Item.AutoMarginLeft, style.Item.AutoMarginRight) switch
            {
                (true, true) => room >= 0 ? room / 2 : containing.RightToLeft ? room : 0,
                (true, false) => room,
                (false, true) => 0,
                _ => containing.RightToLeft ? room : 0,
            };
            marginBoxLeft = containing.X + fromLeft + before;
        }
        else
        {
            marginBoxLeft = left is { } leftOnly ? containing.X + leftOnly
                : right is { } rightOnly ? containing.X + containing.Width - rightOnly - outerWidth
                // The static position: its start edge, the right one in a right-to-left parent.
                : staticRight is { } staticEnd ? staticEnd - outerWidth
                : staticLeft;
        }

        var marginBoxHeight = fragment.Height + margin.Vertical;
        var marginBoxTop = top is { } fromTop ? containing.Y + fromTop
            : bottom is { } fromBottom ? containing.Y + containing.Height - fromBottom - marginBoxHeight
            : parentY + placeholder.Y;
        if (top is { } above && bottom is { } below)
        {
            // top, height and bottom all set (10.6.4): auto margins take the room left, equally when both are auto; with
            // no auto margin bottom is ignored.
            var room = containing.Height - above - below - marginBoxHeight;
            marginBoxTop += (style.Item.AutoMarginTop, style.Item.AutoMarginBottom) switch
            {
                (true, true) => Math.Max(0, room) / 2,
                (true, false) => room,
                _ => 0,
            };
        }

        var pageX = marginBoxLeft + fragment.X;
        var pageY = marginBoxTop + margin.Top;
        var placed = fragment with { X = pageX - parentX, Y = pageY - parentY };
        return HasPlaceholders(placed) ? Walk(placed, pageX, pageY, page, page, placedFixed) : placed;
    }

    /// <summary>A placeholder's static position moved with the relatively positioned inline elements it stands in: the
    /// element's containing block moves with them, and so does everything in it (CSS 2.1 §9.4.3).</summary>
    private static PositionedPlaceholder Moved(PositionedPlaceholder placeholder, (float X, float Y) shift) =>
        shift == default ? placeholder : placeholder with
        {
            X = placeholder.X + shift.X,
            Y = placeholder.Y + shift.Y,
            StaticRight = placeholder.StaticRight + shift.X,
        };

    private static bool HasPlaceholders(BoxFragment fragment)
    {
        foreach (var child in fragment.Children)
        {
            if (child is PositionedPlaceholder || (child is BoxFragment box && HasPlaceholders(box)) || (child is LineFragment line && HasPlaceholders(line)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPlaceholders(LineFragment line) => line.Atomics.Count > 0 && line.Atomics.Any(HasPlaceholders);
}
