using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Layout.MultiColumn;

/// <summary>
/// A multi-column container's content cut at its spanners (CSS Multi-column 1 §6, <c>column-span: all</c>): in
/// order, runs of content set in columns (a column set) and runs of spanners laid across all columns. A spanner
/// inside a plain block of the column content (one that starts no formatting context of its own) splits that
/// block: the part before it ends without its bottom margin, border and padding, the part after starts without
/// its top ones, as a box broken across pages does.
/// </summary>
public static class ColumnSegments
{
    /// <summary>One segment: <see cref="Content"/> is an anonymous block that starts a formatting context of its
    /// own, holding the column set's content or the spanners.</summary>
    public sealed record Segment(bool Spans, BlockBox Content);

    public static IReadOnlyList<Segment> Of(BlockBox container)
    {
        var pieces = Pieces(container.Children);
        var segments = new List<Segment>();
        var run = new List<Box>();
        var runSpans = false;
        void Close()
        {
            if (run.Count > 0)
            {
                segments.Add(new Segment(runSpans, new BlockBox(container.Style.Anonymous(Display.Block) with { FormattingContextRoot = true }, [.. run])));
                run.Clear();
            }
        }

        foreach (var (spans, box) in pieces)
        {
            if (spans != runSpans)
            {
                Close();
                runSpans = spans;
            }

            run.Add(box);
        }

        Close();
        if (segments.Count == 0)
        {
            segments.Add(new Segment(false, new BlockBox(container.Style.Anonymous(Display.Block) with { FormattingContextRoot = true }, [])));
        }

        return segments;
    }

    /// <summary>Whether <paramref name="box"/> is a spanner: <c>column-span: all</c> on a block in flow.</summary>
    private static bool IsSpanner(Box box) => box is BlockBox && box.Style.SpansColumns && !box.Style.IsFloated && !box.Style.AbsolutelyPositioned;

    /// <summary>Whether a spanner inside <paramref name="box"/> spans the columns around it: the box is a plain block,
    /// in the same formatting context as the column content.</summary>
    private static bool PassesSpannersThrough(Box box) =>
        box is BlockBox { Style.MultiColumn: null, Style.Flex: null, Style.Grid: null } && !LayoutEngine.EstablishesFormattingContext(box) && !box.Style.AbsolutelyPositioned;

    private static bool HoldsSpanner(Box box) =>
        box is ContainerBox container && PassesSpannersThrough(box) && container.Children.Any(child => IsSpanner(child) || HoldsSpanner(child));

    private static List<(bool Spans, Box Box)> Pieces(IReadOnlyList<Box> children)
    {
        var pieces = new List<(bool, Box)>();
        foreach (var child in children)
        {
            if (IsSpanner(child))
            {
                pieces.Add((true, child));
            }
            else if (child is BlockBox block && HoldsSpanner(block))
            {
                pieces.AddRange(Split(block));
            }
            else
            {
                pieces.Add((false, child));
            }
        }

        return pieces;
    }

    /// <summary><paramref name="block"/> cut around the spanners inside it.</summary>
    private static IEnumerable<(bool Spans, Box Box)> Split(BlockBox block)
    {
        var inner = Pieces(block.Children);
        var groups = new List<(bool Spans, List<Box> Boxes)>();
        foreach (var (spans, box) in inner)
        {
            if (spans || groups.Count == 0 || groups[^1].Spans)
            {
                groups.Add((spans, [box]));
            }
            else
            {
                groups[^1].Boxes.Add(box);
            }
        }

        var firstPart = groups.FindIndex(g => !g.Spans);
        var lastPart = groups.FindLastIndex(g => !g.Spans);
        for (var g = 0; g < groups.Count; g++)
        {
            var (spans, boxes) = groups[g];
            if (spans)
            {
                yield return (true, boxes[0]);
                continue;
            }

            var style = block.Style;
            if (g != firstPart)
            {
                style = style with { Margin = style.Margin with { Top = 0 }, Padding = style.Padding with { Top = 0 }, BorderTop = BorderSide.None };
            }

            if (g != lastPart)
            {
                style = style with { Margin = style.Margin with { Bottom = 0 }, Padding = style.Padding with { Bottom = 0 }, BorderBottom = BorderSide.None };
            }

            // What the element does where it begins (its id, outline entry, named strings, page counter) goes with its first part only.
            yield return (false, block with
            {
                Style = style,
                Children = boxes,
                Id = g == firstPart ? block.Id : null,
                Bookmark = g == firstPart ? block.Bookmark : null,
                StringSets = g == firstPart ? block.StringSets : null,
                PageCounterReset = g == firstPart ? block.PageCounterReset : null,
            });
        }
    }
}
