using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Paging;

/// <summary>
/// The side a page must be on after a forced break of <c>left</c>, <c>right</c>, <c>recto</c> or <c>verso</c> (CSS
/// Fragmentation 3 §3.1; CSS 2.1's <c>page-break-before/after: left | right</c>). At a break the break-after values of the
/// boxes ending before it and the break-before values of those starting after it meet; of the forced ones, the value of the
/// box latest in the flow wins: the innermost box that starts after the break, then outwards, then the outermost box that
/// ends before it, then inwards. A winning <c>page</c> (or no forced value) asks for no side.
/// </summary>
public static class PageSideBreak
{
    /// <summary>Whether the page that begins with <paramref name="next"/> must be a left page (true), a right page (false),
    /// or either (null), after the page that ended with <paramref name="before"/> (null at the start of the document, where
    /// the root's own break-before counts too).</summary>
    public static bool? WantsLeft(BoxFragment? before, BoxFragment next, bool rightToLeft)
    {
        foreach (var rule in Starting(next, includeRoot: before is null).Reverse().Concat(before is null ? [] : Ending(before)))
        {
            if (rule is BreakRule.Page)
                return null;
            if (rule is BreakRule.Left or BreakRule.Right or BreakRule.Recto or BreakRule.Verso)
                return IsLeft(rule, rightToLeft);
        }

        return null;
    }

    /// <summary>Whether a side value means a left page: <c>recto</c> is the right page of a left-to-right spread and the
    /// left page of a right-to-left one, <c>verso</c> the other.</summary>
    public static bool IsLeft(BreakRule rule, bool rightToLeft) => rule switch
    {
        BreakRule.Left => true,
        BreakRule.Recto => rightToLeft,
        BreakRule.Verso => !rightToLeft,
        _ => false,
    };

    /// <summary>The break-before values of the boxes that start at the top of a page's body, outermost first: down the
    /// first children, past the boxes continued from the page before (the break is inside them), to the ones that begin here.</summary>
    private static IEnumerable<BreakRule> Starting(BoxFragment body, bool includeRoot)
    {
        if (includeRoot && !body.IsContinuation)
            yield return body.Box.Style.BreakBefore;
        var fragment = body;
        while (fragment.Children.Count > 0 && fragment.Children[0] is BoxFragment child)
        {
            if (!child.IsContinuation)
                yield return child.Box.Style.BreakBefore;
            fragment = child;
        }
    }

    /// <summary>The break-after values of the boxes that end at the foot of a page's body, outermost first: down the last
    /// children, past the boxes that go on on the next page, to the ones that end here.</summary>
    private static IEnumerable<BreakRule> Ending(BoxFragment body)
    {
        var fragment = body;
        while (fragment.Children.Count > 0 && fragment.Children[^1] is BoxFragment child)
        {
            if (!child.Continues)
                yield return child.Box.Style.BreakAfter;
            fragment = child;
        }
    }
}
