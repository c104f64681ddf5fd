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

    [TestCase("ltr", "Latin \u0639\u0631\u0628\u064A")]
    [TestCase("ltr", "\u0639\u0631\u0628\u064A Latin")]
    [TestCase("rtl", "Latin \u0639\u0631\u0628\u064A")]
    [TestCase("rtl", "\u0639\u0631\u0628\u064A Latin")]
    public void Content_whose_ends_read_different_ways_has_its_left_border_on_the_left_and_its_right_border_on_the_right(string direction, string text)
    {
        // The element's sides take their physical side from its direction (CSS 2.1 §8.6), not from the letters beside them:
        // Latin first and Arabic last once gave both sides the left border, and no right one.
        var raster = Raster($"""<p dir="{direction}" style="margin: 0; padding: 0 30px">x <span>{text}</span> y</p>""",
            "span { border-left: 6px solid lime; border-right: 6px solid blue; padding: 0 8px }");
        var lime = new SKColor(0, 255, 0);
        var blue = new SKColor(0, 0, 255);
        var coloured = Enumerable.Range(0, raster.Width).Select(x => (X: x, Colour: ImagePaintingTests.Pixel(raster, x, 20)))
            .Where(p => p.Colour == lime || p.Colour == blue).ToList();
        Assert.That(coloured.Count(p => p.Colour == lime), Is.EqualTo(6), "one left border, 6 px wide");
        Assert.That(coloured.Count(p => p.Colour == blue), Is.EqualTo(6), "one right border, 6 px wide");
        Assert.That(coloured[0].Colour, Is.EqualTo(lime), "the left border is the leftmost");
        Assert.That(coloured[^1].Colour, Is.EqualTo(blue), "the right border is the rightmost");
        Assert.That(coloured[^1].X - coloured[0].X, Is.GreaterThan(40), "with the content between them");
    }

    [Test]
    public void An_inline_background_is_as_tall_as_a_line_of_its_font_line_gap_included()
    {
        // CSS 2.1 §10.6.1 leaves the content area's height to the user agent; ours is the font's ascent and descent with half
        // its line gap on each side, so that a span's background is as tall as a block of one normal line in the same
        // font, as the W3C tests comparing the two expect (box-display/display-008 and others). Tinos' line gap is 87/2048
        // em: at 100 px, 4 px that the span's background once lacked.
        var html = """
            <!DOCTYPE html><html><head><style>body { margin: 0; font: 100px serif; line-height: normal }
            #inline span { background: lime } #block { background: blue; width: 60px }</style></head>
            <body><div id="inline"><span>&#160;</span></div><div id="block">&#160;</div></body></html>
            """;
        using var catalog = new FontCatalog();
        var raster = new PdfRenderer(catalog).RenderRaster(html, new PdfRenderOptions { PageSize = new PageSize(225, 300), PageMargin = 0, PreviewDpi = 96 }).Pages.Single();
        int Rows(SKColor colour) => Enumerable.Range(0, raster.Height).Count(y => ImagePaintingTests.Pixel(raster, 10, y) == colour);

        var span = Rows(new SKColor(0, 255, 0));
        var block = Rows(new SKColor(0, 0, 255));
        Assert.That(block, Is.InRange(114, 116), "a block of one normal Tinos line at 100 px: (1825 + 443 + 87) / 2048 em");
        Assert.That(span, Is.InRange(block - 1, block + 1), "the span's background as tall as the block");
    }
}
