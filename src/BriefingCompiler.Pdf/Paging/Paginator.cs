using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Paging;

/// <summary>
/// Cuts the box tree into pages: lays the root out in the first page's content box, then again from the
/// resume point on the next page, until it fits, each page with its footnotes (<see cref="FootnotePageLayout"/>). Then, with the page count known, sets the running header
/// and footer of every page in the bands of the page margin, with the named strings the page's elements set (<see cref="RunningStrings"/>).
/// </summary>
/// <param name="images">Reads the images margin boxes name (<c>content: url(…)</c>); null: margin boxes draw no images.</param>
public sealed class Paginator(LayoutEngine engine, ITextLayouter text, MessageLog log, Images.ImageLoader? images = null)
{
    /// <summary>Between a margin box's image and its text: a quarter of the text's size, as a space would.</summary>
    private const float ImageGapEm = 0.25f;

    /// <summary>A guard against layout that makes no progress (a bug, not a document): far more than a briefing needs.</summary>
    private const int MaximumPages = 5000;

    private readonly AbsoluteLayout absolute = new(engine);

    /// <summary>A page's body as laid out, with the context its @page rules were chosen for, and what the flow put on it
    /// (its body without the footnote area; null on a blank page and on a page of carried footnotes only).</summary>
    private sealed record PageBody(BoxFragment Body, PageContext Context, PageFormat Format, BoxFragment? Flow);

    public IReadOnlyList<LaidOutPage> Paginate(BlockBox root, PageStyle page)
    {
        var bodies = new List<PageBody>();
        var fixedBoxes = AbsoluteLayout.FixedBoxes(root);
        var footnotes = new FootnotePageLayout(engine);
        var pending = FootnotePageLayout.Pending.None;
        ResumePoint? resume = null;
        var bodyDone = false;
        var rightToLeft = root.Style.RightToLeft;
        while (bodies.Count < MaximumPages)
        {
            var index = bodies.Count;
            // A page takes the name of the first box on it (§4.1.1), known once it is laid out: laid out first with the
            // name of the page before (or the document's first box), again with its own when that differs.
            PageContext? previous = index == 0 ? null : bodies[^1].Context;
            var isLeft = previous is { } before ? !before.IsLeft : PageContext.IsLeftPage(0, rightToLeft);
            var context = ContextOf(index, index == 0 ? PageNameBoundary.StartName(root) : previous!.Value.Name, previous, isLeft);
            var format = page.For(context, log);
            var laid = footnotes.Layout(root, page.FootnoteArea, format.ContentWidth, format.ContentHeight, resume, bodyDone, pending);
            if (page.NamesPages && FragmentOf(laid.Body) is { } first && FirstName(first, root) is var name && name != context.Name)
            {
                context = ContextOf(index, name, previous, isLeft);
                format = page.For(context, log);
                laid = footnotes.Layout(root, page.FootnoteArea, format.ContentWidth, format.ContentHeight, resume, bodyDone, pending);
            }

            // A forced break to a side (break-before/after: left, right, recto, verso) that lands on the other side: a
            // blank page goes between (CSS Fragmentation 3 §3.1), and the content is laid out again on the next page. At
            // the start of the document no blank page: the value chooses the side of the first page (as WeasyPrint does).
            var flow = bodyDone ? null : FragmentOf(laid.Flow);
            if (flow is not null && (index == 0 || bodies[^1].Flow is not null)
                && PageSideBreak.WantsLeft(index == 0 ? null : bodies[^1].Flow, flow, rightToLeft) is { } wantsLeft && wantsLeft != context.IsLeft)
            {
                if (index > 0)
                {
                    bodies.Add(BlankPage(root, page, previous!.Value, context.IsLeft));
                    continue;
                }

                context = context with { IsLeft = wantsLeft };
                format = page.For(context, log);
                laid = footnotes.Layout(root, page.FootnoteArea, format.ContentWidth, format.ContentHeight, resume, bodyDone, pending);
                flow = FragmentOf(laid.Flow);
            }

            pending = laid.Carried;
            switch (laid.Body)
            {
                case Fits fits:
                    bodies.Add(new PageBody(RootOnPage(fits.Fragment, root, index), context, format, flow));
                    if (pending.IsEmpty)
                        return WithMarginBoxes(bodies, page, fixedBoxes);

                    // Footnotes continued past the end of the body go on pages of their own.
                    bodyDone = true;
                    break;
                case Partial partial:
                    bodies.Add(new PageBody(RootOnPage(partial.Fragment, root, index), context, format, flow));
                    if (Equals(partial.Resume, resume))
                    {
                        log.ErrorOnce("PDF206", "no progress", "Layout made no progress from one page to the next; the document is cut short.");
                        return WithMarginBoxes(bodies, page, fixedBoxes);
                    }

                    resume = partial.Resume;
                    break;
                default:
                    log.ErrorOnce("PDF206", "no progress", "The document's content does not fit on an empty page; the document is cut short.");
                    return WithMarginBoxes(bodies, page, fixedBoxes);
            }
        }

        log.ErrorOnce("PDF207", "too many pages", $"The document runs past {MaximumPages} pages; the rest is left out.");
        return WithMarginBoxes(bodies, page, fixedBoxes);
    }

