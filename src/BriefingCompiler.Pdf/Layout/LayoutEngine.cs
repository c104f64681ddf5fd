using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// The layout protocol: <c>Layout(box, space, resumeFrom) → Fits | Partial(resume) | DoesNotFit(reason)</c>.
/// Boxes are never changed, so any tree can be laid out again (a page of another size, a second render);
/// the only memory is the line cache, which gives the same answer for the same question.
/// </summary>
public sealed class LayoutEngine
{
    private readonly LineCache lines;
    private readonly MessageLog log;
    private readonly ParagraphLayout paragraphs;
    private readonly TableLayout tables;
    private readonly ReplacedLayout replaced;
    private readonly Flex.FlexLayout flex;
    private readonly Grid.GridLayout grid;
    private readonly MultiColumn.MultiColumnLayout columns;

    public LayoutEngine(ITextLayouter textLayouter, MessageLog log)
    {
        TextLayouter = textLayouter;
        Atomics = new AtomicInlineLayout(this);
        lines = new LineCache(textLayouter, Atomics.RunsAt);
        this.log = log;
        paragraphs = new ParagraphLayout(lines, Atomics, log);
        Intrinsic = new IntrinsicWidths(lines);
        tables = new TableLayout(this, Intrinsic, log);
        replaced = new ReplacedLayout(log);
        flex = new Flex.FlexLayout(this);
        grid = new Grid.GridLayout(this);
        columns = new MultiColumn.MultiColumnLayout(this);
    }

    public IntrinsicWidths Intrinsic { get; }

    /// <summary>The text engine the lines are set with (for a font's metrics: a ruby's annotations stand on its bases' ascent).</summary>
    public ITextLayouter TextLayouter { get; }

    /// <summary>The inline-blocks and images set in lines, laid out once per containing width.</summary>
    public AtomicInlineLayout Atomics { get; }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<BlockBox, BlockBox> withoutPositioned = [];

    /// <summary>Boxes with percentage margins or padding, resolved against a containing width (the last one asked).</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Box, System.Runtime.CompilerServices.StrongBox<(float Width, Box Resolved)>> resolvedEdges = [];

    /// <summary>
    /// The box with its percentage margins and padding resolved against <paramref name="containingWidth"/> (CSS 2.1
    /// §8.3, §8.4), or itself when it has none. The same box and width give the same record, so the fragments of a box
    /// laid out again (on the next page) refer to one box.
    /// </summary>
    internal Box WithPercentEdges(Box box, float containingWidth)
    {
        if (!box.Style.HasPercentEdges)
            return box;
        if (resolvedEdges.TryGetValue(box, out var known) && known.Value.Width == containingWidth)
            return known.Value.Resolved;
        var resolved = box with { Style = box.Style.WithPercentEdges(containingWidth) };
        resolvedEdges.AddOrUpdate(box, new System.Runtime.CompilerServices.StrongBox<(float, Box)>((containingWidth, resolved)));
        return resolved;
    }

    /// <summary>Each multi-column table cell with its content in the anonymous multi-column block, made once (kept like the line cache), so resume points refer to one set of boxes.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<TableCellBox, TableCellBox> columnCells = [];

    public LayoutResult Layout(Box box, LayoutSpace space, ResumePoint? resume)
    {
        box = WithPercentEdges(box, space.Width);
        // Content that does not fit takes back the floats it placed: they go where it goes.
        var floatsBefore = space.Floats?.Area.Count ?? 0;
        LayoutResult result = box switch
        {
            ParagraphBox paragraph => paragraphs.Layout(paragraph, space, resume as TextResume),
            TableBox table => tables.Layout(table, space, resume as TableResume),
            ReplacedBox image => replaced.Layout(image, space),
            BlockBox { Style.Flex: not null } flexBox => WithPositionedChildren(flexBox, inFlow => flex.Layout(inFlow, space, resume as Flex.FlexResume)),
            BlockBox { Style.Grid: not null } gridBox => WithPositionedChildren(gridBox, inFlow => grid.Layout(inFlow, space, resume as Grid.GridResume)),
            BlockBox { Style.MultiColumn: not null } columnBox => columns.Layout(columnBox, space, resume as MultiColumn.MultiColumnResume),
            TableCellBox { Style.MultiColumn: not null } columnCell => LayoutContainer(columnCells.GetValue(columnCell, MultiColumn.MultiColumnCell.Of), space, resume as BlockResume),
            ContainerBox container => LayoutContainer(container, space, resume as BlockResume),
            _ => new Fits(new BoxFragment(box, 0, 0, space.Width, 0, [])),
        };
        if (result is DoesNotFit)
        {
            space.Floats?.Area.Truncate(floatsBefore);
        }

        return result;
    }

