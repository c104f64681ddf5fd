using System.Runtime.CompilerServices;
using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// Min-content and max-content widths (CSS Sizing): the narrowest a box can be without overflowing (its
/// longest unbreakable word) and the width it takes when nothing wraps. Table columns are sized from them.
/// </summary>
public sealed class IntrinsicWidths(LineCache lines)
{
    private readonly ConditionalWeakTable<Box, StrongBox<(float Min, float Max)>> cache = [];

    public (float Min, float Max) Of(Box box)
    {
        if (cache.TryGetValue(box, out var known))
        {
            return known.Value;
        }

        var widths = Measure(box);
        cache.AddOrUpdate(box, new StrongBox<(float, float)>(widths));
        return widths;
    }

    /// <summary>The border-box width a table needs for its captions: the widest of their min-content widths (margins
    /// included), 0 without captions.</summary>
    public float CaptionsMinimum(TableBox table) => table.Captions.Select(c => Of(c).Min).DefaultIfEmpty(0).Max();

    /// <summary>Column widths of a table's grid: per column, min and max of the cells' border boxes.</summary>
    public (float[] Min, float[] Max) Columns(TableBox table)
    {
        var min = new float[table.ColumnCount];
        var max = new float[table.ColumnCount];
        var rows = table.HeaderRows.Concat(table.BodyRows).ToArray();
        foreach (var pass in new[] { 1, 2 })
        {
            foreach (var row in rows)
            {
                foreach (var cell in row.Cells)
                {
                    var column = cell.Column;
                    var span = Math.Min(cell.ColumnSpan, table.ColumnCount - column);
                    if ((span == 1) == (pass == 1) && span > 0)
                    {
                        var (cellMin, cellMax) = Of(cell);
                        if (cell.Style.Width is { IsPercent: false } fixedWidth)
                        {
                            var width = fixedWidth.Value + cell.Style.BorderAndPaddingHorizontal;
                            cellMin = Math.Max(cellMin, width);
                            cellMax = Math.Max(cellMin, width);
                        }

                        Spread(min, column, span, cellMin);
                        Spread(max, column, span, cellMax);
                    }
                }
            }
        }

        // A col element's width is the column's width unless its content needs more.
        for (var i = 0; i < Math.Min(table.ColumnWidths.Count, max.Length); i++)
        {
            if (table.ColumnWidths[i] is { IsPercent: false } columnWidth)
            {
                min[i] = Math.Max(min[i], columnWidth.Value);
                max[i] = min[i];
            }
        }

        for (var i = 0; i < max.Length; i++)
        {
            max[i] = Math.Max(max[i], min[i]);
        }

        return (min, max);
    }

    /// <summary>Grows spanned columns evenly until together they are as wide as the cell.</summary>
    private static void Spread(float[] columns, int first, int span, float width)
    {
        var current = 0f;
        for (var i = first; i < first + span; i++)
        {
            current += columns[i];
        }

        if (width > current)
        {
            var extra = (width - current) / span;
            for (var i = first; i < first + span; i++)
            {
                columns[i] += extra;
            }
        }
    }

    /// <summary>A block's widths from its content's: a fixed width replaces them, border, padding and margins are added.</summary>
    private static (float Min, float Max) AroundContent(Box box, (float Min, float Max) content)
    {
        var (min, max) = content;
        if (box.Style.Width is { IsPercent: false } width)
        {
            (min, max) = (width.Value, width.Value);
        }

        (min, max) = Limited(box, min, max);
        var outside = box.Style.BorderAndPaddingHorizontal + box.Style.Margin.Horizontal;
        return (min + outside, Math.Max(min, max) + outside);
    }

    /// <summary>A box's content widths within its min-width and max-width (lengths; CSS 2.1 §10.4): what it contributes
    /// to its container's, as CSS Sizing 3 §5.2 has it, so a float or inline-block shrinks to a child's limited width.</summary>
    private static (float Min, float Max) Limited(Box box, float min, float max)
    {
        if (box.Style.MaxWidth is { IsPercent: false } most)
            (min, max) = (Math.Min(min, most.Value), Math.Min(max, most.Value));
        if (box.Style.Item.MinWidth is { IsPercent: false } least)
            (min, max) = (Math.Max(min, least.Value), Math.Max(max, least.Value));
        return (min, max);
    }

