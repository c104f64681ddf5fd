using BriefingCompiler.Pdf.Images;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Tests.Layout;
using SkiaSharp;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Images;

/// <summary>The paint command for images, drawn by the Skia painters: one PDF image per resource, vectors stay vectors.</summary>
public class ImagePaintingTests
{
    private static byte[] Pdf(params PagePaint[] pages)
    {
        using var painter = new CanvasPainter(new MonospaceTextSystem());
        return new PdfDocumentWriter(painter).Write(pages, [], new DocumentMetadata(null, null, null, null, null), new PdfRenderOptions());
    }

    private static PagePaint Page(params PaintCommand[] commands) => new(200, 200, commands);

    [Test]
    public void An_image_drawn_on_every_page_is_embedded_once()
    {
        var logo = TestImages.PngResource(64, 32);
        var draw = new DrawImage(logo, SKRect.Create(10, 10, 48, 24), SKRect.Create(0, 0, 200, 200), "Logo");

        using var pdf = PdfDocument.Open(Pdf(Page(draw), Page(draw), Page(draw with { Destination = SKRect.Create(50, 50, 96, 48) })));

        var images = Enumerable.Range(1, 3).Select(n => pdf.GetPage(n).GetImages().ToList()).ToList();
        Assert.That(images.Select(i => i.Count), Is.EqualTo(new[] { 1, 1, 1 }));
        Assert.That(images.Select(i => i[0].WidthInSamples).Distinct(), Is.EqualTo(new[] { 64 }));
        var objects = System.Text.Encoding.Latin1.GetString(Pdf(Page(draw), Page(draw), Page(draw)));
        Assert.That(System.Text.RegularExpressions.Regex.Count(objects, @"/Subtype\s*/Image"), Is.EqualTo(1), "one image XObject for three pages");
        Assert.That(images[0][0].BoundingBox.Width, Is.EqualTo(48).Within(0.1));
        Assert.That(images[0][0].BoundingBox.Top, Is.EqualTo(190).Within(0.1), "PDF's y runs up: 10 pt from the top of a 200 pt page");
    }

    [Test]
    public void A_jpeg_is_passed_through_without_re_encoding()
    {
        var jpeg = TestImages.Png(40, 20, SKEncodedImageFormat.Jpeg);
        var resource = new ImageResource("photo.jpg", ImageFormat.Jpeg, jpeg, 40, 20);

        var bytes = Pdf(Page(new DrawImage(resource, SKRect.Create(0, 0, 40, 20), SKRect.Create(0, 0, 200, 200), null)));

        Assert.That(System.Text.Encoding.Latin1.GetString(bytes), Does.Contain("/DCTDecode"));
        Assert.That(bytes.AsSpan().IndexOf(jpeg), Is.GreaterThan(0), "the JPEG's own bytes are in the PDF");
    }

    [Test]
    public void A_vector_image_is_written_as_paths_not_as_an_image()
    {
        var draw = new DrawImage(TestImages.VectorResource(), SKRect.Create(20, 20, 100, 50), SKRect.Create(0, 0, 200, 200), "Emblem");

        using var pdf = PdfDocument.Open(Pdf(Page(draw)));

        var page = pdf.GetPage(1);
        Assert.That(page.GetImages(), Is.Empty);
        var filled = page.Paths.Where(p => p.IsFilled).ToList();
        Assert.That(filled, Has.Count.GreaterThanOrEqualTo(1));
        Assert.That(page.Paths.Any(p => p.IsStroked), Is.True);
    }

    [Test]
    public void The_preview_draws_the_same_image_in_the_same_place()
    {
        var draw = new DrawImage(TestImages.PngResource(64, 32), SKRect.Create(0, 0, 100, 50), SKRect.Create(0, 0, 200, 200), null);
        var vector = new DrawImage(TestImages.VectorResource(), SKRect.Create(0, 100, 100, 50), SKRect.Create(0, 0, 200, 200), null);
        using var painter = new CanvasPainter(new MonospaceTextSystem());

        var raster = new PageRasterizer(painter).Rasterize(Page(draw, vector), 72);

        Assert.That(Pixel(raster, 20, 25), Is.EqualTo(SKColors.Red));
        Assert.That(Pixel(raster, 80, 25), Is.EqualTo(SKColors.Blue));
        Assert.That(Pixel(raster, 150, 25), Is.EqualTo(SKColors.White));
        Assert.That(Pixel(raster, 20, 125), Is.EqualTo(new SKColor(0xFF00A000)), "the vector image's green half");
        Assert.That(Pixel(raster, 75, 145), Is.EqualTo(SKColors.White));
    }

    [Test]
    public void The_clip_cuts_an_image_reaching_past_it()
    {
        var draw = new DrawImage(TestImages.PngResource(64, 32), SKRect.Create(0, 0, 100, 50), SKRect.Create(0, 0, 40, 50), null);
        using var painter = new CanvasPainter(new MonospaceTextSystem());

        var raster = new PageRasterizer(painter).Rasterize(Page(draw), 72);

        Assert.That(Pixel(raster, 20, 25), Is.EqualTo(SKColors.Red));
        Assert.That(Pixel(raster, 60, 25), Is.EqualTo(SKColors.White));
    }

    internal static SKColor Pixel(PageRaster raster, int x, int y)
    {
        var at = (y * raster.Width + x) * PageRaster.BytesPerPixel;
        return new SKColor(raster.Rgba[at], raster.Rgba[at + 1], raster.Rgba[at + 2], raster.Rgba[at + 3]);
    }
}