    /// <summary>
    /// Lays out a flex or grid container without its absolutely positioned children (they are not items, CSS Flexbox
    /// 4.1 and Grid 9.2) and puts them back as placeholders at the container's content-box corner, their static
    /// position, on its first fragment. The box without them is made once per box (kept like the line cache), so
    /// resume points and fragments refer to one box.
    /// </summary>
    private LayoutResult WithPositionedChildren(BlockBox box, Func<BlockBox, LayoutResult> layout)
    {
        if (!box.Children.Any(child => child.Style.AbsolutelyPositioned))
        {
            return layout(box);
        }

        var inFlow = withoutPositioned.GetValue(box, b => b with { Children = [.. b.Children.Where(child => !child.Style.AbsolutelyPositioned)] });
        BoxFragment Restore(BoxFragment fragment) => fragment with
        {
            Box = box,
            Children = fragment.IsContinuation
                ? fragment.Children
                : [.. fragment.Children, .. box.Children.Where(child => child.Style.AbsolutelyPositioned)
                    .Select(child => new PositionedPlaceholder(child, box.Style.BorderAndPaddingLeft, box.Style.BorderAndPaddingTop,
                        box.Style.RightToLeft ? fragment.Width - box.Style.BorderAndPaddingRight : null))],
        };
        return layout(inFlow) switch
        {
            Fits fits => new Fits(Restore(fits.Fragment)),
            Partial partial => partial with { Fragment = Restore(partial.Fragment) },
            var other => other,
        };
    }

    /// <summary>
    /// Whether a box starts a block formatting context of its own (CSS 2.1 9.4.1): its floats stay inside it,
    /// its auto height grows to hold them, and it is not overlapped by the floats around it.
    /// </summary>
    /// A replaced element (an image) is not one, but CSS 2.1 9.5 places its border box the same way: never under a float.
    public static bool EstablishesFormattingContext(Box box) =>
        box is TableCellBox or TableBox or ReplacedBox || box.Style.IsFloated || box.Style.AbsolutelyPositioned || box.Style.ClipsOverflow
        || box.Style.FormattingContextRoot;

    /// <summary>
    /// A block's used width in a containing block <paramref name="containingWidth"/> wide (CSS 2.1 10.3.3): its width
    /// (wider than the room there is, it overflows on the right; right-to-left, it is cut to the room) or the room there is, limited by max-width, placed by
    /// auto margins; the margin left of its border box comes with it.
    /// </summary>
    internal static (float MarginLeft, float BorderBoxWidth) BlockWidth(ComputedStyle style, float containingWidth)
    {
        var marginLeft = style.Margin.Left;
        var available = containingWidth - style.Margin.Horizontal;
        var borderBoxWidth = style.Width is { } width
            ? width.Resolve(containingWidth) + style.BorderAndPaddingHorizontal
            : available;
        if (style.RightToLeft)
        {
            // Over-constrained in a right-to-left containing block, margin-left should give way (§10.3.3) and the box
            // overflow on the left; that takes the containing block's direction, which is not known here, so a
            // right-to-left box stays within the room there is.
            borderBoxWidth = Math.Min(available, borderBoxWidth);
        }

        if (style.MaxWidth is { } maxWidth)
        {
            borderBoxWidth = Math.Min(borderBoxWidth, maxWidth.Resolve(containingWidth) + style.BorderAndPaddingHorizontal);
        }

        if (style.Item.MinWidth is { } minWidth)
        {
            // min-width wins over width and max-width (CSS 2.1 §10.4), even past the room there is.
            borderBoxWidth = Math.Max(borderBoxWidth, minWidth.Resolve(containingWidth) + style.BorderAndPaddingHorizontal);
        }

        if (style.CentredByAutoMargins && !style.IsFloated)
        {
            // Auto margins of an over-wide box count as 0 (§10.3.3): it overflows on the right.
            marginLeft += Math.Max(0, available - borderBoxWidth) / 2;
        }
        else if (style.Item.AutoMarginLeft && !style.IsFloated)
        {
            // margin-left alone is auto: it takes the room the width leaves (CSS 2.1 §10.3.3), so the box sits on the right.
            marginLeft += Math.Max(0, available - borderBoxWidth);
        }

        return (marginLeft, borderBoxWidth);
    }

