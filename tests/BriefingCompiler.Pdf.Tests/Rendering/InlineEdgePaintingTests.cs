using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Tests.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>An inline element's border and background are drawn around the room its border and padding take
/// (CSS 2.1 §10.3.1, §14.2), its margin left outside them.</summary>
public class InlineEdgePaintingTests
{
    private static PageRaster Raster(string body, string css)
    {
        var html = $$"""
            <!DOCTYPE html><html><head><style>body { margin: 0; font: 20px/40px sans-serif } {{css}}</style></head><body>{{body}}</body></html>
            """;
        using var catalog = new FontCatalog();
        return new PdfRenderer(catalog).RenderRaster(html, new PdfRenderOptions { PageSize = new PageSize(225, 150), PageMargin = 0, PreviewDpi = 96 }).Pages.Single();
    }

    [Test]
    public void The_left_border_padding_and_right_border_stand_in_their_own_room()
    {
        var raster = Raster("""<div><span>&#160;</span></div>""",
            "span { margin-left: 10px; border-left: 10px solid green; padding: 0 20px; border-right: 10px solid blue; background: yellow }");

        // The line is 40 px tall; its text (and the span's box) around the middle, y = 20.
        Assert.That(ImagePaintingTests.Pixel(raster, 5, 20), Is.EqualTo(SKColors.White), "the margin: no background");
        Assert.That(ImagePaintingTests.Pixel(raster, 15, 20), Is.EqualTo(new SKColor(0, 128, 0)), "the left border, after the margin");
        Assert.That(ImagePaintingTests.Pixel(raster, 30, 20), Is.EqualTo(new SKColor(255, 255, 0)), "the padding: background");
        // margin 10 + border 10 + padding 20 + a no-break space + padding 20, then the right border.
        var right = Enumerable.Range(40, 60).First(x => ImagePaintingTests.Pixel(raster, x, 20) == new SKColor(0, 0, 255));
        Assert.That(right, Is.GreaterThan(60), "the right border comes after the right padding");
        Assert.That(ImagePaintingTests.Pixel(raster, right + 12, 20), Is.EqualTo(SKColors.White), "and is 10 px wide");
    }
}