    /// <summary>The page at <paramref name="index"/> named <paramref name="name"/>, on the side given (the other side of the
    /// page before's, §4.3.2), and its place among the pages of its name since the name last changed
    /// (<c>:nth(An+B of name)</c>).</summary>
    private static PageContext ContextOf(int index, string? name, PageContext? previous, bool isLeft, bool isBlank = false) =>
        new(index, name, isLeft, isBlank,
            previous is { } before && string.Equals(before.Name, name, StringComparison.Ordinal) ? before.IndexInName + 1 : 0);

    /// <summary>
    /// A blank page (<c>@page :blank</c>) on <paramref name="isLeft"/>'s side after <paramref name="previous"/>: unnamed, as
    /// in WeasyPrint (CSS Paged Media 3 leaves its name open), with its margin boxes like any page and a number of its own
    /// (CSS Paged Media 3 §4.3.3); its body is the root's with nothing in it, continued from the page before.
    /// </summary>
    private PageBody BlankPage(BlockBox root, PageStyle page, PageContext previous, bool isLeft)
    {
        var context = ContextOf(previous.Index + 1, null, previous, isLeft, isBlank: true);
        var format = page.For(context, log);
        return new PageBody(new BoxFragment(root, 0, 0, format.ContentWidth, 0, [], IsContinuation: true, Continues: true), context, format, null);
    }

    private static BoxFragment? FragmentOf(LayoutResult result) => result switch
    {
        Fits fits => fits.Fragment,
        Partial partial => partial.Fragment,
        _ => null,
    };

    /// <summary>The page name of the first box a page's body holds: down its first children to one without boxes inside (a
    /// paragraph, an empty block); the root's when the page holds nothing.</summary>
    private static string? FirstName(BoxFragment body, BlockBox root)
    {
        var fragment = body;
        while (fragment.Children.Count > 0 && fragment.Children[0] is BoxFragment child)
            fragment = child;
        return fragment == body && body.Children.Count == 0 ? PageNameBoundary.StartName(root) : fragment.Box.Style.PageName;
    }

    /// <summary>
    /// The root's fragment on a page: its left margin kept (layout gave it), its top margin on the first page only
    /// (a margin at a page break is truncated, as everywhere).
    /// </summary>
    private static BoxFragment RootOnPage(BoxFragment fragment, BlockBox root, int pageIndex) =>
        fragment with { Y = pageIndex == 0 ? root.Style.Margin.Top : 0 };