    private LayoutResult LayoutContainer(ContainerBox box, LayoutSpace space, BlockResume? resume)
    {
        if (box.Style.WithPercentHeights(space.ContainingHeight) is var resolved && !ReferenceEquals(resolved, box.Style))
        {
            box = box with { Style = resolved };
        }

        var style = box.Style;
        var isCell = box is TableCellBox;
        var (marginLeft, borderBoxWidth) = isCell ? (0, space.Width) : BlockWidth(style, space.Width);
        var contentWidth = Math.Max(0, borderBoxWidth - style.BorderAndPaddingHorizontal);
        var contentLeft = style.BorderAndPaddingLeft;
        var isContinuation = resume is not null;
        var top = isContinuation ? 0 : style.BorderAndPaddingTop;
        var bottomReserve = style.BorderAndPaddingBottom;
        var avoidInside = style.BreakInside == BreakRule.Avoid && !space.AtPageTop && !isContinuation;

        // The floats of this box's formatting context, in coordinates where this box's border box starts at
        // (originX, originY): a box that starts a context of its own starts at (0, 0) of a new one.
        var ownContext = space.Floats is null || EstablishesFormattingContext(box);
        var area = ownContext ? new FloatArea() : space.Floats!.Area;
        var originX = ownContext ? 0 : space.Floats!.X + marginLeft;
        var originY = ownContext ? 0 : space.Floats!.Y;

        // Percentage margins and padding of the children are of this box's content width; resolved before the margins
        // between them collapse.
        IReadOnlyList<Box> children = box.Children.Any(child => child.Style.HasPercentEdges) ? [.. box.Children.Select(child => WithPercentEdges(child, contentWidth))] : box.Children;
        var start = resume?.ChildIndex ?? 0;
        // Tables with captions: the wrapper each shares with its captions (CSS 2.1 §17.4), and how wide it is, measured once.
        var wrappers = WrappedTable.Among(children);
        WrappedTable? WrapperOf(Box child) => wrappers is not null && child.Wrapper is { } wrapper && wrappers.TryGetValue(wrapper, out var wrapped) ? wrapped : null;
        Dictionary<TableWrapper, (float Left, float Width)>? wrapperWidths = null;
        var placed = new List<Fragment>();
        // Absolutely positioned children, with their index: where they would have been, laid out after the page. Each
        // goes back among the placed fragments where it was in the tree (Placed: how many fragments came before it), so
        // the painter meets positioned boxes in tree order (CSS 2.1 Appendix E, step 8).
        var positioned = new List<(int Index, int Placed, PositionedPlaceholder Placeholder)>();
        List<Fragment> Kept(int before)
        {
            if (positioned.Count == 0)
            {
                return placed;
            }

            var kept = new List<Fragment>(placed.Count + positioned.Count);
            var next = 0;
            foreach (var (_, placedBefore, placeholder) in positioned.Where(p => p.Index < before))
            {
                for (; next < placedBefore && next < placed.Count; next++)
                {
                    kept.Add(placed[next]);
                }

                kept.Add(placeholder);
            }

            for (; next < placed.Count; next++)
            {
                kept.Add(placed[next]);
            }

            return kept;
        }

        var floatMarks = new List<int>();
        var inFlowPlaced = 0;
        var y = top;
        // The margins met since the last box that is not collapsed through, not yet turned into space; while
        // joinsTop holds they belong above this box instead (collapsed into its top margin, or truncated at a break).
        var pending = CollapsedMargin.Zero;
        var joinsTop = isContinuation || MarginCollapsing.CollapsesWithFirstChild(box);
        // Whether the pending margins adjoin an empty box's top margin that has clearance: they then stay inside.
        var pendingClears = false;
        // Past its own floats, a context root's content ends where the lowest of them does.
        float ContentBottom(float bottom) => ownContext && area.Bottom(ClearSide.Both) is { } floats ? Math.Max(bottom, floats - originY) : bottom;
        // The text placed last, while only floats have come after it: the line box those floats occur in is its last.
        (int Placed, Box Box, LayoutSpace Space, ResumePoint? Resume)? lineBefore = null;

        // A float that occurs after text goes up to the top of the line it occurs in when it fits there beside the
        // line's content (CSS 2.1 §9.5.1 rule 6): the text is laid out again beside it, and kept only if its last
        // line still holds what it held (the paragraph is as tall); else the float goes below, as a next line would.
        LayoutResult? BesideLastLine(Box floated, (int Placed, Box Box, LayoutSpace Space, ResumePoint? Resume) before)
        {
            if (placed[before.Placed] is not BoxFragment text || text.Children.LastOrDefault(f => f is LineFragment) is not LineFragment line)
            {
                return null;
            }

            var lineTop = text.Y + line.Y;
            var (roomLeft, roomRight, _) = area.Band(originY + lineTop, originY + lineTop + line.Height, originX + contentLeft, originX + contentLeft + contentWidth);
            var mark = area.Count;
            var beside = LayoutFloat(floated, space, area, originX + contentLeft, contentWidth, style.DefiniteContentHeight, originY, lineTop, false, null);
            // Only a float that lands within the line goes up to it: one that earlier floats push below the line
            // (rule 5) leaves the line as it is, else the line would be laid out again beside a float under it.
            if (beside is Fits fits && fits.Fragment.Y < lineTop + line.Height - 0.01f
                && line.Line.Width + fits.Fragment.Width + floated.Style.Margin.Horizontal <= roomRight - roomLeft + 0.01f
                && Layout(before.Box, before.Space, before.Resume) is Fits again && Math.Abs(again.Fragment.Height - text.Height) < 0.01f)
            {
                placed[before.Placed] = again.Fragment with { X = contentLeft + again.Fragment.X, Y = text.Y };
                return beside;
            }

            area.Truncate(mark);
            return null;
        }

        for (var i = start; i < children.Count; i++)
        {
            var child = children[i];
            var atTop = inFlowPlaced == 0;
            floatMarks.Add(area.Count);
            if (child.Style.AbsolutelyPositioned)
            {
                positioned.Add((i, placed.Count, new PositionedPlaceholder(child, contentLeft, y + (joinsTop ? 0 : pending.Value), style.RightToLeft ? contentLeft + contentWidth : null)));
                continue;
            }

            if (i > start || resume is null)
            {
                var forced = IsForced(child.Style.BreakBefore, space) || (i > 0 && IsForced(children[i - 1].Style.BreakAfter, space))
                    || (i > 0 && !space.InColumns && placed.Count > 0 && PageNameBoundary.ForcesBreak(children[i - 1], child));
                if (forced && placed.Count > 0)
                {
                    return new Partial(Fragment(box, marginLeft, borderBoxWidth, ContentBottom(y), Kept(i), isContinuation, true), new BlockResume(i, null));
                }

                if (forced && placed.Count == 0 && !space.AtPageTop)
                {
                    return new DoesNotFit("break-before: page");
                }
            }

            LayoutResult result;
            float gap;
            var cleared = false;
            var floatsBeside = ClearSide.None;
            if (child.Style.IsFloated)
            {
                // A float goes where the next line box would start (below the previous block's margin), beside
                // the content that follows it; it does not move that content down.
                gap = joinsTop ? 0 : pending.Value;
                result = (lineBefore is { } before && !(i == start && resume is not null) ? BesideLastLine(child, before) : null)
                    ?? LayoutFloat(child, space, area, originX + contentLeft, contentWidth, style.DefiniteContentHeight, originY, y + gap, space.AtPageTop && placed.Count == 0, i == start ? resume?.Inner : null);
            }
            else
            {
                // Margins collapse between siblings and through empty boxes; the first children's top margins have
                // joined the box's own when nothing separates them, and a margin at a page break is truncated.
                lineBefore = null;
                floatsBeside = area.SidesBelow(originY + y);
                if (joinsTop && !isContinuation && MarginCollapsing.MayClear(child, floatsBeside))
                {
                    // A margin with clearance does not join the parent's top (as TopMargins says).
                    joinsTop = false;
                }

                var wrapped = WrapperOf(child);
                gap = joinsTop ? 0 : pending.With(wrapped?.TopMargins(child, i, floatsBeside) ?? MarginCollapsing.TopMargins(child, floatsBeside)).Value;
                if (wrapped is { } above && above.OpensWith(i))
                {
                    // The first caption above its table: its own top margin is inside the wrapper, below the table's.
                    gap += child.Style.Margin.Top;
                }
                if (child.Style.Clear != ClearSide.None && area.Bottom(child.Style.Clear) is { } floatsBottom && floatsBottom - originY > y + gap)
                {
                    // Clearance: the box's top border edge goes just below the floats it clears.
                    gap = floatsBottom - originY - y;
                    cleared = true;
                }

                // A table's caption is laid out in the table wrapper, as wide as the table's border box (CSS 2.1 §17.4):
                // measured once for the table's captions (the table's layout takes the same column widths).
                var (wrapperLeft, wrapperWidth) = wrapped is { } captioned && child is not TableBox
                    ? (wrapperWidths ??= new(ReferenceEqualityComparer.Instance)).TryGetValue(child.Wrapper!, out var across) ? across
                        : wrapperWidths[child.Wrapper!] = tables.BorderBoxAcross(captioned.Table, contentWidth)
                    : (0, contentWidth);
                var childSpace = new LayoutSpace(wrapperWidth, space.Height - y - gap - bottomReserve, space.AtPageTop && atTop, space.PageHeight,
                    new FloatScope(area, originX + contentLeft + wrapperLeft, originY + y + gap), style.DefiniteContentHeight, space.InColumns);
                var childResume = i == start ? resume?.Inner : null;
                result = EstablishesFormattingContext(child) && area.AnyBelow(originY + y + gap)
                    ? LayoutBesideFloats(child, childSpace, childResume, ref gap)
                    : Layout(child, childSpace, childResume);
                result = MovedRight(result, wrapperLeft);
                if (child is ParagraphBox && result is Fits)
                {
                    lineBefore = (placed.Count, child, childSpace, childResume);
                }
            }

            switch (result)
            {
                case Fits fits:
                    if (child.Style.IsFloated)
                    {
                        placed.Add(fits.Fragment with { X = contentLeft + fits.Fragment.X });
                        break;
                    }

                    placed.Add(fits.Fragment with { X = contentLeft + fits.Fragment.X, Y = y + gap });
                    inFlowPlaced++;
                    var inWrapper = WrapperOf(child);
                    if (!cleared && inWrapper is null && fits.Fragment.Height == 0 && MarginCollapsing.CollapsesThrough(child, floatsBeside))
                    {
                        // An empty box takes no room: its margins join the ones around it (CSS 2.1 §8.3.1).
                        pending = joinsTop ? pending : pending.With(MarginCollapsing.TopMargins(child, floatsBeside)).With(MarginCollapsing.BottomMargins(child, floatsBeside));
                        pendingClears |= MarginCollapsing.MayClear(child, floatsBeside);
                        joinsTop &= isContinuation || !MarginCollapsing.MayClear(child, floatsBeside);
                        break;
                    }

                    y += gap + fits.Fragment.Height;
                    pending = inWrapper?.BottomMargins(child, i, floatsBeside) ?? MarginCollapsing.BottomMargins(child, floatsBeside);
                    if (inWrapper is { } below && below.ClosesWith(i))
                    {
                        // The last caption below its table: its own bottom margin is inside the wrapper, above the table's.
                        y += child.Style.Margin.Bottom;
                    }

                    pendingClears = cleared && MarginCollapsing.CollapsesThrough(child, floatsBeside);
                    if (pendingClears)
                    {
                        // An empty box with clearance: its margins, collapsed through it with the ones after it, are
                        // counted from the top of its own top margin, that far above its border edge (CSS 2.1 §8.3.1).
                        y -= child.Style.Margin.Top;
                    }
                    joinsTop = false;
                    break;
                case Partial partial:
                    if (avoidInside)
                    {
                        return new DoesNotFit("break-inside: avoid");
                    }

                    if (child.Style.IsFloated)
                    {
                        placed.Add(partial.Fragment with { X = contentLeft + partial.Fragment.X });
                    }
                    else
                    {
                        placed.Add(partial.Fragment with { X = contentLeft + partial.Fragment.X, Y = y + gap });
                        y += gap + partial.Fragment.Height;
                    }

                    return new Partial(Fragment(box, marginLeft, borderBoxWidth, ContentBottom(y), Kept(i), isContinuation, true), new BlockResume(i, partial.Resume));
                case DoesNotFit doesNotFit:
                    if (placed.Count == 0)
                    {
                        if (space.AtPageTop)
                        {
                            log.WarnOnce("PDF205", "unplaceable", $"Content could not be placed even on an empty page ({doesNotFit.Reason}); it is left out.");
                            continue;
                        }

                        return doesNotFit;
                    }

                    if (avoidInside)
                    {
                        return new DoesNotFit("break-inside: avoid");
                    }

                    // Keep a heading (break-after: avoid) with what follows: move it to the next page too.
                    var breakAt = i;
                    while (breakAt - 1 > start && AvoidsBreakBetween(children[breakAt - 1], children[breakAt]) && placed.Count > 1)
                    {
                        placed.RemoveAt(placed.Count - 1);
                        breakAt--;
                    }

                    if (placed.Count == 1 && breakAt - 1 == start && resume is null && !space.AtPageTop
                        && AvoidsBreakBetween(children[breakAt - 1], children[breakAt]))
                    {
                        return new DoesNotFit("keep with next");
                    }

                    area.Truncate(floatMarks[Math.Min(breakAt - start, floatMarks.Count - 1)]);
                    var last = placed[^1];
                    return new Partial(Fragment(box, marginLeft, borderBoxWidth, ContentBottom(last.Y + last.Height), Kept(breakAt), isContinuation, true), new BlockResume(breakAt, null));
            }
        }

        var bottomMargin = (MarginCollapsing.CollapsesWithLastChild(box) && !pendingClears) || joinsTop ? 0 : pending.Value;
        var height = ContentBottom(y + bottomMargin) + bottomReserve;
        if (!isCell && !isContinuation && style.BorderBoxHeight is { } asked && (asked.Fixed || asked.Least > 0))
        {
            // height makes the box that tall (taller content overflows it, as in CSS); min-height at least that tall.
            height = asked.Fixed ? asked.Least : Math.Max(height, asked.Least);
            if (height > space.Height + 0.01f)
            {
                if (!space.AtPageTop)
                {
                    return new DoesNotFit("height taller than the space left");
                }

                log.WarnOnce("PDF209", "height past page", "A box's height reaches past the end of the page; it is cut at the page's end.");
                height = Math.Max(space.Height, y + bottomReserve);
            }
        }

        if (!isCell && !isContinuation && style.Item.MaxHeight is { } maxHeight)
        {
            // max-height caps the height, set or from the content (which then overflows); min-height wins over it (CSS 2.1 §10.7).
            var verticalExtras = style.BorderAndPaddingTop + style.BorderAndPaddingBottom;
            var most = Math.Max(maxHeight + (style.BorderBoxSizing ? 0 : verticalExtras), verticalExtras);
            var least = style.MinHeight > 0 ? style.MinHeight + (style.BorderBoxSizing ? 0 : verticalExtras) : 0;
            height = Math.Max(Math.Min(height, most), least);
        }

        if (placed.Count == 0 && !space.AtPageTop && height > space.Height + 0.01f)
        {
            return new DoesNotFit("empty box taller than the space left");
        }

        var fragment = Fragment(box, marginLeft, borderBoxWidth, height, Kept(children.Count), isContinuation, false);
        return new Fits(fragment);
    }

