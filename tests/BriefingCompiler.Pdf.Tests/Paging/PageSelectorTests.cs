using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Tests.Layout;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Paging;

/// <summary>
/// Page selectors and named pages (CSS Paged Media 3 §4, CSS GCPM 3 §5): <c>@page name</c>, <c>:first</c>, <c>:left</c>,
/// <c>:right</c>, <c>:nth()</c> and their cascade; <c>page: name</c> on elements (a break where the name changes); the
/// side margin boxes; <c>counter-reset: page</c> on an element.
/// </summary>
public class PageSelectorTests
{
    private static PageStyle Parse(string css, MessageLog? log = null) =>
        new PageStyleParser(log ?? new MessageLog()).Parse([css], new ComputedStyle { FontSize = 10 });

    [Test]
    public void Rules_cascade_by_specificity_name_then_first_and_nth_then_left_and_right_then_order()
    {
        var page = Parse("""
            @page cover { margin-top: 1pt }
            @page :first { margin-top: 2pt; margin-left: 2pt }
            @page :left { margin-top: 3pt; margin-left: 3pt; margin-right: 3pt }
            @page { margin: 4pt }
            @page :nth(3n+2) { margin-bottom: 5pt }
            @page :right { margin-right: 6pt }
            """);

        var coverFirst = page.For(new PageContext(0, "cover", false, false, 0)).Margins;
        Assert.That((coverFirst.Top, coverFirst.Left, coverFirst.Right), Is.EqualTo((1f, 2f, 6f)), "the name outweighs :first, :first a later :right");
        var second = page.For(PageContext.Unnamed(1)).Margins;
        Assert.That((second.Top, second.Left, second.Right, second.Bottom), Is.EqualTo((3f, 3f, 3f, 5f)), "page 2: left, and 3n+2");
        var third = page.For(PageContext.Unnamed(2)).Margins;
        Assert.That((third.Top, third.Left, third.Right, third.Bottom), Is.EqualTo((4f, 4f, 6f, 4f)), "page 3: right, not 3n+2");
        Assert.That(page.For(PageContext.Unnamed(4)).Margins.Bottom, Is.EqualTo(5f), "page 5 is 3·1+2");
    }

    [Test]
    public void Nth_counts_the_pages_of_a_name_with_of_and_the_document_without()
    {
        var page = Parse("@page { margin: 1pt } @page :nth(1 of chapter) { margin-top: 9pt } @page :nth(odd) { margin-left: 7pt }");

        Assert.That(page.For(new PageContext(5, "chapter", false, false, 0)).Margins.Top, Is.EqualTo(9f), "the first page of a chapter group");
        Assert.That(page.For(new PageContext(6, "chapter", true, false, 1)).Margins.Top, Is.EqualTo(1f));
        Assert.That(page.For(new PageContext(5, null, false, false, 0)).Margins.Top, Is.EqualTo(1f), "of chapter: only pages named chapter");
        Assert.That(page.For(new PageContext(4, null, false, false, 4)).Margins.Left, Is.EqualTo(7f), "page 5 is odd");
        Assert.That(page.For(new PageContext(5, null, true, false, 5)).Margins.Left, Is.EqualTo(1f));
    }

    [Test]
    public void Margin_box_properties_cascade_one_by_one()
    {
        var page = Parse("""
            @page { @top-center { content: "Head"; font-size: 8pt; color: #00f } }
            @page :left { @top-center { color: #f00 } }
            """);

        var left = page.For(PageContext.Unnamed(1)).MarginBoxes.Single();
        Assert.That((left.TextFor(2, 2), left.Style.FontSize, left.Style.Color), Is.EqualTo(("Head", 8f, 0xFFFF0000u)), "content and size from @page, colour from :left");
        Assert.That(page.For(PageContext.Unnamed(0)).MarginBoxes.Single().Style.Color, Is.EqualTo(0xFF0000FFu));
    }

    [Test]
    public void An_unknown_page_selector_is_reported_at_the_line_of_its_rule()
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf("""
            <!DOCTYPE html><html><head><style>
            body { margin: 0 }

            @page :recto { margin: 1cm }
            </style></head><body><p>x</p></body></html>
            """, new PdfRenderOptions());