    private IReadOnlyList<LaidOutPage> WithMarginBoxes(List<PageBody> bodies, PageStyle page, IReadOnlyList<Box> fixedBoxes)
    {
        // The named strings (string-set) each page shows, only when a margin box shows one.
        var strings = page.ShowsRunningContent ? RunningStrings.Of(bodies.Select(b => b.Body)) : null;
        var counters = PageCounters(bodies.Select(b => b.Body));
        return bodies.Select((b, i) =>
        {
            var (lines, marginImages, elements) = MarginBoxContent(b.Format, counters[i], bodies.Count, strings?[i]);
            return new LaidOutPage(i + 1, b.Format.Width, b.Format.Height, b.Format.Margins, absolute.Place(b.Body, b.Format.ContentWidth, b.Format.ContentHeight, fixedBoxes), lines)
            {
                MarginImages = marginImages,
                MarginElements = elements,
                Counter = counters[i],
            };
        }).ToArray();
    }

    /// <summary>
    /// The page counter of each page: one more than the page before's, or the value of a <c>counter-reset: page N</c> on an
    /// element that begins on the page (the last such element's; CSS Paged Media 3 §4.5.1: numbering restarts there).
    /// </summary>
    public static int[] PageCounters(IEnumerable<BoxFragment> bodies)
    {
        var result = new List<int>();
        foreach (var body in bodies)
        {
            var value = result.Count == 0 ? 1 : result[^1] + 1;
            result.Add(PageCounterReset(body) ?? value);
        }

        return result.ToArray();

        static int? PageCounterReset(BoxFragment fragment)
        {
            int? found = fragment.Box.PageCounterReset is { } own && !fragment.IsContinuation ? own : null;
            foreach (var child in fragment.Children)
            {
                if (child is BoxFragment box && PageCounterReset(box) is { } inner)
                    found = inner;
            }

            return found;
        }
    }

    /// <summary>What a margin box shows on one page: its text, the image it starts with, or a running element.</summary>
    private sealed record MarginContent(MarginBox Box, string Text, Images.ImageResource? Image, RunningElement? Element);

