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

    public IReadOnlyList<LaidOutPage> Paginate(BlockBox root, PageStyle page)
    {
        var bodies = new List<(BoxFragment Body, Edges Margins)>();
        var fixedBoxes = AbsoluteLayout.FixedBoxes(root);
        var footnotes = new FootnotePageLayout(engine);
        var pending = FootnotePageLayout.Pending.None;
        ResumePoint? resume = null;
        var bodyDone = false;
        while (bodies.Count < MaximumPages)
        {
            var index = bodies.Count;
            var margins = page.MarginsOf(index);
            var contentHeight = page.ContentHeight(index);
            var laid = footnotes.Layout(root, page.FootnoteArea, page.ContentWidth(index), contentHeight, resume, bodyDone, pending);
            pending = laid.Carried;
            switch (laid.Body)
            {
                case Fits fits:
                    bodies.Add((RootOnPage(fits.Fragment, root, index), margins));
                    if (pending.IsEmpty)
                        return WithMarginBoxes(bodies, page, fixedBoxes);

                    // Footnotes continued past the end of the body go on pages of their own.
                    bodyDone = true;
                    break;
                case Partial partial:
                    bodies.Add((RootOnPage(partial.Fragment, root, index), margins));
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

    /// <summary>
    /// The root's fragment on a page: its left margin kept (layout gave it), its top margin on the first page only
    /// (a margin at a page break is truncated, as everywhere).
    /// </summary>
    private static BoxFragment RootOnPage(BoxFragment fragment, BlockBox root, int pageIndex) =>
        fragment with { Y = pageIndex == 0 ? root.Style.Margin.Top : 0 };

    private IReadOnlyList<LaidOutPage> WithMarginBoxes(List<(BoxFragment Body, Edges Margins)> bodies, PageStyle page, IReadOnlyList<Box> fixedBoxes)
    {
        // The named strings (string-set) each page shows, only when a margin box shows one.
        var strings = page.MarginBoxes.Concat(page.FirstPageMarginBoxes).Any(b => b.StringNames.Any())
            ? RunningStrings.Of(bodies.Select(b => b.Body))
            : null;
        return bodies.Select((b, i) =>
        {
            var (lines, marginImages) = MarginBoxContent(page, b.Margins, i + 1, bodies.Count, strings?[i]);
            return new LaidOutPage(i + 1, page.Width, page.Height, b.Margins, absolute.Place(b.Body, page.ContentWidth(i), page.ContentHeight(i), fixedBoxes), lines)
            {
                MarginImages = marginImages,
            };
        }).ToArray();
    }

    /// <summary>
    /// Each margin box spans the band between the side margins and is centred vertically in it; left, centre
    /// and right boxes are aligned to their side. An image the content starts with goes before the text (after it in
    /// right-to-left text), as tall as the box's <c>height</c> or its own height but never taller than the margin,
    /// centred on the band like the text; image and text are aligned as one.
    /// </summary>
    private (List<LineFragment> Lines, List<MarginImage> Images) MarginBoxContent(PageStyle page, Edges margins, int number, int count, RunningStrings? strings)
    {
        var result = new List<LineFragment>();
        var placedImages = new List<MarginImage>();
        var width = page.Width - margins.Horizontal;
        foreach (var box in page.MarginBoxesOf(number - 1))
        {
            var content = box.TextFor(number, count, strings is null ? null : strings.Value);
            var image = box.Image is { } address ? images?.Load(address) : null;
            if (content.Length == 0 && image is null)
            {
                continue;
            }

            var isTop = box.Position is MarginBoxPosition.TopLeft or MarginBoxPosition.TopCenter or MarginBoxPosition.TopRight;
            var bandTop = isTop ? 0 : page.Height - margins.Bottom;
            var bandHeight = isTop ? margins.Top : margins.Bottom;
            var (imageWidth, imageHeight) = image is null ? (0f, 0f) : ImageSize(image, box.ImageHeight, bandHeight);
            var gap = image is not null && content.Length > 0 ? box.Style.FontSize * ImageGapEm : 0;
            var textRoom = Math.Max(0, width - imageWidth - gap);
            // With an image the group is aligned below, so the lines start at their own left edge.
            var lineAlign = image is null ? box.Style.TextAlign : Text.TextAlignment.Left;
            var lines = content.Length == 0 ? [] : text.Layout([new TextRun(content, box.Style.ToTextStyle())], textRoom, lineAlign, box.Style.RightToLeft);
            var heights = lines.Select(l => ParagraphLayout.LineHeight(box.Style, l)).ToArray();
            var total = heights.Sum();
            if (Math.Max(total, imageHeight) > bandHeight)
            {
                log.WarnOnce("PDF208", "margin box overflow", "A page header or footer is taller than its page margin; it overlaps the margin's edge.");
            }

            // Without an image the lines span the band and align themselves; with one, image and text are one group.
            var textWidth = image is null ? width : lines.Count == 0 ? 0 : lines.Max(l => l.Width);
            var group = imageWidth + gap + textWidth;
            var groupLeft = margins.Left + box.Style.TextAlign switch
            {
                Text.TextAlignment.Center => (width - group) / 2,
                Text.TextAlignment.Right => width - group,
                Text.TextAlignment.End when !box.Style.RightToLeft => width - group,
                Text.TextAlignment.Start when box.Style.RightToLeft => width - group,
                _ => 0,
            };
            var textLeft = image is null ? margins.Left : box.Style.RightToLeft ? groupLeft : groupLeft + imageWidth + gap;
            if (image is not null)
            {
                var imageLeft = box.Style.RightToLeft ? groupLeft + textWidth + gap : groupLeft;
                placedImages.Add(new MarginImage(image, imageLeft, bandTop + (bandHeight - imageHeight) / 2, imageWidth, imageHeight));
            }

            var y = bandTop + (bandHeight - total) / 2;
            for (var i = 0; i < lines.Count; i++)
            {
                result.Add(new LineFragment(lines[i], textLeft, y, textWidth, heights[i], ParagraphLayout.Baseline(box.Style, heights[i], lines[i])));
                y += heights[i];
            }
        }

        return (result, placedImages);
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
