using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Layout.Flex;

/// <summary>
/// Lays out a flex container (CSS Flexible Box Layout 1, the algorithm of §9): items in order-modified document
/// order, flex base and hypothetical sizes, lines, flexible lengths, cross sizes, then justify-content, auto
/// margins, align-items/align-self and align-content. Across pages (CSS Fragmentation): a row container breaks
/// between its lines — a line moves to the next page whole, and only a line taller than a page is split, each item
/// continuing where it stopped; a column container breaks between its items, or inside an item as a block would.
/// </summary>
public sealed class FlexLayout(LayoutEngine engine)
{
    private readonly FlexItemSizing sizing = new(engine);

    /// <summary>An item of a split line that had not started yet: it continues from its beginning.</summary>
    private sealed record NotStarted : ResumePoint;

    private static readonly NotStarted FromStart = new();

    public LayoutResult Layout(BlockBox box, LayoutSpace space, FlexResume? resume)
    {
        var style = box.Style;
        var (marginLeft, borderBoxWidth) = sizing.ContainerWidth(box, space.Width, style.Flex!.Inline);
        var frame = new Frame(style, marginLeft, borderBoxWidth, resume is not null);
        var items = box.Children
            .Select((child, index) => (child, index))
            .OrderBy(pair => pair.child.Style.Item.Order)
            .ThenBy(pair => pair.index)
            .Select(pair => pair.child)
            .ToList();
        return style.Flex!.Column
            ? LayoutColumn(box, items, space, frame, resume)
            : LayoutRow(box, items, space, frame, resume);
    }

    /// <summary>The container's own geometry: where its content box is, and the height it asks for.</summary>
    private sealed record Frame(ComputedStyle Style, float MarginLeft, float BorderBoxWidth, bool IsContinuation)
    {
        public float ContentWidth => Math.Max(0, BorderBoxWidth - Style.BorderAndPaddingHorizontal);
        public float Top => IsContinuation ? 0 : Style.BorderAndPaddingTop;
        public float BottomReserve => Style.BorderAndPaddingBottom;
        private float VerticalExtras => Style.BorderAndPaddingTop + Style.BorderAndPaddingBottom;

        /// <summary>The content height set by height (a definite cross or main size), on the container's first fragment.</summary>
        public float? DefiniteHeight => !IsContinuation && Style.BorderBoxHeight is { Least: > 0, Fixed: true } asked ? Math.Max(0, asked.Least - VerticalExtras) : null;

        /// <summary>The least content height (min-height or height), 0 when none.</summary>
        public float LeastHeight => !IsContinuation && Style.BorderBoxHeight is { Least: > 0 } asked ? Math.Max(0, asked.Least - VerticalExtras) : 0;

        public BoxFragment Fragment(Box box, float contentHeight, List<Fragment> children, bool continues) =>
            new(box, MarginLeft, 0, BorderBoxWidth, Top + contentHeight + (continues ? 0 : BottomReserve), children, IsContinuation, continues);
    }

    private static Alignment SelfAlignment(Box item, FlexContainerStyle flex)
    {
        var align = item.Style.Item.AlignSelf is Alignment.Auto ? flex.AlignItems : item.Style.Item.AlignSelf;
        return align is Alignment.Normal ? Alignment.Stretch : align;
    }

    /// <summary>justify-content as flex-start/flex-end/centre/distribution along a main axis running from main-start.</summary>
    private static Alignment MainAlignment(Alignment value, bool reverse, bool mainStartIsLeft) => value switch
    {
        Alignment.Start => reverse ? Alignment.FlexEnd : Alignment.FlexStart,
        Alignment.End => reverse ? Alignment.FlexStart : Alignment.FlexEnd,
        Alignment.Left => mainStartIsLeft ? Alignment.FlexStart : Alignment.FlexEnd,
        Alignment.Right => mainStartIsLeft ? Alignment.FlexEnd : Alignment.FlexStart,
        Alignment.Normal or Alignment.Stretch or Alignment.Baseline => Alignment.FlexStart,
        _ => value,
    };

