using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Tests.Images;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Paging;

/// <summary><c>content: url(…)</c> in a page margin box: the image before the text (after it in right-to-left text),
/// sized by the box's <c>height</c>, centred on the margin band and aligned with the text as one group, on every page.</summary>
public class MarginBoxImageTests
{
    private static readonly string Logo = "data:image/png;base64," + Convert.ToBase64String(TestImages.Png(40, 20));

    private static byte[] Pdf(string direction, string extra = "")
    {
        using var catalog = new FontCatalog();
        var html = $$"""
            <!DOCTYPE html><html lang="en" dir="{{direction}}"><head><style>
            @page { size: 300pt 200pt; margin: 40pt 20pt;
              @top-center { content: url("{{Logo}}") "Committee"; height: 20pt; font-size: 10pt; {{extra}} } }
            body { margin: 0 }
            </style></head><body><p style="break-after: page">One</p><p>Two</p></body></html>
            """;
        var result = new PdfRenderer(catalog).RenderPdf(html, new PdfRenderOptions());
        Assert.That(result.Messages, Is.Empty);
        return result.Pdf;
    }

    [Test]
    public void The_image_goes_before_the_text_on_every_page_as_tall_as_the_boxs_height()
    {
        using var document = PdfDocument.Open(Pdf("ltr"));

        foreach (var page in document.GetPages())
        {
            var image = page.GetImages().Single();
            var word = page.GetWords().Single(w => w.Text == "Committee");
            Assert.Multiple(() =>
            {
                Assert.That(image.BoundingBox.Height, Is.EqualTo(20).Within(0.01));
                Assert.That(image.BoundingBox.Width, Is.EqualTo(40).Within(0.01), "width from the image's ratio");
                // Centred on the 40 pt band at the top of the 200 pt page: from 170 to 190.
                Assert.That(image.BoundingBox.Bottom, Is.EqualTo(170).Within(0.01));
                Assert.That(word.BoundingBox.Left, Is.GreaterThan(image.BoundingBox.Right).And.LessThan(image.BoundingBox.Right + 5), "the text follows the image");
                // Image and text together are centred between the side margins (20 to 280).
                Assert.That((image.BoundingBox.Left + word.BoundingBox.Right) / 2, Is.EqualTo(150).Within(2));
            });
        }
    }

    [Test]
    public void In_right_to_left_text_the_image_follows_the_text_on_its_right()
    {
        using var document = PdfDocument.Open(Pdf("rtl"));

        var page = document.GetPage(1);
        var image = page.GetImages().Single();
        var word = page.GetWords().Single(w => w.Text == "Committee");
        Assert.That(image.BoundingBox.Left, Is.GreaterThan(word.BoundingBox.Right));
    }
}
