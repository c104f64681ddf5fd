using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>Pages as pixels: the caller's page size and margins over @page, and PNGs that encode exactly those pixels.</summary>
public class PageRasterTests
{
    private const string Document = """
        <!DOCTYPE html><html><head><style>@page { size: A5; margin: 2cm } body { margin: 0 }
        div { width: 75pt; padding-top: 75pt; background: #ff0000 }</style></head><body><div></div></body></html>
        """;

    [Test]
    public void Options_set_page_size_and_margins_over_the_documents_page_rules()
    {
        using var catalog = new FontCatalog();
        var renderer = new PdfRenderer(catalog);

        var own = renderer.RenderRaster(Document, new PdfRenderOptions()).Pages.Single();
        var set = renderer.RenderRaster(Document, new PdfRenderOptions { PageSize = new PageSize(600, 450), PageMargin = 0, PreviewDpi = 96 }).Pages.Single();

        Assert.Multiple(() =>
        {
            Assert.That((own.Width, own.Height), Is.EqualTo((560, 794)), "A5 at 96 dpi, from @page");
            Assert.That(Pixel(own, 80, 80), Is.EqualTo(SKColors.Red), "the 2 cm margin puts the square at 76 px");
            Assert.That(Pixel(own, 70, 80), Is.EqualTo(SKColors.White));
            Assert.That((set.Width, set.Height), Is.EqualTo((800, 600)));
            Assert.That(Pixel(set, 0, 0), Is.EqualTo(SKColors.Red), "no margin");
            Assert.That(Pixel(set, 99, 99), Is.EqualTo(SKColors.Red));
            Assert.That(Pixel(set, 100, 99), Is.EqualTo(SKColors.White));
        });
    }

    [Test]
    public void A_page_too_large_for_a_preview_is_drawn_at_a_lower_resolution_with_a_warning()
    {
        // Issue 20 #14: a 14,400 pt page as a PNG at 96 dpi took 1.46 GB.
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf(
            "<!DOCTYPE html><html><head><style>@page { size: 14400pt 14400pt; margin: 0 }</style></head><body><p>x</p></body></html>",
            new PdfRenderOptions { IncludePreviews = true, PreviewDpi = 96 });

        using var preview = SKBitmap.Decode(result.Previews.Single());
        Assert.That((long)preview.Width * preview.Height, Is.LessThanOrEqualTo(PageRasterizer.MaxPixels));
        Assert.That(Math.Max(preview.Width, preview.Height), Is.LessThanOrEqualTo(PageRasterizer.MaxSide));
        Assert.That(preview.Width, Is.EqualTo(preview.Height).Within(1), "scaled down, not cut");
        var warning = result.Messages.Single(m => m.Code == "PDF303");
        Assert.That(warning.Message, Does.Contain("Page 1 (14400 × 14400 pt)"));
        Assert.That(result.Pdf.AsSpan().StartsWith("%PDF-"u8), Is.True);
    }

    [Test]
    public void An_ordinary_page_is_drawn_at_the_asked_resolution_without_a_warning()
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf(Document, new PdfRenderOptions { IncludePreviews = true, PreviewDpi = 300 });
        using var preview = SKBitmap.Decode(result.Previews.Single());
        Assert.That((preview.Width, result.Messages.Any(m => m.Code == "PDF303")), Is.EqualTo((1750, false)), "A5 (420 pt: page sizes are whole points) at 300 dpi");
    }

    [Test]
    public void A_PNG_holds_exactly_the_raster_pixels()
    {
        using var catalog = new FontCatalog();
        var raster = new PdfRenderer(catalog).RenderRaster("<!DOCTYPE html><html><body><p>Some text, anti-aliased</p></body></html>", new PdfRenderOptions()).Pages.Single();

        using var decoded = SKBitmap.Decode(raster.EncodePng());
        using var rgba = decoded.Copy(SKColorType.Rgba8888);

        Assert.That(rgba.Bytes, Is.EqualTo(raster.Rgba));
    }

    [Test]
    public void Glyphs_that_abut_leave_no_seam_between_them()
    {
        // U+2588 FULL BLOCK in Noto Sans Math is a 1000-unit square on a 1000-unit advance: at 15 pt (20 px at
        // 96 dpi) two of them make one black bar 40 px wide. Drawn at 15 pt under the 4/3 scale, each came out
        // 19.93 px wide, leaving a grey column (18 of 255) at x = 19 and x = 39.
        const string html = """
            <!DOCTYPE html><html><head><style>body { margin: 0 }
            div { font: 15pt/30pt "Noto Sans Math"; color: black }</style></head><body><div>██</div></body></html>
            """;
        using var catalog = new FontCatalog();
        var page = new PdfRenderer(catalog).RenderRaster(html, new PdfRenderOptions { PageSize = new PageSize(600, 450), PageMargin = 0, PreviewDpi = 96 }).Pages.Single();

        var row = Enumerable.Range(0, 41).Select(x => Pixel(page, x, 20)).ToArray();
        Assert.That(row[..40], Is.All.EqualTo(SKColors.Black), string.Join(" ", row.Select(c => c.Red)));
        Assert.That(row[40], Is.EqualTo(SKColors.White));
    }

    [TestCase("800px 600px", 600f, 450f)]
    [TestCase("210mm 297mm", 595.2756f, 841.8898f)]
    [TestCase("A4", 595.2756f, 841.8898f)]
    [TestCase("a4 landscape", 841.8898f, 595.2756f)]
    [TestCase("letter", 612f, 792f)]
    [TestCase("5in", 360f, 360f)]
    public void Page_sizes_are_read_as_CSS_writes_them(string text, float width, float height)
    {
        var size = PageSize.Parse(text);
        Assert.That(size, Is.Not.Null);
        Assert.That(size!.Value.Width, Is.EqualTo(width).Within(0.01));
        Assert.That(size.Value.Height, Is.EqualTo(height).Within(0.01));
    }

    [TestCase("800 600")]
    [TestCase("0px 600px")]
    [TestCase("1px 1px")]
    [TestCase("100000px 10px")]
    [TestCase("big")]
    [TestCase("A4 page.html")]
    [TestCase("1px 2px 3px")]
    [TestCase("")]
    public void Sizes_that_are_no_usable_page_are_refused(string text) => Assert.That(PageSize.Parse(text), Is.Null);

    private static SKColor Pixel(BriefingCompiler.Pdf.Rendering.PageRaster page, int x, int y)
    {
        var at = (y * page.Width + x) * 4;
        return new SKColor(page.Rgba[at], page.Rgba[at + 1], page.Rgba[at + 2], page.Rgba[at + 3]);
    }
}
