using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Layout.MultiColumn;

/// <summary>
/// Lays out a multi-column container (CSS Multi-column Layout 1): the number and width of columns from column-count,
/// column-width and column-gap (§3), the content flowed through columns as through pages — each column is the
/// content laid out in a column-wide, column-tall space, continuing where the previous one stopped. Columns are
/// balanced (the least height that holds the content in the columns, found by bisection) unless
/// <c>column-fill: auto</c> and a height; on a page the content does not fit, the columns are filled in turn to
/// the page's end and the rest continues on the next page, in columns again; with a height of its own the page
/// holds, what does not fit goes into overflow columns beside the last. Spanners (<c>column-span: all</c>) cut the
/// content into column sets, each balanced, with the spanners across all columns between them (§6,
/// <see cref="ColumnSegments"/>). column-rule is drawn between columns that hold content; what overflows a column
/// into a gap is clipped in the gap's middle (<see cref="ColumnClip"/>).
/// </summary>
public sealed class MultiColumnLayout(LayoutEngine engine)
{
    /// <summary>
    /// Multi-column containers balanced inside one another at most this deep: each balancing lays its content out
    /// a dozen times, so nested ones would multiply (12 levels, 14¹² layouts); deeper ones fill their columns in turn.
    /// </summary>
    private const int MostNestedBalancing = 2;

    /// <summary>How many multi-column containers are being laid out around the current one (one engine lays out one document on one thread).</summary>
    private int depth;

    /// <summary>Overflow columns a container with a height of its own makes at most, past which the rest goes on on the next page.</summary>
    private const int MostOverflowColumns = 1000;

    /// <summary>Each container's segments, cut once (kept like the line cache), so resume points refer to one set of boxes.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<BlockBox, IReadOnlyList<ColumnSegments.Segment>> segments = [];

    public LayoutResult Layout(BlockBox box, LayoutSpace space, MultiColumnResume? resume)
    {
        depth++;
        try
        {
            return LayoutColumns(box, space, resume);
        }
        finally
        {
            depth--;
        }
    }