    /// <summary>
    /// Lays out a float and places it in its formatting context (CSS 2.1 9.5.1). <paramref name="top"/> is
    /// where it would start in the container (border-box coordinates of a container whose border box starts at
    /// <paramref name="originY"/> in the context); the containing block runs from <paramref name="left"/>, as
    /// wide as <paramref name="width"/>. The fragment comes back with X relative to the container's
    /// content-box left and Y in its border-box coordinates.
    /// A float that does not fit in what is left of the page goes to the next page, as a block does. A percentage
    /// height resolves against <paramref name="containingHeight"/>, the container's content height when it is definite.
    /// </summary>
    private LayoutResult LayoutFloat(Box child, LayoutSpace space, FloatArea area, float left, float width, float? containingHeight, float originY, float top, bool atPageTop, ResumePoint? resume)
    {
        var style = child.Style;
        var margin = style.Margin;
        var outerWidth = width;
        if (style.Width is { IsPercent: false } fixedWidth && child is not TableBox)
        {
            // A float as wide as it asks, also wider than its containing block (rule 7 then moves it down).
            outerWidth = Math.Max(width, fixedWidth.Value + style.BorderAndPaddingHorizontal + margin.Horizontal);
        }
        else if (style.Width is null && child is not TableBox)
        {
            // Shrink-to-fit (CSS 2.1 10.3.5): the preferred width, or the room there is, but not less than the minimum.
            var (min, max) = Intrinsic.Of(child);
            outerWidth = Math.Min(Math.Max(min, width), max);
        }

        var wanted = originY + top;
        if (style.Clear != ClearSide.None && area.Bottom(style.Clear) is { } cleared)
        {
            wanted = Math.Max(wanted, cleared);
        }

        LayoutResult LayoutAt(float y) => Layout(child, new LayoutSpace(outerWidth, space.Height - (y - originY) - margin.Vertical, atPageTop, space.PageHeight, ContainingHeight: containingHeight), resume);
        var result = LayoutAt(wanted);
        if (result is DoesNotFit)
        {
            return result;
        }

        var fragment = FragmentOf(result);
        var marginBoxWidth = fragment.Width + margin.Horizontal;
        var (x, y) = area.Place(style.Float, marginBoxWidth, fragment.Height + margin.Vertical, wanted, left, left + width);
        if (y > wanted + 0.01f)
        {
            // Pushed down below other floats: less of the page is left for it.
            result = LayoutAt(y);
            if (result is DoesNotFit)
            {
                return result;
            }

            fragment = FragmentOf(result);
        }

        area.Add(new PlacedFloat(style.Float, x, y, x + marginBoxWidth, y + fragment.Height + margin.Vertical));
        var moved = fragment with { X = x - left + margin.Left, Y = y - originY + margin.Top };
        return result is Partial partial ? partial with { Fragment = moved } : new Fits(moved);
    }

