using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using SkiaSharp;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// SVG backgrounds as browsers size and draw them (CSS Backgrounds 3 §3.9, CSS Images 3 §5.3): an SVG without a
/// viewBox is laid out in a viewport of the size it is drawn at (its percentages resolve against it), a missing
/// background size comes from the ratio, else the image's own size, else the area; and the PDF tiles a repeated
/// vector background as the raster preview does.
/// </summary>
public class VectorBackgroundTests
{
    /// <summary>The folder the test images are written to (a CSS url() is read from the document's resource folder).</summary>
    private static readonly string Folder = Directory.CreateTempSubdirectory("briefc-vector-background-").FullName;

    /// <summary>An SVG file of lime over its top half, aqua over its bottom half, whatever its viewport; its name.</summary>
    private static string Halves(string rootAttributes)
    {
        var name = $"halves-{Math.Abs(rootAttributes.GetHashCode(StringComparison.Ordinal))}.svg";
        File.WriteAllText(Path.Combine(Folder, name),
            $"""<svg xmlns="http://www.w3.org/2000/svg" {rootAttributes}><rect width="100%" height="50%" fill="lime"/><rect y="50%" width="100%" height="50%" fill="aqua"/></svg>""");
        return name;
    }

    private static readonly SKColor Lime = new(0, 255, 0), Aqua = new(0, 255, 255);

    private static PageRaster Render(string style)
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderRaster(
            $"<!DOCTYPE html><html><head><style>body {{ margin: 0 }} div {{ {style} }}</style></head><body><div></div></body></html>",
            new PdfRenderOptions { PageSize = new PageSize(600, 450), PageMargin = 0, PreviewDpi = 96, ResourceFolder = Folder });
        return result.Pages[0];
    }

    private static SKColor Pixel(PageRaster page, int x, int y)
    {
        var at = (y * page.Width + x) * 4;
        return new SKColor(page.Rgba[at], page.Rgba[at + 1], page.Rgba[at + 2], page.Rgba[at + 3]);
    }

    [Test]
    public void An_svg_with_no_size_and_no_viewbox_fills_the_area_laid_out_at_its_size()
    {
        var page = Render($"width: 400px; height: 100px; background: url({Halves("height=\"50%\"")}) no-repeat");

        Assert.Multiple(() =>
        {
            Assert.That(Pixel(page, 395, 20), Is.EqualTo(Lime), "the whole width, not a centred 2:1 image");
            Assert.That(Pixel(page, 5, 80), Is.EqualTo(Aqua));
            Assert.That(Pixel(page, 200, 45), Is.EqualTo(Lime), "half of the 100 px viewport");
            Assert.That(Pixel(page, 200, 55), Is.EqualTo(Aqua));
        });
    }

    [Test]
    public void A_width_alone_takes_the_height_of_the_area_when_the_image_has_no_ratio()
    {
        var page = Render($"width: 400px; height: 100px; background: url({Halves("width=\"8px\"")}) no-repeat; background-size: 12px auto");

        Assert.Multiple(() =>
        {
            Assert.That(Pixel(page, 10, 45), Is.EqualTo(Lime), "12 px wide");
            Assert.That(Pixel(page, 10, 55), Is.EqualTo(Aqua), "as tall as the area");
            Assert.That(Pixel(page, 14, 20), Is.EqualTo(SKColors.White));
        });
    }

    [Test]
    public void Contain_stretches_an_image_without_a_ratio_over_the_area()
    {
        var page = Render($"width: 400px; height: 100px; background: url({Halves("width=\"50%\"")}) no-repeat; background-size: contain");

        Assert.Multiple(() =>
        {
            Assert.That(Pixel(page, 395, 45), Is.EqualTo(Lime));
            Assert.That(Pixel(page, 395, 55), Is.EqualTo(Aqua));
        });
    }

    [Test]
    public void The_pdf_draws_every_tile_of_a_repeated_vector_background()
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf(
            $"<!DOCTYPE html><html><head><style>body {{ margin: 0 }} div {{ width: 100px; height: 20px; background: url({Halves("width=\"20px\" height=\"20px\"")}) repeat-x }}</style></head><body><div></div></body></html>",
            new PdfRenderOptions { PageSize = new PageSize(600, 450), PageMargin = 0, ResourceFolder = Folder });

        using var document = PdfDocument.Open(result.Pdf);
        Assert.That(document.GetPage(1).Paths.Count(p => p.IsFilled), Is.EqualTo(5 * 2), "five 20 px tiles of two rectangles across 100 px");
    }
}
