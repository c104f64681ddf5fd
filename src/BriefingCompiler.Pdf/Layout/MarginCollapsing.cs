using BriefingCompiler.Pdf.Boxes;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// CSS vertical margin collapsing, as pure functions of the box tree: adjoining margins of siblings, and of a
/// block with its first/last child when no border or padding separates them, combine into one.
/// </summary>
public static class MarginCollapsing
{
    /// <summary>Two adjoining margins: the largest positive plus the most negative.</summary>
    public static float Combine(float a, float b) =>
        a >= 0 && b >= 0 ? Math.Max(a, b)
        : a < 0 && b < 0 ? Math.Min(a, b)
        : a + b;

    /// <summary>Whether a box's top margin collapses with its first child's (blocks and list items without top border or padding).</summary>
    public static bool CollapsesWithFirstChild(Box box) =>
        box is BlockBox or ListItemBox && box.Style.BorderAndPaddingTop == 0 && !LayoutEngine.EstablishesFormattingContext(box);

    /// <summary>Whether a box's bottom margin collapses with its last child's (as the top, and only when its height is auto).</summary>
    public static bool CollapsesWithLastChild(Box box) =>
        box is BlockBox or ListItemBox && box.Style.BorderAndPaddingBottom == 0 && box.Style.Height is null && box.Style.MinHeight == 0
        && !LayoutEngine.EstablishesFormattingContext(box);

    /// <summary>Whether child <paramref name="index"/> is the first in flow (floats take no part in margin collapsing).</summary>
    public static bool IsFirstInFlow(ContainerBox box, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (!box.Children[i].Style.IsFloated)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The margin above the box once its first descendants' margins have collapsed into it.</summary>
    public static float Top(Box box)
    {
        if (box is TableCellBox or ParagraphBox or TableRowBox || box.Style.IsFloated)
        {
            return 0;
        }

        var own = box.Style.Margin.Top;
        return box is ContainerBox container && CollapsesWithFirstChild(box) && container.Children.FirstOrDefault(c => !c.Style.IsFloated) is { } first
            ? Combine(own, Top(first))
            : own;
    }

    /// <summary>The margin below the box once its last descendants' margins have collapsed into it.</summary>
    public static float Bottom(Box box)
    {
        if (box is TableCellBox or ParagraphBox or TableRowBox || box.Style.IsFloated)
        {
            return 0;
        }

        var own = box.Style.Margin.Bottom;
        return box is ContainerBox container && CollapsesWithLastChild(box) && container.Children.LastOrDefault(c => !c.Style.IsFloated) is { } last
            ? Combine(own, Bottom(last))
            : own;
    }
}
