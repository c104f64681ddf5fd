using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Tests.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Styling;

/// <summary>In paged media vw, vh, vmin and vmax are percentages of the page area (page size less margins), as Chromium
/// and WeasyPrint print them, not of the paper: pages 300 × 200 px with 20 px margins, a page area of 260 × 160 px.</summary>
public class ViewportUnitTests
{
    private static PageRaster Raster(string body, string css = "")
    {
        using var catalog = new FontCatalog();
        var html = "<!DOCTYPE html><html><head><style>body { margin: 0 } " + css + "</style></head><body>" + body + "</body></html>";
        return new PdfRenderer(catalog).RenderRaster(html, new PdfRenderOptions { PageSize = new PageSize(225, 150), PageMargin = 15, PreviewDpi = 96 }).Pages.Single();
    }

    [Test]
    public void Vw_and_vh_are_percentages_of_the_page_area()
    {
        var raster = Raster("<div style='width: 50vw; height: 50vh; background: #ff0000'></div>");

        Assert.Multiple(() =>
        {
            // The box spans 130 × 80 px from the page area's corner (20, 20).
            Assert.That(ImagePaintingTests.Pixel(raster, 21, 21), Is.EqualTo(SKColors.Red));
            Assert.That(ImagePaintingTests.Pixel(raster, 149, 99), Is.EqualTo(SKColors.Red));
            Assert.That(ImagePaintingTests.Pixel(raster, 151, 50), Is.EqualTo(SKColors.White), "50vw of the 260 px page area, not of the 300 px page");
            Assert.That(ImagePaintingTests.Pixel(raster, 50, 101), Is.EqualTo(SKColors.White), "50vh of the 160 px page area, not of the 200 px page");
        });
    }

    [Test]
    public void Vmin_and_vmax_take_the_page_areas_smaller_and_larger_side()
    {
        var raster = Raster("<div style='width: 50vmax; height: 50vmin; background: #0000ff'></div>");

        Assert.Multiple(() =>
        {
            Assert.That(ImagePaintingTests.Pixel(raster, 149, 99), Is.EqualTo(SKColors.Blue));
            Assert.That(ImagePaintingTests.Pixel(raster, 151, 50), Is.EqualTo(SKColors.White));
            Assert.That(ImagePaintingTests.Pixel(raster, 50, 101), Is.EqualTo(SKColors.White));
        });
    }
}
