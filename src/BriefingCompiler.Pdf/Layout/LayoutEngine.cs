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

    public LayoutEngine(ITextLayouter textLayouter, MessageLog log)
    {
        lines = new LineCache(textLayouter);
        this.log = log;
        paragraphs = new ParagraphLayout(lines, log);
        Intrinsic = new IntrinsicWidths(lines);
        tables = new TableLayout(this, Intrinsic, log);
        replaced = new ReplacedLayout(log);
    }

    public IntrinsicWidths Intrinsic { get; }

    public LayoutResult Layout(Box box, LayoutSpace space, ResumePoint? resume) => box switch
    {
        ParagraphBox paragraph => paragraphs.Layout(paragraph, space, resume as TextResume),
        TableBox table => tables.Layout(table, space, resume as TableResume),
        ReplacedBox image => replaced.Layout(image, space),
        ContainerBox container => LayoutContainer(container, space, resume as BlockResume),
        _ => new Fits(new BoxFragment(box, 0, 0, space.Width, 0, [])),
    };

    private LayoutResult LayoutContainer(ContainerBox box, LayoutSpace space, BlockResume? resume)
    {
        var style = box.Style;
        var isCell = box is TableCellBox;
        var marginLeft = isCell ? 0 : style.Margin.Left;
        var available = space.Width - (isCell ? 0 : style.Margin.Horizontal);
        var borderBoxWidth = !isCell && style.Width is { } width
            ? Math.Min(available, width.Resolve(space.Width) + style.BorderAndPaddingHorizontal)
            : available;
        if (!isCell && style.MaxWidth is { } maxWidth)
        {
            borderBoxWidth = Math.Min(borderBoxWidth, maxWidth.Resolve(space.Width) + style.BorderAndPaddingHorizontal);
        }

        if (!isCell && style.CentredByAutoMargins)
        {
            marginLeft += (available - borderBoxWidth) / 2;
        }

        var contentWidth = Math.Max(0, borderBoxWidth - style.BorderAndPaddingHorizontal);
        var contentLeft = style.BorderAndPaddingLeft;
        var isContinuation = resume is not null;
        var top = isContinuation ? 0 : style.BorderAndPaddingTop;
        var bottomReserve = style.BorderAndPaddingBottom;
        var avoidInside = style.BreakInside == BreakRule.Avoid && !space.AtPageTop && !isContinuation;

        var children = box.Children;
        var start = resume?.ChildIndex ?? 0;
        var placed = new List<Fragment>();
        var y = top;
        var previousBottomMargin = 0f;
        for (var i = start; i < children.Count; i++)
        {
            var child = children[i];
            var atTop = placed.Count == 0;
            if (i > start || resume is null)
            {
                var forced = child.Style.BreakBefore == BreakRule.Page || (i > 0 && children[i - 1].Style.BreakAfter == BreakRule.Page);
                if (forced && !atTop)
                {
                    return new Partial(Fragment(box, marginLeft, borderBoxWidth, y, placed, isContinuation, true), new BlockResume(i, null));
                }

                if (forced && atTop && !space.AtPageTop)
                {
                    return new DoesNotFit("break-before: page");
                }
            }

            // Margins collapse between siblings; the first child's top margin has joined the box's own when
            // nothing separates them, and a margin at a page break is truncated.
            var gap = atTop
                ? (isContinuation || (i == 0 && MarginCollapsing.CollapsesWithFirstChild(box)) ? 0 : MarginCollapsing.Top(child))
                : MarginCollapsing.Combine(previousBottomMargin, MarginCollapsing.Top(child));
            var childSpace = new LayoutSpace(contentWidth, space.Height - y - gap - bottomReserve, space.AtPageTop && atTop, space.PageHeight);
            var result = Layout(child, childSpace, i == start ? resume?.Inner : null);
            switch (result)
            {
                case Fits fits:
                    placed.Add(fits.Fragment with { X = contentLeft + fits.Fragment.X, Y = y + gap });
                    y += gap + fits.Fragment.Height;
                    previousBottomMargin = MarginCollapsing.Bottom(child);
                    break;
                case Partial partial:
                    if (avoidInside)
                    {
                        return new DoesNotFit("break-inside: avoid");
                    }

                    placed.Add(partial.Fragment with { X = contentLeft + partial.Fragment.X, Y = y + gap });
                    y += gap + partial.Fragment.Height;
                    return new Partial(Fragment(box, marginLeft, borderBoxWidth, y, placed, isContinuation, true), new BlockResume(i, partial.Resume));
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

                    var last = placed[^1];
                    return new Partial(Fragment(box, marginLeft, borderBoxWidth, last.Y + last.Height, placed, isContinuation, true), new BlockResume(breakAt, null));
            }
        }

        var bottomMargin = MarginCollapsing.CollapsesWithLastChild(box) || placed.Count == 0 ? 0 : previousBottomMargin;
        var height = y + bottomMargin + bottomReserve;
        if (!isCell && !isContinuation && style.BorderBoxHeight is { Least: > 0 } asked)
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

        if (placed.Count == 0 && !space.AtPageTop && height > space.Height + 0.01f)
        {
            return new DoesNotFit("empty box taller than the space left");
        }

        var fragment = Fragment(box, marginLeft, borderBoxWidth, height, placed, isContinuation, false);
        return new Fits(fragment);
    }

    private static bool AvoidsBreakBetween(Box before, Box after) =>
        before.Style.BreakAfter == BreakRule.Avoid || after.Style.BreakBefore == BreakRule.Avoid;

    private BoxFragment Fragment(ContainerBox box, float x, float width, float height, List<Fragment> children, bool isContinuation, bool continues)
    {
        var all = children.ToList();
        if (box is ListItemBox item && !isContinuation && item.Marker.Length > 0)
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
                case BoxFragment box when FirstBaseline(box.Children) is { } inner:
                    return box.Y + inner;
            }
        }

        return null;
    }
}
