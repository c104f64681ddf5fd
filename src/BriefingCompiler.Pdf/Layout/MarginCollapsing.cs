using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// CSS vertical margin collapsing (CSS 2.1 §8.3.1), as pure functions of the box tree: adjoining margins of
/// siblings, of a block with its first/last child when no border or padding separates them, and of a block's own
/// top and bottom when nothing is in between (an empty block) combine into one.
/// </summary>
public static class MarginCollapsing
{
    /// <summary>Whether a box's top margin collapses with its first child's (blocks and list items without top border or padding).</summary>
    public static bool CollapsesWithFirstChild(Box box) =>
        box is BlockBox or ListItemBox && box.Style.BorderAndPaddingTop == 0 && !LayoutEngine.EstablishesFormattingContext(box);

    /// <summary>Whether a box's bottom margin collapses with its last child's (as the top, and only when its height is auto).</summary>
    public static bool CollapsesWithLastChild(Box box) =>
        box is BlockBox or ListItemBox && box.Style.BorderAndPaddingBottom == 0 && box.Style.Height is null && box.Style.MinHeight == 0
        && !LayoutEngine.EstablishesFormattingContext(box);

    /// <summary>
    /// Whether a box's own top and bottom margins adjoin (CSS 2.1 §8.3.1): a block with no border, padding, height or
    /// min-height, no line boxes and only such blocks in flow inside it. Its margins collapse through it with its
    /// siblings'. A list item is never one (its marker is a line box), nor a box with a child that clears floats
    /// (clearance would give it height). <paramref name="floats"/>: the sides with floats beside or below its top.
    /// </summary>
    public static bool CollapsesThrough(Box box, ClearSide floats = ClearSide.None) =>
        box is BlockBox block && !box.Style.IsFloated && !box.Style.AbsolutelyPositioned
        && box.Style.BorderAndPaddingTop == 0 && box.Style.BorderAndPaddingBottom == 0
        && box.Style.Height is null or 0 && box.Style.HeightPercent is null && box.Style.MinHeight == 0 && box.Style.MinHeightPercent is null
        && !LayoutEngine.EstablishesFormattingContext(box)
        && InFlowChildren(block, floats).All(entry => CollapsesThrough(entry.Child, entry.Floats) && !MayClear(entry.Child, entry.Floats));

    /// <summary>Whether a child takes part in its parent's block flow (floats and absolutely positioned boxes do not).</summary>
    public static bool InFlow(Box box) => !box.Style.IsFloated && !box.Style.AbsolutelyPositioned;

    /// <summary>
    /// The margins that adjoin the box's top: its own, its first children's, and past an empty box, the ones after it.
    /// <paramref name="floats"/>: the sides of the formatting context with floats beside or below the box's top (a
    /// child that clears them has clearance, which stops the collapsing).
    /// </summary>
    public static CollapsedMargin TopMargins(Box box, ClearSide floats = ClearSide.None)
    {
        if (Excluded(box))
        {
            return CollapsedMargin.Zero;
        }

        var margins = CollapsedMargin.Of(box.Style.Margin.Top);
        if (box is ContainerBox container && CollapsesWithFirstChild(box))
        {
            foreach (var (child, before) in InFlowChildren(container, floats))
            {
                // A child with clearance does not adjoin its parent's top (§8.3.1), nor the margins before it.
                if (MayClear(child, before))
                {
                    break;
                }

                var outer = WrapperOuter(container, child);
                margins = margins.With(TopMargins(outer, before));
                if (!CollapsesThrough(outer, before))
                {
                    break;
                }

                margins = margins.With(BottomMargins(outer, before));
            }
        }

        return CollapsesThrough(box, floats) ? margins.With(box.Style.Margin.Bottom) : margins;
    }