    /// <summary>
    /// Each margin box is set in its part of its band: a top or bottom box in the width its band gives it
    /// (<see cref="MarginBandWidths"/>: the left box at the band's left edge, the right one at its right edge, the centre one
    /// centred), centred vertically in the band; a left or right box spans the side margin's width, in the height its band
    /// beside the content box gives it (the same rules, applied to heights), and is set at the top, middle or bottom of that
    /// (its <c>vertical-align</c>). Text is aligned in its box (left, centre and right
    /// boxes to their side by default). An image the content starts with goes before the text (after it in right-to-left
    /// text), as tall as the box's <c>height</c> or its own height but never taller than the band, aligned like the text;
    /// image and text are aligned as one.
    /// </summary>
    private (List<LineFragment> Lines, List<MarginImage> Images, List<BoxFragment> Elements) MarginBoxContent(PageFormat page, int number, int count, RunningStrings? strings)
    {
        var result = new List<LineFragment>();
        var placedImages = new List<MarginImage>();
        var elements = new List<BoxFragment>();
        var margins = page.Margins;
        var contents = page.MarginBoxes.Select(box => new MarginContent(box,
            box.RunningElement is null ? box.TextFor(number, count, strings is null ? null : strings.Value) : "",
            box.RunningElement is null && box.Image is { } address ? images?.Load(address) : null,
            box.RunningElement is { } shown ? strings?.Element(shown.ElementName!, shown.StringPolicy) : null)).ToArray();
        // A side box's content is laid out once, across the side margin: its height shares out the band, and that layout is placed.
        var sides = contents.Where(c => c.Box.Position >= MarginBoxPosition.LeftTop)
            .ToDictionary(c => c.Box.Position, c => SetSide(c, c.Box.Position <= MarginBoxPosition.LeftBottom ? margins.Left : margins.Right, page));
        var spans = BandSpans(page, contents, sides);
        foreach (var margin in contents)
        {
            var (box, content, image, running) = margin;
            var (bandLeft, bandTop, width, bandHeight) = box.Position switch
            {
                MarginBoxPosition.TopLeft or MarginBoxPosition.TopCenter or MarginBoxPosition.TopRight => (margins.Left + spans[box.Position].Start, 0f, spans[box.Position].Size, margins.Top),
                MarginBoxPosition.BottomLeft or MarginBoxPosition.BottomCenter or MarginBoxPosition.BottomRight => (margins.Left + spans[box.Position].Start, page.Height - margins.Bottom, spans[box.Position].Size, margins.Bottom),
                MarginBoxPosition.LeftTop or MarginBoxPosition.LeftMiddle or MarginBoxPosition.LeftBottom => (0f, margins.Top + spans[box.Position].Start, margins.Left, spans[box.Position].Size),
                _ => (page.Width - margins.Right, margins.Top + spans[box.Position].Start, margins.Right, spans[box.Position].Size),
            };
            float Across(float height) => box.VerticalAlign switch
            {
                MarginBoxAlignment.Start => bandTop,
                MarginBoxAlignment.End => bandTop + bandHeight - height,
                _ => bandTop + (bandHeight - height) / 2,
            };

            if (box.RunningElement is not null)
            {
                // element(name): the running element's box laid out in its box, whole, as the flow would lay it out.
                if (running is not null && (sides.TryGetValue(box.Position, out var side) ? side.Running : LayoutRunning(running, box, width)) is { } laidOut)
                {
                    if (laidOut.Height > bandHeight)
                        log.WarnOnce("PDF208", "margin box overflow", "A page header or footer is taller than its page margin; it overlaps the margin's edge.");
                    elements.Add(laidOut with { X = bandLeft + laidOut.X, Y = Across(laidOut.Height) });
                }

                continue;
            }

            if (content.Length == 0 && image is null)
            {
                continue;
            }

            var (imageWidth, imageHeight, gap, lines, heights) = sides.TryGetValue(box.Position, out var set) && set.Text is { } measured && SameImageSize(measured, image, bandHeight, page.ContentHeight)
                ? measured
                : SetText(margin, width, bandHeight);
            var total = heights.Sum();
            if (Math.Max(total, imageHeight) > bandHeight)
            {
                log.WarnOnce("PDF208", "margin box overflow", "A page header or footer is taller than its page margin; it overlaps the margin's edge.");
            }

            // Without an image the lines span the box and align themselves; with one, image and text are one group.
            var textWidth = image is null ? width : lines.Count == 0 ? 0 : lines.Max(l => l.Width);
            var group = imageWidth + gap + textWidth;
            var groupLeft = bandLeft + Aligned(box, width, group);
            var textLeft = image is null ? bandLeft : box.Style.RightToLeft ? groupLeft : groupLeft + imageWidth + gap;
            if (image is not null)
            {
                var imageLeft = box.Style.RightToLeft ? groupLeft + textWidth + gap : groupLeft;
                placedImages.Add(new MarginImage(image, imageLeft, Across(imageHeight), imageWidth, imageHeight));
            }

            var y = Across(total);
            for (var i = 0; i < lines.Count; i++)
            {
                result.Add(new LineFragment(lines[i], textLeft, y, textWidth, heights[i], ParagraphLayout.Baseline(box.Style, heights[i], lines[i])));
                y += heights[i];
            }
        }

        return (result, placedImages, elements);
    }

    /// <summary>Where something <paramref name="used"/> wide starts in a margin box <paramref name="width"/> wide, by the
    /// box's <c>text-align</c>.</summary>
    private static float Aligned(MarginBox box, float width, float used) => box.Style.TextAlign switch
    {
        Text.TextAlignment.Center => (width - used) / 2,
        Text.TextAlignment.Right => width - used,
        Text.TextAlignment.End when !box.Style.RightToLeft => width - used,
        Text.TextAlignment.Start when box.Style.RightToLeft => width - used,
        _ => 0,
    };

