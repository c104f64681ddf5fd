using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Layout.MultiColumn;

/// <summary>
/// Lays out a multi-column container (CSS Multi-column Layout 1): the number and width of columns from column-count,
/// column-width and column-gap (§3), the content flowed through columns as through pages — each column is the
/// content laid out in a column-wide, column-tall space, continuing where the previous one stopped. Columns are
/// balanced (the least height that holds the content in the columns, found by bisection) unless
/// <c>column-fill: auto</c> and a height; on a page the content does not fit, the columns are filled in turn to
/// the page's end and the rest continues on the next page. column-rule is drawn between columns that hold content.
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
        var height = Math.Min(room, setHeight ?? float.MaxValue);
        // The content, as one anonymous block the width of a column.
        var content = new BlockBox(style.Anonymous(Display.Block) with { FormattingContextRoot = true }, box.Children);

        var filled = Fill(content, count, width, Math.Max(0, height), space.AtPageTop, resume?.Inner);
        if (filled is null)
        {
            return new DoesNotFit("no room for a column");
        }

        var (fragments, rest) = filled.Value;
        if (rest is null && !(columns.FillAuto && setHeight is not null) && depth <= MostNestedBalancing)
        {
            // Everything fits: balance, the least height that still holds the content in the columns.
            var whole = engine.Layout(content, new LayoutSpace(width, LayoutSpace.Unbounded, true, space.PageHeight), resume?.Inner);
            var low = whole is Fits fits ? fits.Fragment.Height / count : 0;
            var high = fragments.Max(f => f.Height);
            for (var step = 0; step < 14 && high - low > 0.5f; step++)
            {
                var middle = (low + high) / 2;
                if (Fill(content, count, width, middle, true, resume?.Inner) is { Remaining: null })
                {
                    high = middle;
                }
                else
                {
                    low = middle;
                }
            }

            (fragments, _) = Fill(content, count, width, high, true, resume?.Inner)!.Value;
        }

        var columnHeight = fragments.Count == 0 ? 0 : fragments.Max(f => f.Height);
        if (rest is not null)
        {
            columnHeight = Math.Max(columnHeight, Math.Min(height, columnHeight));
        }

        var contentHeight = setHeight ?? columnHeight;
        if (rest is null && !isContinuation && style.BorderBoxHeight is { Least: > 0, Fixed: false } leastAsked)
        {
            contentHeight = Math.Max(contentHeight, leastAsked.Least - verticalExtras);
        }

        var children = new List<Fragment>();
        for (var c = 0; c < fragments.Count; c++)
        {
            var x = c * (width + columns.Gap);
            if (style.RightToLeft)
            {
                x = contentWidth - x - width;
            }

            children.Add(fragments[c] with { X = style.BorderAndPaddingLeft + x, Y = top });
            if (c > 0 && columns.Rule.IsVisible)
            {
                var between = style.RightToLeft ? x + width + columns.Gap / 2 : x - columns.Gap / 2;
                var rule = new BlockBox(new ComputedStyle { Display = Display.Block, BorderLeft = columns.Rule }, []);
                children.Add(new BoxFragment(rule, style.BorderAndPaddingLeft + between - columns.Rule.Width / 2, top, columns.Rule.Width, columnHeight, []));
            }
        }

        var continues = rest is not null;
        var fragment = new BoxFragment(box, marginLeft, 0, borderBoxWidth, top + contentHeight + (continues ? 0 : style.BorderAndPaddingBottom), children, isContinuation, continues);
        return continues ? new Partial(fragment, new MultiColumnResume(rest)) : new Fits(fragment);
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
            var result = engine.Layout(content, new LayoutSpace(width, height, atPageTop || c > 0, height), resume);
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
