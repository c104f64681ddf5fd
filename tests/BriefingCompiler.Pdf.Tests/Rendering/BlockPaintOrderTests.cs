using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Tests.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// A block's background and borders are painted before its content (CSS 2.1 Appendix E): a child pulled over its
/// parent's border by a negative margin covers that border (the W3C tests padding-left-0xx, margin-right-0xx).
/// </summary>
public class BlockPaintOrderTests
{
    private static PageRaster Raster(string body, string css)
    {
        var html = $$"""
            <!DOCTYPE html><html><head><style>body { margin: 0 } {{css}}</style></head><body>{{body}}</body></html>
            """;
        using var catalog = new FontCatalog();
        return new PdfRenderer(catalog).RenderRaster(html, new PdfRenderOptions { PageSize = new PageSize(150, 150), PageMargin = 0, PreviewDpi = 96 }).Pages.Single();
    }

    [Test]
    public void A_child_with_a_negative_margin_covers_its_parents_border()
    {
        var raster = Raster(
            """<div id="parent"><div id="child"></div></div>""",
            """
            div { height: 50px }
            #parent { border-left: 16px solid red; padding-left: 20px }
            #child { border-left: 16px solid green; margin-left: -36px }
            """);

        Assert.That(ImagePaintingTests.Pixel(raster, 8, 25), Is.EqualTo(new SKColor(0, 128, 0)));
    }

    [Test]
    public void A_child_background_covers_its_parents_bottom_border_where_it_overflows()
    {
        var raster = Raster(
            """<div id="parent"><div id="child"></div></div>""",
            """
            #parent { height: 40px; border-bottom: 10px solid red }
            #child { height: 60px; background: green }
            """);

        Assert.That(ImagePaintingTests.Pixel(raster, 20, 45), Is.EqualTo(new SKColor(0, 128, 0)));
    }
}