    private LayoutResult LayoutColumns(BlockBox box, LayoutSpace space, MultiColumnResume? resume)
    {
        var style = box.Style;
        var columns = style.MultiColumn!;
        var (marginLeft, borderBoxWidth) = LayoutEngine.BlockWidth(style, space.Width);
        var contentWidth = Math.Max(0, borderBoxWidth - style.BorderAndPaddingHorizontal);
        var (count, width) = CountAndWidth(columns, contentWidth);
        var isContinuation = resume is not null;
        var top = isContinuation ? 0 : style.BorderAndPaddingTop;
        var verticalExtras = style.BorderAndPaddingTop + style.BorderAndPaddingBottom;
        float? setHeight = !isContinuation && style.BorderBoxHeight is { Least: > 0, Fixed: true } asked ? Math.Max(0, asked.Least - verticalExtras) : null;
        var room = space.Height - top - style.BorderAndPaddingBottom;
        // A height of its own that the page holds: what does not fit goes on in overflow columns beside the last
        // (§8.2), not onto the next page.
        var overflowColumns = setHeight is { } own && own <= room;
        var limit = Math.Max(0, Math.Min(room, setHeight ?? float.MaxValue));
        var parts = segments.GetValue(box, ColumnSegments.Of);
        var children = new List<Fragment>();
        var y = 0f;

        LayoutResult Finish(MultiColumnResume? next)
        {
            var continues = next is not null;
            var contentHeight = y;
            if (!continues && setHeight is { } fixedHeight)
            {
                contentHeight = fixedHeight;
            }
            else if (!continues && !isContinuation && style.BorderBoxHeight is { Least: > 0, Fixed: false } leastAsked)
            {
                contentHeight = Math.Max(contentHeight, leastAsked.Least - verticalExtras);
            }

            var fragment = new BoxFragment(box, marginLeft, 0, borderBoxWidth, top + contentHeight + (continues ? 0 : style.BorderAndPaddingBottom), children, isContinuation, continues);
            return continues ? new Partial(fragment, next!) : new Fits(fragment);
        }

        for (var s = resume?.Segment ?? 0; s < parts.Count; s++)
        {
            var inner = resume is not null && s == resume.Segment ? resume.Inner : null;
            var atPageTop = space.AtPageTop && children.Count == 0;
            var left = Math.Max(0, limit - y);
            var (spans, content) = parts[s];
            if (spans)
            {
                // Spanners are laid out across the content box, in a formatting context of their own (their margins
                // stay inside the container, and collapse with each other's).
                switch (engine.Layout(content, new LayoutSpace(contentWidth, left, atPageTop, space.PageHeight), inner))
                {
                    case Fits fits:
                        children.Add(fits.Fragment with { X = style.BorderAndPaddingLeft + fits.Fragment.X, Y = top + y });
                        y += fits.Fragment.Height;
                        continue;
                    case Partial partial:
                        children.Add(partial.Fragment with { X = style.BorderAndPaddingLeft + partial.Fragment.X, Y = top + y });
                        y += partial.Fragment.Height;
                        return Finish(new MultiColumnResume(s, partial.Resume));
                    default:
                        return children.Count == 0 ? new DoesNotFit("no room for a spanner") : Finish(new MultiColumnResume(s, inner));
                }
            }

            // Column sets before a spanner are always balanced; the last one as column-fill says.
            var balance = !(s == parts.Count - 1 && columns.FillAuto && setHeight is not null);
            // With overflow columns each column is as tall as the next page would offer: what does not fit one goes
            // into it all the same, overflowing it, rather than onto the next page (CSS Fragmentation 3 §4.4).
            if (LayoutSet(content, count, width, left, atPageTop || overflowColumns, inner, balance, overflowColumns) is not { } set)
            {
                return children.Count == 0 ? new DoesNotFit("no room for a column") : Finish(new MultiColumnResume(s, inner));
            }

            // Column boxes: the container's count, or more where overflow columns were made; empty ones count too.
            var boxes = Math.Max(count, set.Columns.Count);
            // Rules run from the top of the set's row to its bottom (§4): for the last set of a container with a height
            // of its own, that is the container's content bottom, however short the balanced columns are.
            var ruleHeight = s == parts.Count - 1 && set.Remaining is null && setHeight is { } containerHeight ? Math.Max(set.Height, containerHeight - y) : set.Height;
            for (var c = 0; c < set.Columns.Count; c++)
            {
                var x = c * (width + columns.Gap);
                if (style.RightToLeft)
                {
                    x = contentWidth - x - width;
                }

                var (before, after) = (c > 0, c < boxes - 1);
                var (hasLeft, hasRight) = style.RightToLeft ? (after, before) : (before, after);
                var clip = new ColumnClip(hasLeft ? -columns.Gap / 2 : null, hasRight ? width + columns.Gap / 2 : null);
                children.Add(set.Columns[c] with { X = style.BorderAndPaddingLeft + x, Y = top + y, ColumnClip = clip });
                if (c > 0 && columns.Rule.IsVisible)
                {
                    var between = style.RightToLeft ? x + width + columns.Gap / 2 : x - columns.Gap / 2;
                    var rule = new BlockBox(new ComputedStyle { Display = Display.Block, BorderLeft = columns.Rule }, []);
                    children.Add(new BoxFragment(rule, style.BorderAndPaddingLeft + between - columns.Rule.Width / 2, top + y, columns.Rule.Width, ruleHeight, []));
                }
            }

            y += set.Height;
            if (set.Remaining is not null)
            {
                return Finish(new MultiColumnResume(s, set.Remaining));
            }
        }

        return Finish(null);
    }