    /// <summary>
    /// A running element laid out in a margin box <paramref name="width"/> wide: across it, as the flow would lay it out; one
    /// that was inline in its text as inline content of the box is set (as WeasyPrint sets it): at its max-content width (at
    /// most the box's), placed by the box's <c>text-align</c>. Null when it does not fit (it always does: the height is unbounded).
    /// </summary>
    private BoxFragment? LayoutRunning(RunningElement running, MarginBox box, float width)
    {
        var used = running.InText ? Math.Min(width, engine.Intrinsic.Of(running.Box).Max) : width;
        if (engine.Layout(running.Box, new LayoutSpace(used, LayoutSpace.Unbounded, true, LayoutSpace.Unbounded), null) is not Fits laid)
            return null;
        return running.InText ? laid.Fragment with { X = laid.Fragment.X + Aligned(box, width, used) } : laid.Fragment;
    }

    /// <summary>A margin box's text and image set in <paramref name="width"/>: the image's size (never taller than
    /// <paramref name="bandHeight"/>), the gap after it, and the text's lines in the room left, with their heights.</summary>
    private sealed record MarginText(float ImageWidth, float ImageHeight, float Gap, IReadOnlyList<TextLine> Lines, float[] Heights);

    private MarginText SetText(MarginContent content, float width, float bandHeight)
    {
        var box = content.Box;
        var (imageWidth, imageHeight) = content.Image is { } image ? ImageSize(image, box.ImageHeight, bandHeight) : (0f, 0f);
        var gap = content.Image is not null && content.Text.Length > 0 ? box.Style.FontSize * ImageGapEm : 0;
        var textRoom = Math.Max(0, width - imageWidth - gap);
        // With an image the group is aligned by the caller, so the lines start at their own left edge.
        var lineAlign = content.Image is null ? box.Style.TextAlign : Text.TextAlignment.Left;
        var lines = content.Text.Length == 0 ? [] : text.Layout([new TextRun(content.Text, box.Style.ToTextStyle())], textRoom, lineAlign, box.Style.RightToLeft);
        return new MarginText(imageWidth, imageHeight, gap, lines, lines.Select(l => ParagraphLayout.LineHeight(box.Style, l)).ToArray());
    }

    /// <summary>
    /// Where each margin box sits along its band and how long it is there: across the top and bottom bands (from the band's
    /// left edge) by the min-content and max-content widths of what the boxes show on this page; down the left and right
    /// bands (from the content box's top) by the same rules applied to heights (CSS Paged Media 3 §5.3.2: the vertical
    /// dimension is computed as the horizontal one), each box's height being that of its content set in the side margin's
    /// width, its min-content and max-content height alike (a block's height does not depend on the room below it).
    /// </summary>
    private Dictionary<MarginBoxPosition, (float Start, float Size)> BandSpans(PageFormat page, IReadOnlyList<MarginContent> contents, Dictionary<MarginBoxPosition, SideContent> sides)
    {
        var spans = new Dictionary<MarginBoxPosition, (float Start, float Size)>();
        void Share(float band, MarginBoxPosition first, MarginBoxPosition middle, MarginBoxPosition last, Func<MarginContent, MarginBandWidths.Intrinsic> measure)
        {
            MarginBandWidths.Intrinsic? Of(MarginBoxPosition position) =>
                contents.FirstOrDefault(c => c.Box.Position == position) is { } content ? measure(content) : null;
            var (a, b, c) = MarginBandWidths.Resolve(band, Of(first), Of(middle), Of(last));
            spans[first] = (0, a);
            spans[middle] = ((band - b) / 2, b);
            spans[last] = (band - c, c);
        }

        Share(page.ContentWidth, MarginBoxPosition.TopLeft, MarginBoxPosition.TopCenter, MarginBoxPosition.TopRight, c => IntrinsicOf(c, page));
        Share(page.ContentWidth, MarginBoxPosition.BottomLeft, MarginBoxPosition.BottomCenter, MarginBoxPosition.BottomRight, c => IntrinsicOf(c, page));
        Share(page.ContentHeight, MarginBoxPosition.LeftTop, MarginBoxPosition.LeftMiddle, MarginBoxPosition.LeftBottom, c => sides[c.Box.Position].Height);
        Share(page.ContentHeight, MarginBoxPosition.RightTop, MarginBoxPosition.RightMiddle, MarginBoxPosition.RightBottom, c => sides[c.Box.Position].Height);
        return spans;
    }