    /// <summary>
    /// The widths with the text-indent of the paragraph's first line (CSS 2.1 §16.1): the first line stands that much
    /// further in (or, negative, out) and the others do not. Broken at the min-content width, each line holds at least
    /// one unbreakable piece and no line is wider than the widest; at the max-content width only forced breaks end a
    /// line: the widest of the first line plus the indent and the others is each width (never below 0). A percentage is
    /// of the width being found, so it counts as 0 here, as in browsers. A negative indent can make the min-content width
    /// narrower than this finds (short pieces that fit the hanging first line together): the width found is never too
    /// narrow, only sometimes wider than browsers make it.
    /// </summary>
    private (float Min, float Max) WithIndent(ParagraphBox paragraph, float narrow, float wide)
    {
        var broken = paragraph.FirstLine ?? paragraph;
        if (broken.Style.TextIndent is not { IsPercent: false, Value: not 0 } indent)
            return (narrow, wide);
        var hasObjects = AtomicInlineLayout.HasObjects(broken.Runs);
        float Widest(bool narrowest, float width)
        {
            var laid = lines.Layouter.Layout(hasObjects ? WithObjectWidths(broken.Runs, narrowest) : broken.Runs, width, Text.TextAlignment.Start, broken.Style.RightToLeft);
            var widest = 0f;
            for (var i = 0; i < laid.Count; i++)
                widest = Math.Max(widest, laid[i].Width + (i == 0 ? indent.Value : 0));
            return widest;
        }

        return (Widest(narrowest: true, narrow), Widest(narrowest: false, Math.Max(narrow, wide) + 1));
    }

    /// <summary>The runs with each atomic inline as wide as its min-content or max-content contribution.</summary>
    private IReadOnlyList<TextRun> WithObjectWidths(IReadOnlyList<TextRun> runs, bool narrowest) =>
        [.. runs.Select(run => run.Tag is InlineTag { Atomic: { } box } && Of(box) is var (min, max) ? run with { ObjectWidth = narrowest ? min : max } : run)];