        var message = result.Messages.Single(m => m.Code == "PDF105");
        Assert.That(message.Source?.Line, Is.EqualTo(4));
        Assert.That(message.Message, Does.Contain("@page :recto"));
    }

    /// <summary>A cover named <c>cover</c> (its own margins, no header), then chapters on left and right pages with the
    /// header on the outer side, the page number in the side margin of the chapter pages, a wide appendix on a page of
    /// another size.</summary>
    private const string House = """
        <!DOCTYPE html><html lang="en"><head><title>House</title><style>
        @page { size: 300pt 200pt; margin: 40pt 50pt; @top-center { content: "Briefing" } }
        @page :left { @top-left { content: "Left " counter(page) } }
        @page :right { @top-right { content: "Right " counter(page) } }
        @page cover { margin: 10pt; @top-center { content: none } @top-left { content: none } @top-right { content: none } }
        @page appendix { size: 400pt 200pt; @left-middle { content: "A" counter(page) } }
        body { margin: 0; font-size: 10pt; line-height: 12pt }
        p { margin: 0 }
        .cover { page: cover }
        .appendix { page: appendix; counter-reset: page 1 }
        </style></head><body>
        <section class="cover"><h1 style="font-size: 20pt; margin: 0">Cover</h1></section>
        <section><p>Chapter one</p><p>text</p></section>
        <section><p style="break-before: page">Chapter two</p></section>
        <section class="appendix"><p>Appendix</p></section>
        </body></html>
        """;

    [Test]
    public void Named_pages_break_where_the_name_changes_and_take_their_rules_and_left_and_right_pages_theirs()
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf(House, new PdfRenderOptions());
        Assert.That(result.Messages.Where(m => m.Code.StartsWith("PDF1", StringComparison.Ordinal)), Is.Empty);
        using var document = PdfDocument.Open(result.Pdf);
        var pages = document.GetPages().ToArray();

        Assert.That(pages, Has.Length.EqualTo(4), "cover, chapter one, chapter two, appendix: the names force the breaks");
        string Header(UglyToad.PdfPig.Content.Page page) => string.Join(" ", page.GetWords().Where(w => w.BoundingBox.Bottom > page.Height - 40).Select(w => w.Text));
        Assert.That(Header(pages[0]), Is.EqualTo("Cover"), "the cover page has no header (and a 10 pt margin, so its title stands in the top 40 pt)");
        Assert.That(Header(pages[1]), Is.EqualTo("Left 2 Briefing"), "page 2 is a left page");
        Assert.That(Header(pages[2]), Is.EqualTo("Briefing Right 3"), "page 3 is a right page");
        Assert.That(pages[1].GetWords().First(w => w.Text == "Left").BoundingBox.Left, Is.EqualTo(50).Within(1), "on the left, at the margin");
        Assert.That(pages[2].GetWords().First(w => w.Text == "3").BoundingBox.Right, Is.EqualTo(250).Within(1), "on the right, at the margin");
        Assert.That((pages[3].Width, pages[0].Width), Is.EqualTo((400.0, 300.0)), "the appendix page has its own size");
        Assert.That(pages[0].GetWords().First(w => w.Text == "Cover").BoundingBox.Left, Is.EqualTo(10).Within(1), "the cover has its own margins");
        // The appendix restarts the numbering at 1 and shows it in the middle of the left margin.
        var side = pages[3].GetWords().Single(w => w.Text == "A1");
        Assert.That(side.BoundingBox.Right, Is.LessThanOrEqualTo(50));
        Assert.That((side.BoundingBox.Bottom + side.BoundingBox.Top) / 2, Is.EqualTo(100).Within(6), "middle of the content box's height");
        Assert.That(Header(pages[3]), Is.EqualTo("Left 1 Briefing"), "page 4 is a left page whose counter restarted at 1");
    }

    [Test]
    public void Pages_without_names_or_selectors_break_as_before()
    {
        var probe = LayoutProbe.OfBody("""<p>one</p><section style="page: x"><p>two</p><p>three</p></section><section style="page: x"><p>four</p></section><p>five</p>""");

        Assert.That(probe.Pages.Select(p => string.Join(",", probe.LinesOf(p.Number))), Is.EqualTo(new[] { "one", "two,three,four", "five" }),
            "a break before the first x, none between two x sections, one where the name ends");
    }
}