    /// <summary>A side margin box's content laid out in the margin's width: its running element (null when it shows none),
    /// or its text and image (set with the whole content height as the band).</summary>
    private sealed record SideContent(BoxFragment? Running, MarginText? Text)
    {
        /// <summary>The box's height as its band shares it out (min-content and max-content alike: a block's height does
        /// not depend on the room below it).</summary>
        public MarginBandWidths.Intrinsic Height => Running is { } laid ? new(laid.Height, laid.Height)
            : Text is { } set ? new(Math.Max(set.Heights.Sum(), set.ImageHeight), Math.Max(set.Heights.Sum(), set.ImageHeight))
            : default;
    }

    private SideContent SetSide(MarginContent content, float width, PageFormat page) =>
        content.Box.RunningElement is not null
            ? new SideContent(content.Element is { } element ? LayoutRunning(element, content.Box, width) : null, null)
            : new SideContent(null, SetText(content, width, page.ContentHeight));

    /// <summary>Whether text set with the whole content height as its band (<paramref name="measured"/>) is what setting it in
    /// its share of the band (<paramref name="bandHeight"/>) gives: the band limits only the image's height, so when there is
    /// no image, when the two bands are one, or when neither limits it.</summary>
    private static bool SameImageSize(MarginText measured, Images.ImageResource? image, float bandHeight, float contentHeight) =>
        image is null || bandHeight == contentHeight || measured.ImageHeight < Math.Min(bandHeight, contentHeight);

    /// <summary>A margin box's min-content and max-content widths: its running element's, or its text's with its image and
    /// the gap beside it.</summary>
    private MarginBandWidths.Intrinsic IntrinsicOf(MarginContent content, PageFormat page)
    {
        if (content.Box.RunningElement is not null)
            return content.Element is { } element && engine.Intrinsic.Of(element.Box) is var (min, max) ? new(min, max) : default;
        var bandHeight = content.Box.Position <= MarginBoxPosition.TopRight ? page.Margins.Top : page.Margins.Bottom;
        var imageWidth = content.Image is { } image ? ImageSize(image, content.Box.ImageHeight, bandHeight).Width : 0;
        var gap = content.Image is not null && content.Text.Length > 0 ? content.Box.Style.FontSize * ImageGapEm : 0;
        var (textMin, textMax) = content.Text.Length == 0 ? (0f, 0f) : text.MeasureIntrinsicWidths([new TextRun(content.Text, content.Box.Style.ToTextStyle())]);
        return new(imageWidth + gap + textMin, imageWidth + gap + textMax);
    }

    /// <summary>An image's size in a margin: <paramref name="height"/> when given, else its own (one image pixel is one
    /// CSS px), scaled down to fit the band; its width from its ratio.</summary>
    private static (float Width, float Height) ImageSize(Images.ImageResource image, float? height, float bandHeight)
    {
        var ownHeight = image.PixelHeight * CssValueReader.PointsPerPixel;
        var ownWidth = image.PixelWidth * CssValueReader.PointsPerPixel;
        if (ownHeight <= 0 || ownWidth <= 0) return (0, 0);
        var wanted = Math.Min(height ?? ownHeight, bandHeight);
        return (ownWidth * wanted / ownHeight, wanted);
    }
}
