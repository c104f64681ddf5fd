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
        return PdfDocumentWriter.Write(pages, [], new DocumentMetadata(null, null, null, null, null), new PdfRenderOptions());
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
    public void In_the_pdf_a_gradient_is_a_shading_and_a_translucent_png_has_a_soft_mask()
    {
        var square = new VectorPath([new MoveTo(0, 0), new LineTo(10, 0), new LineTo(10, 10), new LineTo(0, 10), new ClosePath()]);
        var gradient = new LinearGradientPaint(0, 0, 10, 0, [new GradientStop(0, 0xFFFF0000), new GradientStop(0.5f, 0xFF00FF00), new GradientStop(1, 0xFF0000FF)]);
        var svg = new ImageResource("g.svg", ImageFormat.Svg, [], 10, 10,
            new VectorImage(new IntrinsicSize(7.5f, 7.5f, 1), new ViewBox(0, 0, 10, 10), false, [new VectorShape(square, gradient, null)]));
        using var bitmap = new SKBitmap(new SKImageInfo(4, 4, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        bitmap.Erase(new SKColor(0, 0, 255, 128));
        using var encoded = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        var translucent = new ImageResource("t.png", ImageFormat.Png, encoded.ToArray(), 4, 4);

        var bytes = Pdf(Page(
            new DrawImage(svg, SKRect.Create(0, 0, 50, 50), SKRect.Create(0, 0, 200, 200), null),
            new DrawImage(translucent, SKRect.Create(100, 100, 40, 40), SKRect.Create(0, 0, 200, 200), null)));
        var objects = BriefingCompiler.Pdf.Tests.Rendering.PdfObjectText.Of(bytes);

        Assert.That(objects, Does.Contain("/ShadingType 2").And.Contain("/FunctionType 3"), "three stops: a stitching of two interpolations");
        Assert.That(objects, Does.Contain(" sh"));
        Assert.That(objects, Does.Contain("/SMask"), "the PNG's alpha as a soft mask");
        using var pdf = PdfDocument.Open(bytes);
        Assert.That(pdf.GetPage(1).GetImages().Count(), Is.EqualTo(1));
    }

    [Test]
    public void The_preview_draws_the_same_image_in_the_same_place()
    {
        var draw = new DrawImage(TestImages.PngResource(64, 32), SKRect.Create(0, 0, 100, 50), SKRect.Create(0, 0, 200, 200), null);
        var vector = new DrawImage(TestImages.VectorResource(), SKRect.Create(0, 100, 100, 50), SKRect.Create(0, 0, 200, 200), null);
        using var painter = new CanvasPainter();

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
        using var painter = new CanvasPainter();

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