    /// <summary>A column set: <paramref name="content"/> flowed through <paramref name="count"/> columns at most
    /// <paramref name="height"/> tall, balanced when <paramref name="balance"/> and it all fits; with
    /// <paramref name="overflow"/>, columns past <paramref name="count"/> take what does not fit. The set's height
    /// is its tallest column's, or all of <paramref name="height"/> where the columns are filled in turn or go on
    /// on the next page. Null when not even the first column takes anything.</summary>
    private (List<BoxFragment> Columns, float Height, ResumePoint? Remaining)? LayoutSet(BlockBox content, int count, float width, float height, bool atPageTop, ResumePoint? from, bool balance, bool overflow)
    {
        var filled = Fill(content, overflow ? MostOverflowColumns : count, width, height, atPageTop, from);
        if (filled is null)
        {
            return null;
        }

        var (fragments, rest) = filled.Value;

        if (rest is null && balance && fragments.Count <= count && depth <= MostNestedBalancing)
        {
            // Everything fits: balance, the least height that still holds the content in the columns.
            var whole = engine.Layout(content, new LayoutSpace(width, LayoutSpace.Unbounded, true, height, InColumns: true), from);
            var low = whole is Fits fits ? fits.Fragment.Height / count : 0;
            var high = fragments.Max(f => f.Height);
            for (var step = 0; step < 14 && high - low > 0.5f; step++)
            {
                var middle = (low + high) / 2;
                if (Fill(content, count, width, middle, true, from) is { Remaining: null })
                {
                    high = middle;
                }
                else
                {
                    low = middle;
                }
            }

            (fragments, _) = Fill(content, count, width, high, true, from)!.Value;
            return (fragments, fragments.Count == 0 ? 0 : fragments.Max(f => f.Height), null);
        }

        return (fragments, balance && rest is null ? fragments.Max(f => f.Height) : height, rest);
    }

    /// <summary>
    /// A multi-column container's min-content and max-content widths from its content's (<paramref name="content"/>,
    /// as a plain block's): each column as wide as the content needs — at most the column-width for the narrowest,
    /// at least it for the widest — times column-count (one when auto), with the gaps between (as browsers size them).
    /// </summary>
    public static (float Min, float Max) ContentWidths(MultiColumnStyle columns, (float Min, float Max) content)
    {
        var (min, max) = content;
        if (columns.Width is { } width)
        {
            (min, max) = (Math.Min(min, width), Math.Max(max, width));
        }

        var count = Math.Max(1, columns.Count ?? 1);
        var gaps = (count - 1) * columns.Gap;
        return (count * min + gaps, count * Math.Max(min, max) + gaps);
    }

    /// <summary>The used column count and width (CSS Multi-column 1 §3.4).</summary>
    public static (int Count, float Width) CountAndWidth(MultiColumnStyle columns, float available)
    {
        var gap = columns.Gap;
        int count;
        if (columns.Width is not { } width)
        {
            count = Math.Max(1, columns.Count ?? 1);
        }
        else
        {
            var fitting = Math.Max(1, (int)Math.Floor((available + gap) / (width + gap)));
            count = columns.Count is { } most ? Math.Min(most, fitting) : fitting;
        }

        return (count, Math.Max(0, (available + gap) / count - gap));
    }

    /// <summary>
    /// The content flowed through up to <paramref name="count"/> columns <paramref name="height"/> tall: the columns'
    /// fragments and where the content goes on (null: it all fits). Null when not even the first column takes anything.
    /// </summary>
    private (List<BoxFragment> Columns, ResumePoint? Remaining)? Fill(BlockBox content, int count, float width, float height, bool atPageTop, ResumePoint? from)
    {
        var fragments = new List<BoxFragment>();
        var resume = from;
        for (var c = 0; c < count; c++)
        {
            var result = engine.Layout(content, new LayoutSpace(width, height, atPageTop || c > 0, height, InColumns: true), resume);
            switch (result)
            {
                case Fits fits:
                    fragments.Add(fits.Fragment);
                    return (fragments, null);
                case Partial partial:
                    fragments.Add(partial.Fragment);
                    if (Equals(partial.Resume, resume))
                    {
                        return (fragments, resume);
                    }

                    resume = partial.Resume;
                    break;
                default:
                    return fragments.Count == 0 ? null : (fragments, resume);
            }
        }

        return (fragments, resume);
    }
}
