using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Tests.Images;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Paging;

/// <summary>
/// Running elements (CSS GCPM 3 §2.4): <c>position: running(name)</c> takes an element out of the flow, <c>element(name,
/// policy)</c> in a margin box shows it there, laid out as in the flow (its own fonts, images, alignment), on every page
/// from the one it would have been on; the policies are those of named strings.
/// </summary>
public class RunningElementTests
{
    private static readonly string Logo = "data:image/png;base64," + Convert.ToBase64String(TestImages.Png(40, 20));

    private static string Document(string margin) => $$"""
        <!DOCTYPE html><html lang="en"><head><title>Running</title><style>
        @page { size: 300pt 200pt; margin: 50pt 20pt; @top-center { {{margin}} } }
        body { margin: 0; font-size: 10pt; line-height: 12pt }
        p { margin: 0 }
        .head { position: running(head); text-align: right; font-size: 8pt }
        .head img { height: 20pt; vertical-align: middle }
        .new { break-before: page }
        </style></head><body>
        <div class="head"><img src="{{Logo}}" alt=""> Council Brief</div>
        <p>Body one</p>
        <p class="new">Body two</p>
        <div class="head">Annex header</div>
        <p class="new">Body three</p>
        </body></html>
        """;

    private static UglyToad.PdfPig.Content.Page[] Pages(string margin)
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf(Document(margin), new PdfRenderOptions());
        Assert.That(result.Messages, Is.Empty);
        var document = PdfDocument.Open(result.Pdf);
        return document.GetPages().ToArray();
    }

    private static string Header(UglyToad.PdfPig.Content.Page page) =>
        string.Join(" ", page.GetWords().Where(w => w.BoundingBox.Bottom > page.Height - 50).Select(w => w.Text));

    [Test]
    public void A_running_element_leaves_the_flow_and_heads_every_page_with_its_image_and_style()
    {
        var pages = Pages("content: element(head)");

        Assert.That(pages, Has.Length.EqualTo(3));
        Assert.That(pages.Select(Header), Is.EqualTo(new[] { "Council Brief", "Annex header", "Annex header" }),
            "first: the first element set on the page (the annex header, after page 2's text), else the one in force");
        var first = pages[0];
        Assert.That(first.GetWords().First(w => w.Text == "Body").BoundingBox.Top, Is.InRange(145, 150), "the body starts at the top of the content box: the element left the flow");
        var logo = first.GetImages().Single();
        var brief = first.GetWords().Single(w => w.Text == "Brief");
        Assert.That(brief.BoundingBox.Right, Is.EqualTo(280).Within(1), "its own text-align: right, across the band");
        Assert.That(logo.BoundingBox.Right, Is.LessThan(first.GetWords().Single(w => w.Text == "Council").BoundingBox.Left), "the logo before the title, as in the flow");
        Assert.That((logo.BoundingBox.Bottom + logo.BoundingBox.Top) / 2, Is.EqualTo(175).Within(4), "centred in the 50 pt top band");
    }

    [Test]
    public void The_start_and_last_policies_choose_as_for_strings()
    {
        Assert.That(Pages("content: element(head, start)").Select(Header), Is.EqualTo(new[] { "Council Brief", "Council Brief", "Annex header" }),
            "start: the element in force as the page begins (page 1's is its first element)");
        Assert.That(Pages("content: element(head, first-except)").Select(Header), Is.EqualTo(new[] { "", "", "Annex header" }),
            "first-except: nothing on a page that sets it");
    }

    /// <summary>The pages of a document whose top-centre box shows the running element <c>title</c>.</summary>
    private static UglyToad.PdfPig.Content.Page[] PagesOf(string body, string policy = "first")
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf($$"""
            <!DOCTYPE html><html lang="en"><head><title>Inline</title><style>
            @page { size: 300pt 200pt; margin: 50pt 20pt; @top-center { content: element(title, {{policy}}) } }
            body { margin: 0; font-size: 10pt; line-height: 12pt }
            p { margin: 0 }
            .title { position: running(title); font-weight: bold }
            .new { break-before: page }
            </style></head><body>{{body}}</body></html>
            """, new PdfRenderOptions());
        Assert.That(result.Messages, Is.Empty);
        return PdfDocument.Open(result.Pdf).GetPages().ToArray();
    }

    private static string Body(UglyToad.PdfPig.Content.Page page) =>
        string.Join(" ", page.GetWords().Where(w => w.BoundingBox.Bottom <= page.Height - 50).OrderByDescending(w => Math.Round(w.BoundingBox.Bottom)).ThenBy(w => w.BoundingBox.Left).Select(w => w.Text));

    [Test]
    public void An_inline_running_element_leaves_its_paragraphs_lines_as_they_would_be_without_it()
    {
        var with = PagesOf("""<p>Alpha beta <span class="title">Annual Report</span>gamma delta</p><p>Next</p>""");
        var without = PagesOf("""<p>Alpha beta gamma delta</p><p>Next</p>""");

        Assert.That(with, Has.Length.EqualTo(1));
        Assert.That(Header(with[0]), Is.EqualTo("Annual Report"), "shown in the margin box");
        var header = with[0].GetWords().Where(w => w.BoundingBox.Bottom > with[0].Height - 50).ToArray();
        Assert.That((header.Min(w => w.BoundingBox.Left) + header.Max(w => w.BoundingBox.Right)) / 2, Is.EqualTo(150).Within(1),
            "set as inline content of the top-centre box: centred by its text-align, as WeasyPrint sets it");
        Assert.That(Body(with[0]), Is.EqualTo("Alpha beta gamma delta Next"), "out of the flow: not in the body");
        var words = with[0].GetWords().Where(w => w.BoundingBox.Bottom <= with[0].Height - 50).ToArray();
        Assert.That(words.Take(4).Select(w => Math.Round(w.BoundingBox.Bottom, 1)).Distinct().Count(), Is.EqualTo(1), "one line: the paragraph is not split");
        Assert.That(words.Select(w => (w.Text, Math.Round(w.BoundingBox.Left, 1), Math.Round(w.BoundingBox.Bottom, 1))),
            Is.EqualTo(without[0].GetWords().Where(w => w.BoundingBox.Bottom <= without[0].Height - 50).Select(w => (w.Text, Math.Round(w.BoundingBox.Left, 1), Math.Round(w.BoundingBox.Bottom, 1)))),
            "every word where it is without the element");
    }

    [Test]
    public void An_inline_running_element_is_set_by_the_page_its_place_in_the_text_lands_on()
    {
        var body = """
            <p>First page</p>
            <p class="new">Second <em>page <span class="title">Chapter Two</span></em>text</p>
            <p class="new">Third page</p>
            """;

        Assert.That(PagesOf(body).Select(Header), Is.EqualTo(new[] { "", "Chapter Two", "Chapter Two" }), "first: from the page it stands on");
        Assert.That(PagesOf(body, "start").Select(Header), Is.EqualTo(new[] { "", "", "Chapter Two" }), "start: set after the page's first text, so not at its start");
        Assert.That(PagesOf("""<p><span class="title">Lead</span>Body</p>""", "start").Select(Header), Is.EqualTo(new[] { "Lead" }),
            "start: before any text of the page, it is the page's first element");
    }
}
