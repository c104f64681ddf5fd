using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Tests.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// Rasters put box edges on whole pixels, as browsers do: a border and a background of the same size at a
/// fractional position give the same pixels (hundreds of W3C reftests compare exactly that), and no edge row is a
/// blend of the box and what lies under it.
/// </summary>
public class PixelSnappingTests
{
    // 10.4 px of padding above: every box below starts 0.4 px into a pixel row.
    private const string Page = """
        <!DOCTYPE html><html><head><style>body { margin: 0; padding-top: 10.4px }
        #border { border-top: 5px solid blue; width: 100px }
        #background { background: blue; height: 5px; width: 100px; margin-top: 10px }
        #thin { border-top: 0.3px solid black; width: 100px; margin-top: 10px }</style></head>
        <body><div id="border"></div><div id="background"></div><div id="thin"></div></body></html>
        """;

    private static PageRaster Raster(string html)
    {
        using var catalog = new FontCatalog();
        return new PdfRenderer(catalog).RenderRaster(html, new PdfRenderOptions { PageSize = new PageSize(150, 60), PageMargin = 0, PreviewDpi = 96 }).Pages.Single();
    }


    private static int[] Column(PageRaster raster, int x, int from, int to) =>
        [.. Enumerable.Range(from, to - from).Select(y => (int)ImagePaintingTests.Pixel(raster, x, y).Red)];

    [Test]
    public void A_border_and_a_background_of_the_same_size_cover_the_same_whole_rows()
    {
        var raster = Raster(Page);

        // The border at 10.4 px covers rows 10–14; the background at 25.4 px rows 25–29 — no grey rows around them.
        Assert.That(Column(raster, 50, 9, 16), Is.EqualTo(new[] { 255, 0, 0, 0, 0, 0, 255 }));
        Assert.That(Column(raster, 50, 24, 31), Is.EqualTo(new[] { 255, 0, 0, 0, 0, 0, 255 }));
        Assert.That(ImagePaintingTests.Pixel(raster, 99, 12), Is.EqualTo(SKColors.Blue), "the right edge at 100 px");
        Assert.That(ImagePaintingTests.Pixel(raster, 100, 12), Is.EqualTo(SKColors.White));
    }

    [Test]
    public void A_border_thinner_than_a_pixel_is_drawn_one_pixel_wide_not_dropped()
    {
        var raster = Raster(Page);

        // 0.3 px at 40.4 px: one whole black row (40), as browsers draw hairlines.
        Assert.That(Column(raster, 50, 39, 42), Is.EqualTo(new[] { 255, 0, 255 }));
    }
}
