using BriefingCompiler.Pdf.Boxes;

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
    /// siblings'. A list item is never one (its marker is a line box), nor a box with a child that may clear floats
    /// (clearance would give it height).
    /// </summary>
    public static bool CollapsesThrough(Box box) =>
        box is BlockBox block && !box.Style.IsFloated && !box.Style.AbsolutelyPositioned
        && box.Style.BorderAndPaddingTop == 0 && box.Style.BorderAndPaddingBottom == 0
        && box.Style.Height is null or 0 && box.Style.HeightPercent is null && box.Style.MinHeight == 0 && box.Style.MinHeightPercent is null
        && !LayoutEngine.EstablishesFormattingContext(box)
        && block.Children.Where(InFlow).All(child => CollapsesThrough(child) && !MayClear(child));

    /// <summary>Whether a child takes part in its parent's block flow (floats and absolutely positioned boxes do not).</summary>
    public static bool InFlow(Box box) => !box.Style.IsFloated && !box.Style.AbsolutelyPositioned;

    /// <summary>The margins that adjoin the box's top: its own, its first children's, and past an empty box, the ones after it.</summary>
    public static CollapsedMargin TopMargins(Box box)
    {
        if (Excluded(box))
        {
            return CollapsedMargin.Zero;
        }

        var margins = CollapsedMargin.Of(box.Style.Margin.Top);
        if (box is ContainerBox container && CollapsesWithFirstChild(box))
        {
            var first = true;
            foreach (var child in container.Children.Where(InFlow))
            {
                // Clearance stops the collapsing: a box that may clear joins only as the first child, and ends the chain.
                if (MayClear(child) && !first)
                {
                    break;
                }

                margins = margins.With(TopMargins(child));
                if (!CollapsesThrough(child) || MayClear(child))
                {
                    break;
                }

                margins = margins.With(BottomMargins(child));
                first = false;
            }
        }

        return CollapsesThrough(box) ? margins.With(box.Style.Margin.Bottom) : margins;
    }

    /// <summary>The margins that adjoin the box's bottom: its own, its last children's, and past an empty box, the ones before it.</summary>
    public static CollapsedMargin BottomMargins(Box box)
    {
        if (Excluded(box))
        {
            return CollapsedMargin.Zero;
        }

        var margins = CollapsedMargin.Of(box.Style.Margin.Bottom);
        if (box is ContainerBox container && CollapsesWithLastChild(box))
        {
            foreach (var child in container.Children.Where(InFlow).Reverse())
            {
                if (CollapsesThrough(child) && MayClear(child))
                {
                    // Margins that adjoin a top margin with clearance do not collapse with the parent's bottom (§8.3.1).
                    margins = CollapsedMargin.Of(box.Style.Margin.Bottom);
                    break;
                }

                margins = margins.With(BottomMargins(child));
                if (!CollapsesThrough(child))
                {
                    break;
                }

                margins = margins.With(TopMargins(child));
            }
        }

        return CollapsesThrough(box) ? margins.With(box.Style.Margin.Top) : margins;
    }

    /// <summary>
    /// Whether an empty box's top margin may have clearance: its clear property is set. (Whether it is cleared
    /// depends on the floats; taken from the style alone, the box tree's answer and the layout's agree.)
    /// </summary>
    public static bool MayClear(Box box) => box.Style.Clear != Styling.ClearSide.None;

    private static bool Excluded(Box box) => box is TableCellBox or ParagraphBox or TableRowBox || box.Style.IsFloated;
}