    /// <summary>
    /// A box that starts its own formatting context, in flow beside floats: its border box may not overlap them
    /// (CSS 2.1 9.5), so it is laid out in the room they leave, moved down past them until it fits there.
    /// <paramref name="gap"/> grows by how far it moved down.
    /// </summary>
    private LayoutResult LayoutBesideFloats(Box child, LayoutSpace space, ResumePoint? resume, ref float gap)
    {
        var scope = space.Floats!;
        var area = scope.Area;
        var top = scope.Y;
        // The least room it needs: its fixed width (laid out narrower it would be squeezed), a table its narrowest.
        var style = child.Style;
        var least = child is TableBox ? Intrinsic.Of(child).Min
            : style.Width is { IsPercent: false } fixedWidth ? fixedWidth.Value + style.BorderAndPaddingHorizontal + style.Margin.Horizontal
            : 0;
        LayoutResult result = new DoesNotFit("no room beside the floats");
        for (var step = 0; step <= area.Count; step++)
        {
            var (free, freeRight, besideFloats) = area.Band(top, top + 0.02f, scope.X, scope.X + space.Width);
            if (besideFloats && freeRight - free < least - 0.01f && area.NextBottom(top, top + 0.02f) is { } lower)
            {
                top = lower;
                continue;
            }

            var moved = top - scope.Y;
            // Laid out in the room beside the floats at its top; when it reaches down beside floats that leave less room
            // and would fit in that, laid out again there (auto margins then place it in the narrower room).
            for (var narrowing = 0; ; narrowing++)
            {
                var here = new LayoutSpace(Math.Max(0, freeRight - free), space.Height - moved, space.AtPageTop && moved <= 0, space.PageHeight);
                result = Layout(child, here, resume);
                if (result is DoesNotFit)
                {
                    return result;
                }

                var fragment = FragmentOf(result);
                var (freeAll, freeAllRight, _) = area.Band(top, top + fragment.Height, scope.X, scope.X + space.Width);
                var fits = freeAll <= free + 0.01f && freeAllRight >= freeRight - 0.01f;
                if (fits || area.NextBottom(top, top + fragment.Height) is not { } next)
                {
                    gap += moved;
                    var placed = fragment with { X = fragment.X + free - scope.X };
                    return result is Partial partial ? partial with { Fragment = placed } : new Fits(placed);
                }

                if (narrowing < area.Count && freeAllRight - freeAll >= fragment.Width + style.Margin.Horizontal - 0.01f)
                {
                    (free, freeRight) = (Math.Max(free, freeAll), Math.Min(freeRight, freeAllRight));
                    continue;
                }

                top = next;
                break;
            }
        }

        return result;
    }