    /// <summary>The margins that adjoin the box's bottom: its own, its last children's, and past an empty box, the ones before it.</summary>
    public static CollapsedMargin BottomMargins(Box box, ClearSide floats = ClearSide.None)
    {
        if (Excluded(box))
        {
            return CollapsedMargin.Zero;
        }

        var margins = CollapsedMargin.Of(box.Style.Margin.Bottom);
        if (box is ContainerBox container && CollapsesWithLastChild(box))
        {
            foreach (var (child, before) in InFlowChildren(container, floats).Reverse())
            {
                if (CollapsesThrough(child, before) && MayClear(child, before))
                {
                    // Margins that adjoin a top margin with clearance do not collapse with the parent's bottom (§8.3.1).
                    margins = CollapsedMargin.Of(box.Style.Margin.Bottom);
                    break;
                }

                var outer = WrapperOuter(container, child);
                margins = margins.With(BottomMargins(outer, before));
                if (!CollapsesThrough(outer, before))
                {
                    break;
                }

                margins = margins.With(TopMargins(outer, before));
            }
        }

        return CollapsesThrough(box, floats) ? margins.With(box.Style.Margin.Top) : margins;
    }

    /// <summary>
    /// The box whose margins are a child's outer ones where it is its parent's first or last in flow: a table's caption
    /// there stands at the edge of the table wrapper, whose margins are the table's (CSS 2.1 §17.4); any other box is its own.
    /// </summary>
    private static Box WrapperOuter(ContainerBox parent, Box child) =>
        child is not TableBox && child.Wrapper is { } wrapper
            && parent.Children.FirstOrDefault(sibling => sibling is TableBox && ReferenceEquals(sibling.Wrapper, wrapper)) is { } table
            ? table
            : child;

    /// <summary>
    /// Whether a box's top margin has clearance (CSS 2.1 §9.5.2): its clear property names a side that has floats
    /// beside or below where it starts. (Whether the floats reach past its hypothetical position is known only once
    /// they are placed; the box tree's answer and the layout's take the same sides, so they agree.)
    /// </summary>
    public static bool MayClear(Box box, ClearSide floats) => (box.Style.Clear & floats) != 0;

    /// <summary>
    /// The in-flow children of a box, each with the sides that have floats before it: the ones around the box
    /// (<paramref name="floats"/>), its floated children before it and the floats inside its in-flow children before it.
    /// </summary>
    /// <remarks>Lazy, and a child's inner floats are looked for only when an in-flow sibling follows it: callers stop at
    /// the first child that does not collapse through, and a deep chain of single children (hostile HTML nests
    /// thousands) must not walk its whole subtree at every level.</remarks>
    private static IEnumerable<(Box Child, ClearSide Floats)> InFlowChildren(ContainerBox box, ClearSide floats)
    {
        Box? previous = null;
        foreach (var child in box.Children)
        {
            if (child.Style.IsFloated)
            {
                floats |= SideOf(child);
            }
            else if (!child.Style.AbsolutelyPositioned)
            {
                if (previous is not null)
                {
                    floats |= FloatsInside(previous);
                }

                yield return (child, floats);
                previous = child;
            }
        }
    }

    /// <summary>The sides of the floats in a block's flow that stay in its parent's formatting context.</summary>
    private static ClearSide FloatsInside(Box box)
    {
        if (box is not ContainerBox container || box is TableCellBox || LayoutEngine.EstablishesFormattingContext(box))
        {
            return ClearSide.None;
        }

        var sides = ClearSide.None;
        foreach (var child in container.Children)
        {
            sides |= child.Style.IsFloated ? SideOf(child) : child.Style.AbsolutelyPositioned ? ClearSide.None : FloatsInside(child);
        }

        return sides;
    }

    private static ClearSide SideOf(Box floated) => floated.Style.Float == FloatSide.Left ? ClearSide.Left : ClearSide.Right;

    private static bool Excluded(Box box) => box is TableCellBox or ParagraphBox or TableRowBox || box.Style.IsFloated;
}
