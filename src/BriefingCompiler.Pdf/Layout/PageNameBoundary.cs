using BriefingCompiler.Pdf.Boxes;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// Named pages (CSS Paged Media 3 §4.1.1): between two siblings whose page names differ — the end page value of the
/// one before (its last in-flow descendant's name) and the start page value of the one after (its first's) — a page
/// break is forced, so each name's content starts on a page of its own.
/// </summary>
public static class PageNameBoundary
{
    public static bool ForcesBreak(Box before, Box after) =>
        !string.Equals(EndName(before), StartName(after), StringComparison.Ordinal);

    /// <summary>The name of the page a box starts on: its first in-flow child's, down to a box without children.</summary>
    public static string? StartName(Box box) =>
        box is ContainerBox { Children: { Count: > 0 } children } && children.FirstOrDefault(InFlow) is { } first ? StartName(first) : box.Style.PageName;

    /// <summary>The name of the page a box ends on: its last in-flow child's.</summary>
    public static string? EndName(Box box) =>
        box is ContainerBox { Children: { Count: > 0 } children } && children.LastOrDefault(InFlow) is { } last ? EndName(last) : box.Style.PageName;

    private static bool InFlow(Box box) => !box.Style.AbsolutelyPositioned && !box.Style.IsFloated;
}