    /// <summary>The result with its fragment moved <paramref name="dx"/> to the right.</summary>
    private static LayoutResult MovedRight(LayoutResult result, float dx) => dx == 0 ? result : result switch
    {
        Fits fits => new Fits(fits.Fragment with { X = fits.Fragment.X + dx }),
        Partial partial => partial with { Fragment = partial.Fragment with { X = partial.Fragment.X + dx } },
        _ => result,
    };

    private static BoxFragment FragmentOf(LayoutResult result) => result switch
    {
        Fits fits => fits.Fragment,
        Partial partial => partial.Fragment,
        _ => throw new InvalidOperationException("A box that does not fit has no fragment."),
    };

    /// <summary>Whether a break-before/after value forces a break here: a page value (<c>page</c>, <c>left</c>,
    /// <c>right</c>, <c>recto</c>, <c>verso</c>: the paginator adds the blank page a side needs) always, <c>column</c> in a
    /// multi-column container's columns (CSS Fragmentation 3 §3.1; elsewhere it forces nothing).</summary>
    private static bool IsForced(BreakRule rule, LayoutSpace space) =>
        rule is BreakRule.Page or BreakRule.Left or BreakRule.Right or BreakRule.Recto or BreakRule.Verso || (rule == BreakRule.Column && space.InColumns);

