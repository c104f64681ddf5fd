using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Paging;

/// <summary>
/// Cuts the box tree into pages: lays the root out in the first page's content box, then again from the
/// resume point on the next page, until it fits, each page with its footnotes (<see cref="FootnotePageLayout"/>). Then, with the page count known, sets the running header
/// and footer of every page in the bands of the page margin.
/// </summary>
public sealed class Paginator(LayoutEngine engine, ITextLayouter text, MessageLog log)
{
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

    private IReadOnlyList<LaidOutPage> WithMarginBoxes(List<(BoxFragment Body, Edges Margins)> bodies, PageStyle page, IReadOnlyList<Box> fixedBoxes) =>
        bodies.Select((b, i) => new LaidOutPage(i + 1, page.Width, page.Height, b.Margins,
            absolute.Place(b.Body, page.ContentWidth(i), page.ContentHeight(i), fixedBoxes), MarginBoxLines(page, b.Margins, i + 1, bodies.Count))).ToArray();

    /// <summary>
    /// Each margin box spans the band between the side margins and is centred vertically in it; left, centre
    /// and right boxes are aligned to their side.
    /// </summary>
    private List<LineFragment> MarginBoxLines(PageStyle page, Edges margins, int number, int count)
    {
        var result = new List<LineFragment>();
        var width = page.Width - margins.Horizontal;
        foreach (var box in page.MarginBoxesOf(number - 1))
        {
            var content = box.TextFor(number, count);
            if (content.Length == 0)
            {
                continue;
            }

            var lines = text.Layout([new TextRun(content, box.Style.ToTextStyle())], width, box.Style.TextAlign, box.Style.RightToLeft);
            var heights = lines.Select(l => ParagraphLayout.LineHeight(box.Style, l)).ToArray();
            var total = heights.Sum();
            var isTop = box.Position is MarginBoxPosition.TopLeft or MarginBoxPosition.TopCenter or MarginBoxPosition.TopRight;
            var bandTop = isTop ? 0 : page.Height - margins.Bottom;
            var bandHeight = isTop ? margins.Top : margins.Bottom;
            if (total > bandHeight)
            {
                log.WarnOnce("PDF208", "margin box overflow", "A page header or footer is taller than its page margin; it overlaps the margin's edge.");
            }

            var y = bandTop + (bandHeight - total) / 2;
            for (var i = 0; i < lines.Count; i++)
            {
                result.Add(new LineFragment(lines[i], margins.Left, y, width, heights[i], ParagraphLayout.Baseline(box.Style, heights[i], lines[i])));
                y += heights[i];
            }
        }

        return result;
    }
}