    private (float Min, float Max) Measure(Box box)
    {
        switch (box)
        {
            case ParagraphBox paragraph:
                var (narrow, wide) = AtomicInlineLayout.HasObjects(paragraph.Runs)
                    ? (lines.Layouter.MeasureIntrinsicWidths(WithObjectWidths(paragraph.Runs, narrowest: true)).MinContent,
                        lines.Layouter.MeasureIntrinsicWidths(WithObjectWidths(paragraph.Runs, narrowest: false)).MaxContent)
                    : lines.Layouter.MeasureIntrinsicWidths(paragraph.Runs);
                if (paragraph.FirstLine is { } firstLine)
                {
                    // A ::first-line in other fonts: its words must fit too, and on one line the text is as wide as
                    // the first line's styles make it (an approximation of the first line's share of the text).
                    var (firstNarrow, firstWide) = Measure(firstLine);
                    (narrow, wide) = (Math.Max(narrow, firstNarrow), Math.Max(wide, firstWide));
                }

                (narrow, wide) = WithIndent(paragraph, narrow, wide);
                return paragraph.Style.WhiteSpace == Styling.WhiteSpace.NoWrap ? (Math.Max(narrow, wide), Math.Max(narrow, wide)) : (narrow, Math.Max(narrow, wide));
            case TableBox table:
                var (min, max) = Columns(table);
                var extras = TableLayout.HorizontalExtras(table);
                var captions = CaptionsMinimum(table);
                var tableMin = Math.Max(min.Sum() + extras, captions);
                var tableMax = Math.Max(max.Sum() + extras, captions);
                if (table.Style.Width is { IsPercent: false } tableWidth)
                {
                    var borderBoxWidth = TableLayout.BorderBoxWidth(table, tableWidth.Value);
                    tableMin = Math.Max(tableMin, borderBoxWidth);
                    tableMax = Math.Max(tableMin, borderBoxWidth);
                }

                return (tableMin + table.Style.Margin.Horizontal, tableMax + table.Style.Margin.Horizontal);
            case RubyBox ruby:
                var rubyWidth = RubyLayout.Width(ruby, Of);
                return (rubyWidth, rubyWidth);
            case ReplacedBox image:
                // A percentage width or max-width depends on the container: such an image can shrink to nothing (CSS 2.1 §10.3.2 and Sizing 3).
                var relative = image.Style.Width is { IsPercent: true } || image.Style.MaxWidth is { IsPercent: true };
                var own = ReplacedLayout.UsedSize(relative ? image with { Style = image.Style with { Width = null, MaxWidth = null } } : image, 0).Width;
                var around = image.Style.BorderAndPaddingHorizontal + image.Style.Margin.Horizontal;
                return ((relative ? 0 : own) + around, own + around);
            case BlockBox { Style.Flex: not null } flexBox:
                return AroundContent(flexBox, Flex.FlexLayout.ContentWidths(flexBox, Of));
            case BlockBox { Style.Grid: not null } gridBox:
                return AroundContent(gridBox, Grid.GridLayout.ContentWidths(gridBox, Of));
            case BlockBox { Style.MultiColumn: { } columns } columnBox:
                // The content's widths as a plain block's, then as many columns side by side as column-count asks for.
                var content = Measure(new BlockBox(columnBox.Style.Anonymous(Styling.Display.Block) with { FormattingContextRoot = true }, columnBox.Children));
                return AroundContent(columnBox, MultiColumn.MultiColumnLayout.ContentWidths(columns, content));
            case TableCellBox { Style.MultiColumn: not null } columnCell:
                return Measure(MultiColumn.MultiColumnCell.Of(columnCell));
            case ContainerBox container:
                var childMin = 0f;
                var childMax = 0f;
                // Floats in a row sit side by side, and the text or formatting-context root after them beside them.
                var floatsLeft = 0f;
                var floatsRight = 0f;
                // Absolutely positioned children are out of flow: they do not widen their parent (CSS 2.1 §10.3.7).
                foreach (var child in container.Children.Where(child => !child.Style.AbsolutelyPositioned))
                {
                    var (cMin, cMax) = Of(child);
                    childMin = Math.Max(childMin, cMin);
                    var clear = child.Style.Clear;
                    if (child.Style.Float == Styling.FloatSide.Left && (clear & Styling.ClearSide.Left) == 0) floatsLeft += cMax;
                    else if (child.Style.Float == Styling.FloatSide.Right && (clear & Styling.ClearSide.Right) == 0) floatsRight += cMax;
                    else if (child.Style.IsFloated)
                    {
                        childMax = Math.Max(childMax, floatsLeft + floatsRight);
                        (floatsLeft, floatsRight) = child.Style.Float == Styling.FloatSide.Left ? (cMax, floatsRight) : (floatsLeft, cMax);
                        continue;
                    }

                    if (child.Style.IsFloated)
                    {
                        continue;
                    }

                    var beside = (clear & Styling.ClearSide.Left) != 0 ? 0 : floatsLeft;
                    beside += (clear & Styling.ClearSide.Right) != 0 ? 0 : floatsRight;
                    if (child is ParagraphBox || LayoutEngine.EstablishesFormattingContext(child))
                    {
                        childMax = Math.Max(childMax, beside + cMax);
                    }
                    else
                    {
                        childMax = Math.Max(childMax, Math.Max(floatsLeft + floatsRight, cMax));
                        (floatsLeft, floatsRight) = (0, 0);
                    }
                }

                childMax = Math.Max(childMax, floatsLeft + floatsRight);

                if (container.Style.Width is { IsPercent: false } width && container is not TableCellBox)
                {
                    childMin = Math.Max(childMin, width.Value);
                    childMax = width.Value;
                }

                if (container is not TableCellBox)
                {
                    (childMin, childMax) = Limited(container, childMin, childMax);
                }

                var outside = container.Style.BorderAndPaddingHorizontal + (container is TableCellBox ? 0 : container.Style.Margin.Horizontal);
                return (childMin + outside, Math.Max(childMin, childMax) + outside);
            default:
                return (0, 0);
        }
    }
}