    private static bool AvoidsBreakBetween(Box before, Box after) =>
        before.Style.BreakAfter == BreakRule.Avoid || after.Style.BreakBefore == BreakRule.Avoid;

    private BoxFragment Fragment(ContainerBox box, float x, float width, float height, List<Fragment> children, bool isContinuation, bool continues)
    {
        var all = children.ToList();
        if (box is ListItemBox { MarkerImage: not null } or ListItemBox { Marker.Length: > 0 } && !isContinuation && FirstBaseline(children) is null)
        {
            // A list item without a line box gets one for its marker, as browsers give it (CSS leaves it open; Blink's
            // PositionListMarkerWithoutLineBoxes): an empty item is the marker's line tall, and an inline-block around
            // it has that line's baseline (CSS 2.1 §10.8.1) rather than its bottom edge.
            var (line, baseline) = MarkerLine((ListItemBox)box, children);
            var lineHeight = ParagraphLayout.LineHeight(box.Style, line);
            var top = box.Style.BorderAndPaddingTop;
            all.Add(new LineFragment(line with { Runs = [], Width = 0 }, box.Style.BorderAndPaddingLeft, top, 0, lineHeight, baseline - top));
            if (!box.Style.BorderBoxHeight.Fixed)
            {
                height = Math.Max(height, top + lineHeight + box.Style.BorderAndPaddingBottom);
            }
        }

        if (box is ListItemBox { MarkerImage: { } image } imageItem && !isContinuation)
        {
            all.Insert(0, ImageMarker(imageItem, image, width, children));
        }
        else if (box is ListItemBox item && !isContinuation && item.Marker.Length > 0)
        {
            // First, so the marker is drawn (and a text marker extracted, and read aloud) before the item's text.
            all.Insert(0, SymbolOf(item.Marker) is { } symbol ? SymbolMarker(item, symbol, width, children) : Marker(item, width, children));
        }

        return new BoxFragment(box, x, 0, width, height, all, isContinuation, continues);
    }