    private LayoutResult LayoutRow(BlockBox box, List<Box> children, LayoutSpace space, Frame frame, FlexResume? resume)
    {
        var style = box.Style;
        var flex = style.Flex!;
        var contentWidth = frame.ContentWidth;
        var mainGap = flex.ColumnGap.Resolve(contentWidth);
        var crossGap = flex.RowGap.Resolve(contentWidth);
        var first = Math.Min(resume?.ItemIndex ?? 0, children.Count);
        var items = new List<FlexItem>();
        for (var i = first; i < children.Count; i++)
        {
            var child = children[i];
            var item = new FlexItem(child, i) { MarginMain = child is ParagraphBox ? 0 : child.Style.Margin.Horizontal };
            (item.Min, item.Max) = sizing.WidthLimits(child, contentWidth, true);
            item.BaseSize = RowBaseSize(child, contentWidth);
            item.Hypothetical = Math.Max(item.Min, Math.Min(item.Max, item.BaseSize));
            if (child.Style.Collapsed && child is not ParagraphBox)
            {
                // A collapsed item is laid out at its hypothetical width for its cross size (the strut, §9.4 step 15)
                // and takes no room along the line: no width, no margins.
                item.StrutWidth = item.Hypothetical;
                (item.MarginMain, item.BaseSize, item.Min, item.Max, item.Hypothetical) = (0, 0, 0, 0, 0);
            }

            items.Add(item);
        }

        var lines = FlexLengths.Lines(items, contentWidth, mainGap, flex.Wrap);
        foreach (var line in lines)
        {
            FlexLengths.Resolve(line.Items, contentWidth, mainGap, i => i.Box.Style.Item.Grow, i => i.Box.Style.Item.Shrink);
        }

        // Lay the lines out one below the other until one does not fit on the page.
        var placed = new List<(FlexLine Line, BoxFragment?[] Fragments)>();
        var y = 0f;
        FlexResume? next = null;
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            var gap = placed.Count > 0 ? crossGap : 0;
            var room = space.Height - frame.Top - y - gap - frame.BottomReserve;
            var atTop = space.AtPageTop && placed.Count == 0;
            var itemResumes = l == 0 ? resume?.ItemResumes : null;
            var results = new LayoutResult?[line.Items.Count];
            for (var k = 0; k < line.Items.Count; k++)
            {
                var item = line.Items[k];
                var itemResume = itemResumes is not null && k < itemResumes.Count ? itemResumes[k] : null;
                if (itemResumes is not null && itemResume is null)
                {
                    continue;
                }

                results[k] = sizing.LayoutAtWidth(item.Box, item.StrutWidth ?? item.Target, room - item.Box.Style.Margin.Vertical, atTop, space.PageHeight, itemResume is NotStarted ? null : itemResume);
            }

            var fragments = results.Select(r => r is Fits or Partial ? FlexItemSizing.FragmentOf(r) : null).ToArray();
            line.CrossSize = LineCrossSize(line, fragments, flex);
            if (lines.Count == 1 && !frame.IsContinuation)
            {
                line.CrossSize = frame.DefiniteHeight ?? Math.Max(line.CrossSize, frame.LeastHeight);
            }

            var whole = results.All(r => r is null or Fits) && line.CrossSize <= room + 0.01f;
            if (!whole && !(atTop && placed.Count == 0))
            {
                if (placed.Count == 0)
                {
                    return new DoesNotFit("a flex line is not split across pages");
                }

                next = new FlexResume(line.Items[0].Index, null);
                break;
            }

            if (!whole && results.Any(r => r is not null and not Fits))
            {
                // Taller than a page: the line is split, each item going on where it stopped.
                var continued = new ResumePoint?[line.Items.Count];
                for (var k = 0; k < results.Length; k++)
                {
                    continued[k] = results[k] switch
                    {
                        Partial partial => partial.Resume,
                        DoesNotFit => itemResumes?[k] ?? FromStart,
                        _ => null,
                    };
                }

                line.CrossSize = Math.Min(line.CrossSize, Math.Max(0, room));
                placed.Add((line, fragments));
                y += gap + line.CrossSize;
                next = new FlexResume(line.Items[0].Index, continued);
                break;
            }

            placed.Add((line, fragments));
            y += gap + line.CrossSize;
        }

