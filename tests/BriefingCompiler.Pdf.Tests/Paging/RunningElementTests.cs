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
}