    /// <summary>
    /// The marker sits outside the item, right-aligned half an em before its content so that "9." and "10."
    /// line up on the dot, with its baseline on the first line's.
    /// </summary>
    private LineFragment Marker(ListItemBox item, float width, IReadOnlyList<Fragment> children)
    {
        var style = item.Style;
        var (line, baseline) = MarkerLine(item, children);
        var height = ParagraphLayout.LineHeight(style, line);
        var gap = style.FontSize * 0.5f;
        var x = style.RightToLeft ? width - style.BorderAndPaddingRight + gap : style.BorderAndPaddingLeft - gap - line.Width;
        return new LineFragment(line, x, baseline - ParagraphLayout.Baseline(style, height, line), line.Width, height, ParagraphLayout.Baseline(style, height, line));
    }

    /// <summary>
    /// A list-style-image marker: the image at its own size (1em square when it has none), its bottom on the first
    /// line's baseline, half an em before the content (after it in a right-to-left item).
    /// </summary>
    private BoxFragment ImageMarker(ListItemBox item, Images.ImageResource image, float width, IReadOnlyList<Fragment> children)
    {
        var style = item.Style;
        var (_, baseline) = MarkerLine(item, children);
        var em = style.FontSize;
        var (imageWidth, imageHeight) = image.Intrinsic switch
        {
            { Width: > 0 and var w, Height: > 0 and var h } => (w, h),
            { Ratio: > 0 and var ratio } => ratio >= 1 ? (em, em / ratio) : (em * ratio, em),
            _ => (em, em),
        };
        var gap = em * 0.5f;
        var x = style.RightToLeft ? width - style.BorderAndPaddingRight + gap : style.BorderAndPaddingLeft - gap - imageWidth;
        var marker = new ReplacedBox(new ComputedStyle { Display = Display.Block }, image, item.Marker.Trim());
        return new BoxFragment(marker, x, baseline - imageHeight, imageWidth, imageHeight, []);
    }

    /// <summary>
    /// A disc, circle or square sized and placed as Chromium does: a third of the font's ascent across, its
    /// top half the ascent above the first line's baseline (so it sits about the middle of the lower-case
    /// letters), its centre an em before the content — on the right in a right-to-left item.
    /// </summary>
    private ListSymbolFragment SymbolMarker(ListItemBox item, ListSymbol symbol, float width, IReadOnlyList<Fragment> children)
    {
        var style = item.Style;
        var (line, baseline) = MarkerLine(item, children);
        var size = line.Ascent / 3;
        var centreToContent = style.FontSize;
        var x = style.RightToLeft
            ? width - style.BorderAndPaddingRight + centreToContent - size / 2
            : style.BorderAndPaddingLeft - centreToContent - size / 2;
        return new ListSymbolFragment(symbol, x, baseline - line.Ascent / 2, size, (item.MarkerStyle ?? style).Color);
    }

    /// <summary>The marker text laid out on its own line (which also gives the strut), and the baseline it sits
    /// on: the item's first line's, or where a line of its own would put it.</summary>
    private (TextLine Line, float Baseline) MarkerLine(ListItemBox item, IReadOnlyList<Fragment> children)
    {
        var style = item.Style;
        var markerLine = lines.Layouter.Layout([new TextRun(item.Marker, (item.MarkerStyle ?? style).ToTextStyle())], 1_000_000f, TextAlignment.Start, style.RightToLeft);
        var line = markerLine.Count > 0 ? markerLine[0] : new TextLine([], 0, style.FontSize * 0.8f, style.FontSize * 0.2f, 0, 0);
        if (line.Runs.Count > 0)
        {
            // Laid out in a very wide line, a right-to-left marker sits at its far end: bring it back to 0.
            var left = line.Runs.Min(r => r.X);
            line = line with { Runs = line.Runs.Select(r => r with { X = r.X - left }).ToArray() };
        }

        var height = ParagraphLayout.LineHeight(style, line);
        var baseline = FirstBaseline(children) ?? style.BorderAndPaddingTop + ParagraphLayout.Baseline(style, height, line);
        return (line, baseline);
    }

    private static ListSymbol? SymbolOf(string marker) => marker switch
    {
        "•" => ListSymbol.Disc,
        "◦" => ListSymbol.Circle,
        "▪" => ListSymbol.Square,
        _ => null,
    };

    internal static float? FirstBaseline(IEnumerable<Fragment> fragments)
    {
        foreach (var fragment in fragments)
        {
            switch (fragment)
            {
                case LineFragment line:
                    return line.Y + line.Baseline;
                case BoxFragment box when !box.Box.Style.IsFloated && FirstBaseline(box.Children) is { } inner:
                    return box.Y + inner;
            }
        }

        return null;
    }
}