        // align-content: the free space of a definite height among the lines (all of them on this page).
        var contentHeight = y;
        var crossFree = 0f;
        if (next is null && lines.Count > 1)
        {
            var height = frame.DefiniteHeight ?? Math.Max(y, frame.LeastHeight);
            crossFree = height - y;
            contentHeight = height;
        }
        else if (next is null)
        {
            contentHeight = frame.DefiniteHeight ?? Math.Max(y, frame.LeastHeight);
        }

        var alignContent = flex.AlignContent switch
        {
            Alignment.Normal or Alignment.Stretch => Alignment.Stretch,
            Alignment.Start or Alignment.Left or Alignment.Right or Alignment.Baseline => Alignment.FlexStart,
            Alignment.End => Alignment.FlexEnd,
            var other => other,
        };
        if (flex.WrapReverse && alignContent is Alignment.FlexStart or Alignment.FlexEnd)
        {
            alignContent = alignContent == Alignment.FlexStart ? Alignment.FlexEnd : Alignment.FlexStart;
        }

        var (leading, between) = alignContent == Alignment.Stretch ? (0f, 0f) : ContentDistribution.Of(alignContent, crossFree, placed.Count);
        var stretchEach = alignContent == Alignment.Stretch && crossFree > 0 && placed.Count > 0 ? crossFree / placed.Count : 0;
        var cursor = leading;
        foreach (var (line, _) in placed)
        {
            line.CrossSize += stretchEach;
            line.CrossOffset = cursor;
            cursor += line.CrossSize + crossGap + between;
        }

        if (flex.WrapReverse && next is null)
        {
            foreach (var (line, _) in placed)
            {
                line.CrossOffset = contentHeight - line.CrossOffset - line.CrossSize;
            }
        }

        var mainStartIsLeft = style.RightToLeft == flex.Reverse;
        var placedFragments = new List<Fragment>();
        foreach (var (line, fragments) in placed)
        {
            PlaceRowLine(line, fragments, flex, frame, mainGap, mainStartIsLeft, placedFragments);
        }

        var result = frame.Fragment(box, contentHeight, placedFragments, next is not null);
        return next is null ? new Fits(result) : new Partial(result, next);
    }

    private float RowBaseSize(Box child, float containingWidth)
    {
        var itemStyle = child.Style.Item;
        if (itemStyle.Basis is { } basis && child is not ParagraphBox)
        {
            var extra = child.Style.BorderBoxSizing ? 0 : child.Style.BorderAndPaddingHorizontal;
            return Math.Max(extra, basis.Resolve(containingWidth) + extra);
        }

        if (!itemStyle.BasisContent && sizing.SpecifiedWidth(child, containingWidth) is { } specified)
        {
            return specified;
        }

        return child is ReplacedBox ? sizing.SpecifiedWidth(child, containingWidth)!.Value : sizing.ContentWidths(child).Max;
    }

    /// <summary>A line's cross size: its tallest item (margins included), or what baseline alignment needs.</summary>
    private static float LineCrossSize(FlexLine line, BoxFragment?[] fragments, FlexContainerStyle flex)
    {
        var most = 0f;
        var above = 0f;
        var below = 0f;
        for (var k = 0; k < line.Items.Count; k++)
        {
            if (fragments[k] is not { } fragment)
            {
                continue;
            }

            var margin = line.Items[k].Box.Style.Margin;
            if (SelfAlignment(line.Items[k].Box, flex) == Alignment.Baseline && !HasAutoCrossMargin(line.Items[k].Box))
            {
                var baseline = Baseline(fragment);
                above = Math.Max(above, margin.Top + baseline);
                below = Math.Max(below, fragment.Height - baseline + margin.Bottom);
            }
            else
            {
                most = Math.Max(most, fragment.Height + margin.Vertical);
            }
        }

        return Math.Max(most, above + below);
    }

    private static float Baseline(BoxFragment fragment) => LayoutEngine.FirstBaseline(fragment.Children) ?? fragment.Height;

    private static bool HasAutoCrossMargin(Box item) => item.Style.Item is { AutoMarginTop: true } or { AutoMarginBottom: true };

    /// <summary>Sets the line's items along the main axis (justify-content, auto margins) and across it (align-self).</summary>
    private static void PlaceRowLine(FlexLine line, BoxFragment?[] fragments, FlexContainerStyle flex, Frame frame, float gap, bool mainStartIsLeft, List<Fragment> into)
    {
        var style = frame.Style;
        var contentWidth = frame.ContentWidth;
        var items = line.Items;
        // Collapsed items take no room and no share of the spacing.
        var shown = items.Count(i => i.StrutWidth is null);
        var free = contentWidth - items.Sum(i => i.OuterTarget) - gap * Math.Max(0, shown - 1);
        var autoMargins = items.Where(i => i.StrutWidth is null).Sum(i => (i.Box.Style.Item.AutoMarginLeft ? 1 : 0) + (i.Box.Style.Item.AutoMarginRight ? 1 : 0));
        var autoMargin = free > 0 && autoMargins > 0 ? free / autoMargins : 0;
        var (leading, between) = autoMargins > 0 && free > 0
            ? (0f, 0f)
            : ContentDistribution.Of(MainAlignment(flex.JustifyContent, flex.Reverse, mainStartIsLeft), free, shown);

        // Baseline-aligned items share the line's baseline.
        var baselineAbove = 0f;
        for (var k = 0; k < items.Count; k++)
        {
            if (fragments[k] is { } fragment && SelfAlignment(items[k].Box, flex) == Alignment.Baseline && !HasAutoCrossMargin(items[k].Box))
            {
                baselineAbove = Math.Max(baselineAbove, items[k].Box.Style.Margin.Top + Baseline(fragment));
            }
        }

        var position = leading;
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            if (item.StrutWidth is not null)
            {
                // Collapsed: not placed, not painted.
                continue;
            }

            var itemStyle = item.Box.Style;
            var margin = item.Box is ParagraphBox ? Edges.Zero : itemStyle.Margin;
            var (startMargin, endMargin) = mainStartIsLeft ? (margin.Left, margin.Right) : (margin.Right, margin.Left);
            var (startAuto, endAuto) = mainStartIsLeft
                ? (itemStyle.Item.AutoMarginLeft, itemStyle.Item.AutoMarginRight)
                : (itemStyle.Item.AutoMarginRight, itemStyle.Item.AutoMarginLeft);
            position += startMargin + (startAuto ? autoMargin : 0);
            var borderStart = position;
            position += item.Target + endMargin + (endAuto ? autoMargin : 0) + gap + between;
            if (fragments[k] is not { } fragment)
            {
                continue;
            }

            var x = mainStartIsLeft ? borderStart : contentWidth - borderStart - item.Target;
            var (y, height) = CrossPlacement(item.Box, fragment, line.CrossSize, SelfAlignment(item.Box, flex), flex.WrapReverse, baselineAbove);
            into.Add(fragment with { X = style.BorderAndPaddingLeft + x, Y = frame.Top + line.CrossOffset + y, Width = item.Target, Height = height });
        }
    }

    /// <summary>
    /// Where an item goes across its line (its border box's top, from the line's top) and how tall it is: auto
    /// margins take the free space first, then align-self; stretch makes an item of auto height as tall as the line.
    /// </summary>
    private static (float Y, float Height) CrossPlacement(Box item, BoxFragment fragment, float lineCross, Alignment align, bool wrapReverse, float baselineAbove)
    {
        var style = item.Style;
        var margin = item is ParagraphBox ? Edges.Zero : style.Margin;
        var height = fragment.Height;
        var free = lineCross - height - margin.Vertical;
        if (HasAutoCrossMargin(item))
        {
            var offset = free <= 0 ? 0
                : style.Item.AutoMarginTop && style.Item.AutoMarginBottom ? free / 2
                : style.Item.AutoMarginTop ? free
                : 0;
            return (margin.Top + offset, height);
        }

        switch (align)
        {
            case Alignment.Stretch when style.Height is null && (item is not ReplacedBox):
                var stretched = Math.Max(height, lineCross - margin.Vertical);
                if (style.Item.MaxHeight is { } maxHeight)
                {
                    stretched = Math.Max(height, Math.Min(stretched, maxHeight + (style.BorderBoxSizing ? 0 : style.BorderAndPaddingTop + style.BorderAndPaddingBottom)));
                }

                return (margin.Top, stretched);
            case Alignment.Center:
                return (margin.Top + free / 2, height);
            case Alignment.End:
            case Alignment.FlexEnd when !wrapReverse:
            case Alignment.FlexStart when wrapReverse:
                return (margin.Top + free, height);
            case Alignment.Baseline:
                return (baselineAbove - Baseline(fragment), height);
            default:
                return (margin.Top, height);
        }
    }

    private LayoutResult LayoutColumn(BlockBox box, List<Box> children, LayoutSpace space, Frame frame, FlexResume? resume)
    {
        var style = box.Style;
        var flex = style.Flex!;
        var contentWidth = frame.ContentWidth;
        var gap = flex.RowGap.Resolve(contentWidth);
        if (flex.Wrap && resume is null && frame.DefiniteHeight is { } mainSize)
        {
            return LayoutWrappedColumns(box, children, space, frame, mainSize, gap);
        }

        // column-reverse is laid out as the reversed list from the top, with flex-start and flex-end swapped.
        var ordered = flex.Reverse ? Enumerable.Reverse(children).ToList() : children;
        var first = Math.Min(resume?.ItemIndex ?? 0, ordered.Count);
        var placed = new List<(FlexItem Item, BoxFragment Fragment, float Width, float X)>();
        var y = 0f;
        FlexResume? next = null;
        for (var i = first; i < ordered.Count; i++)
        {
            var child = ordered[i];
            var margin = child is ParagraphBox ? Edges.Zero : child.Style.Margin;
            var width = ColumnItemWidth(child, contentWidth, flex);
            var before = placed.Count > 0 ? gap : 0;
            var room = space.Height - frame.Top - y - before - margin.Top - frame.BottomReserve;
            var inner = i == first && resume?.ItemResumes is [{ } itemResume] ? itemResume : null;
            var result = sizing.LayoutAtWidth(child, width, room, space.AtPageTop && placed.Count == 0, space.PageHeight, inner);
            if (result is DoesNotFit)
            {
                if (placed.Count > 0)
                {
                    next = new FlexResume(i, null);
                    break;
                }

                if (!space.AtPageTop)
                {
                    return result;
                }

                continue;
            }

            var fragment = FlexItemSizing.FragmentOf(result);
            var item = new FlexItem(child, i) { MarginMain = margin.Vertical };
            item.BaseSize = ColumnBaseSize(child, fragment.Height, frame.DefiniteHeight);
            item.Min = child.Style.MinHeight > 0 ? Math.Min(fragment.Height, child.Style.BorderBoxHeight.Least) : ContentBasedMinimumHeight(child, fragment);
            item.Max = child.Style.Item.MaxHeight is { } maxHeight ? maxHeight + (child.Style.BorderBoxSizing ? 0 : child.Style.BorderAndPaddingTop + child.Style.BorderAndPaddingBottom) : float.PositiveInfinity;
            item.Min = Math.Min(item.Min, item.Max);
            item.Hypothetical = Math.Max(item.Min, Math.Min(item.Max, item.BaseSize));
            item.Target = item.Hypothetical;
            placed.Add((item, fragment, width, 0));
            y += before + margin.Vertical + item.Hypothetical;
            if (result is Partial partial)
            {
                next = new FlexResume(i, [partial.Resume]);
                break;
            }
        }

        // With everything on this page, the container's height is known: flexible lengths and justify-content.
        var items = placed.Select(p => p.Item).ToList();
        var contentHeight = y;
        var free = 0f;
        if (next is null)
        {
            contentHeight = frame.DefiniteHeight ?? Math.Max(y, frame.LeastHeight);
            FlexLengths.Resolve(items, contentHeight, gap, i => i.Box.Style.Item.Grow, i => i.Box.Style.Item.Shrink);
            free = contentHeight - items.Sum(i => i.OuterTarget) - gap * Math.Max(0, items.Count - 1);
        }

        var autoMargins = items.Sum(i => (i.Box.Style.Item.AutoMarginTop ? 1 : 0) + (i.Box.Style.Item.AutoMarginBottom ? 1 : 0));
        var autoMargin = free > 0 && autoMargins > 0 ? free / autoMargins : 0;
        var justify = MainAlignment(flex.JustifyContent, false, true);
        if (flex.Reverse)
        {
            justify = justify switch
            {
                Alignment.FlexStart => Alignment.FlexEnd,
                Alignment.FlexEnd => Alignment.FlexStart,
                var other => other,
            };
        }

        var (leading, between) = autoMargins > 0 && free > 0 ? (0f, 0f) : ContentDistribution.Of(justify, free, items.Count);
        var position = leading;
        var fragments = new List<Fragment>();
        foreach (var (item, fragment, width, _) in placed)
        {
            var itemStyle = item.Box.Style;
            var margin = item.Box is ParagraphBox ? Edges.Zero : itemStyle.Margin;
            position += margin.Top + (itemStyle.Item.AutoMarginTop ? autoMargin : 0);
            var top = position;
            position += item.Target + margin.Bottom + (itemStyle.Item.AutoMarginBottom ? autoMargin : 0) + gap + between;
            var x = ColumnItemX(item.Box, width, contentWidth, SelfAlignment(item.Box, flex), style.RightToLeft);
            fragments.Add(fragment with { X = style.BorderAndPaddingLeft + x, Y = frame.Top + top, Width = width, Height = next is null ? item.Target : fragment.Height });
        }

        if (flex.Reverse)
        {
            // Painted (and read) in the items' order.
            fragments.Reverse();
        }

        var containerFragment = frame.Fragment(box, contentHeight, fragments, next is not null);
        return next is null ? new Fits(containerFragment) : new Partial(containerFragment, next);
    }

    /// <summary>
    /// A multi-line column container of definite height (flex-flow: column wrap): items go down a column until the
    /// next one would pass the height, then start the next column (§9.3). Each column is as wide as its widest item
    /// (fit-content widths), align-content shares the width left over among the columns, justify-content the height
    /// left in each, and stretched items take their column's width. The container is laid out whole: it is as tall as
    /// it says, so it moves to the next page rather than splitting.
    /// </summary>
    private LayoutResult LayoutWrappedColumns(BlockBox box, List<Box> children, LayoutSpace space, Frame frame, float mainSize, float gap)
    {
        var style = box.Style;
        var flex = style.Flex!;
        var contentWidth = frame.ContentWidth;
        if (mainSize > space.Height - frame.Top - frame.BottomReserve + 0.01f && !space.AtPageTop)
        {
            return new DoesNotFit("a multi-line column flex container is not split across pages");
        }

        // Hypothetical main sizes from each item laid out at its fit-content width.
        var items = new List<FlexItem>();
        var widths = new Dictionary<FlexItem, float>();
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            var margin = child is ParagraphBox ? Edges.Zero : child.Style.Margin;
            var width = sizing.WidthInRoom(child, contentWidth, false);
            var fragment = FlexItemSizing.FragmentOf(sizing.LayoutAtWidth(child, width, LayoutSpace.Unbounded, true, space.PageHeight, null));
            var item = new FlexItem(child, i) { MarginMain = margin.Vertical };
            item.BaseSize = ColumnBaseSize(child, fragment.Height, mainSize);
            item.Min = child.Style.MinHeight > 0 ? Math.Min(fragment.Height, child.Style.BorderBoxHeight.Least) : ContentBasedMinimumHeight(child, fragment);
            item.Max = child.Style.Item.MaxHeight is { } maxHeight ? maxHeight + (child.Style.BorderBoxSizing ? 0 : child.Style.BorderAndPaddingTop + child.Style.BorderAndPaddingBottom) : float.PositiveInfinity;
            item.Min = Math.Min(item.Min, item.Max);
            item.Hypothetical = Math.Max(item.Min, Math.Min(item.Max, item.BaseSize));
            items.Add(item);
            widths[item] = width;
        }

        var lines = FlexLengths.Lines(items, mainSize, gap, true);
        foreach (var line in lines)
        {
            FlexLengths.Resolve(line.Items, mainSize, gap, i => i.Box.Style.Item.Grow, i => i.Box.Style.Item.Shrink);
            line.CrossSize = line.Items.Max(i => widths[i] + (i.Box is ParagraphBox ? 0 : i.Box.Style.Margin.Horizontal));
        }

        // align-content across the width (cross-start is the left in left-to-right text, the right in right-to-left).
        var crossGap = flex.ColumnGap.Resolve(contentWidth);
        var crossFree = contentWidth - lines.Sum(l => l.CrossSize) - crossGap * Math.Max(0, lines.Count - 1);
        var alignContent = flex.AlignContent switch
        {
            Alignment.Normal or Alignment.Stretch => Alignment.Stretch,
            Alignment.Start or Alignment.Left or Alignment.Right or Alignment.Baseline => Alignment.FlexStart,
            Alignment.End => Alignment.FlexEnd,
            var other => other,
        };
        var (leading, between) = alignContent == Alignment.Stretch ? (0f, 0f) : ContentDistribution.Of(alignContent, crossFree, lines.Count);
        var stretchEach = alignContent == Alignment.Stretch && crossFree > 0 ? crossFree / lines.Count : 0;
        var cursor = leading;
        foreach (var line in lines)
        {
            line.CrossSize += stretchEach;
            line.CrossOffset = cursor;
            cursor += line.CrossSize + crossGap + between;
        }

        var crossStartIsLeft = style.RightToLeft == flex.WrapReverse;
        var justify = MainAlignment(flex.JustifyContent, false, true);
        var fragments = new List<Fragment>();
        foreach (var line in lines)
        {
            var free = mainSize - line.Items.Sum(i => i.OuterTarget) - gap * Math.Max(0, line.Items.Count - 1);
            var autoMargins = line.Items.Sum(i => (i.Box.Style.Item.AutoMarginTop ? 1 : 0) + (i.Box.Style.Item.AutoMarginBottom ? 1 : 0));
            var autoMargin = free > 0 && autoMargins > 0 ? free / autoMargins : 0;
            var (mainLeading, mainBetween) = autoMargins > 0 && free > 0 ? (0f, 0f) : ContentDistribution.Of(justify, free, line.Items.Count);
            var position = mainLeading;
            foreach (var item in line.Items)
            {
                var itemStyle = item.Box.Style;
                var margin = item.Box is ParagraphBox ? Edges.Zero : itemStyle.Margin;
                position += margin.Top + (itemStyle.Item.AutoMarginTop ? autoMargin : 0);
                var top = flex.Reverse ? mainSize - position - item.Target : position;
                position += item.Target + margin.Bottom + (itemStyle.Item.AutoMarginBottom ? autoMargin : 0) + gap + mainBetween;

                var align = SelfAlignment(item.Box, flex);
                var width = align == Alignment.Stretch ? sizing.WidthInRoom(item.Box, line.CrossSize - margin.Horizontal, true) : widths[item];
                var fragment = FlexItemSizing.FragmentOf(sizing.LayoutAtWidth(item.Box, width, LayoutSpace.Unbounded, true, space.PageHeight, null));
                // Lines are stacked from the cross-start side; inside its line an item is placed from that side too.
                var lineLeft = crossStartIsLeft ? line.CrossOffset : contentWidth - line.CrossOffset - line.CrossSize;
                var x = lineLeft + ColumnItemX(item.Box, width, line.CrossSize, align, !crossStartIsLeft);

                fragments.Add(fragment with { X = style.BorderAndPaddingLeft + x, Y = frame.Top + top, Width = width, Height = item.Target });
            }
        }

        return new Fits(frame.Fragment(box, mainSize, fragments, false));
    }

    /// <summary>
    /// The automatic minimum height of a column item (Flexbox §4.5): its content's height, no more than a height it
    /// sets; content taller than a set height counts only up to it.
    /// </summary>
    private static float ContentBasedMinimumHeight(Box child, BoxFragment fragment)
    {
        if (child.Style.Height is null || child is ReplacedBox || child.Style.ClipsOverflow)
        {
            return child.Style.ClipsOverflow ? 0 : fragment.Height;
        }

        var content = fragment.Children.Count == 0 ? child.Style.BorderAndPaddingTop : fragment.Children.Max(c => c.Y + c.Height);
        return Math.Min(fragment.Height, content + child.Style.BorderAndPaddingBottom);
    }

    private static float ColumnBaseSize(Box child, float contentHeight, float? containerHeight)
    {
        var style = child.Style;
        var extra = style.BorderBoxSizing ? 0 : style.BorderAndPaddingTop + style.BorderAndPaddingBottom;
        if (style.Item.Basis is { } basis && child is not ParagraphBox && (!basis.IsPercent || containerHeight is not null))
        {
            return basis.Resolve(containerHeight ?? 0) + extra;
        }

        return contentHeight;
    }

    /// <summary>
    /// An item's width across a column container: the container's when stretched, else its own or its content's
    /// (fit-content). An image of auto size with a flex-basis length takes its width from that height and its aspect
    /// ratio (the definite main size transferred to the cross axis, Flexbox §9.2 3.B, §9.4 7), not from its own pixels.
    /// </summary>
    private float ColumnItemWidth(Box child, float contentWidth, FlexContainerStyle flex)
    {
        var style = child.Style;
        if (child is ReplacedBox { Image.Intrinsic.Ratio: float ratio and > 0 } && style.Width is null && style.Height is null
            && style.Item.Basis is { IsPercent: false } basis && SelfAlignment(child, flex) != Alignment.Stretch)
        {
            var verticalExtras = style.BorderAndPaddingTop + style.BorderAndPaddingBottom;
            var contentHeight = Math.Max(0, style.BorderBoxSizing ? basis.Value - verticalExtras : basis.Value);
            var (min, max) = sizing.WidthLimits(child, contentWidth, false);
            return Math.Max(min, Math.Min(max, contentHeight * ratio + style.BorderAndPaddingHorizontal));
        }

        return sizing.WidthInRoom(child, contentWidth, SelfAlignment(child, flex) == Alignment.Stretch);
    }

    private static float ColumnItemX(Box child, float width, float contentWidth, Alignment align, bool rightToLeft)
    {
        var style = child.Style;
        var margin = child is ParagraphBox ? Edges.Zero : style.Margin;
        var free = contentWidth - width - margin.Horizontal;
        var (startMargin, startAuto, endAuto) = rightToLeft
            ? (margin.Right, style.Item.AutoMarginRight, style.Item.AutoMarginLeft)
            : (margin.Left, style.Item.AutoMarginLeft, style.Item.AutoMarginRight);
        var offset = startAuto || endAuto
            ? (free <= 0 ? 0 : startAuto && endAuto ? free / 2 : startAuto ? free : 0)
            : align switch
            {
                Alignment.Center => free / 2,
                Alignment.End or Alignment.FlexEnd => free,
                Alignment.Left => rightToLeft ? free : 0,
                Alignment.Right => rightToLeft ? 0 : free,
                _ => 0,
            };
        var fromStart = startMargin + offset;
        return rightToLeft ? contentWidth - fromStart - width : fromStart;
    }

    /// <summary>
    /// Min- and max-content widths of a flex container's content box (Flexbox §9.9.1, simplified): a row puts its items
    /// side by side (a wrapping row needs only its widest item at least), a column takes its widest item.
    /// </summary>
    public static (float Min, float Max) ContentWidths(BlockBox box, Func<Box, (float Min, float Max)> of)
    {
        var flex = box.Style.Flex!;
        var children = box.Children.Select(of).ToList();
        if (children.Count == 0)
        {
            return (0, 0);
        }

        if (flex.Column)
        {
            return (children.Max(c => c.Min), children.Max(c => c.Max));
        }

        var gaps = flex.ColumnGap.IsPercent ? 0 : flex.ColumnGap.Value * (children.Count - 1);
        return (flex.Wrap ? children.Max(c => c.Min) : children.Sum(c => c.Min) + gaps, children.Sum(c => c.Max) + gaps);
    }
}
