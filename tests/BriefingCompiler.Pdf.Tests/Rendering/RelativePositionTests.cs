using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>position: relative as pixels on an 800 × 600 px page without margins: laid out in place, painted moved.</summary>
public class RelativePositionTests
{
    private static (PageRaster Page, IReadOnlyList<PdfMessage> Messages) Render(string style, string body)
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderRaster(
            $"<!DOCTYPE html><html><head><style>body {{ margin: 0 }} {style}</style></head><body>{body}</body></html>",
            new PdfRenderOptions { PageSize = new PageSize(600, 450), PageMargin = 0, PreviewDpi = 96 });
        return (result.Pages.Single(), result.Messages);
    }

    private static SKColor Pixel(PageRaster page, int x, int y)
    {
        var at = (y * page.Width + x) * 4;
        return new SKColor(page.Rgba[at], page.Rgba[at + 1], page.Rgba[at + 2], page.Rgba[at + 3]);
    }

    [Test]
    public void A_relatively_positioned_block_is_painted_moved_and_what_follows_stays_in_place()
    {
        var (page, messages) = Render(
            "div { width: 100px; height: 100px } .moved { position: relative; left: 50px; top: 20px; background: black } .child { width: 10px; height: 10px; background: blue } .next { background: green }",
            """<div class="moved"><div class="child"></div></div><div class="next"></div>""");

        Assert.Multiple(() =>
        {
            Assert.That(Pixel(page, 25, 50), Is.EqualTo(SKColors.White), "where the box was laid out");
            Assert.That(Pixel(page, 120, 50), Is.EqualTo(SKColors.Black), "where it is painted");
            Assert.That(Pixel(page, 55, 25), Is.EqualTo(SKColors.Blue), "its child moves with it");
            Assert.That(Pixel(page, 120, 115), Is.EqualTo(SKColors.Black), "painted over the next box");
            Assert.That(Pixel(page, 25, 150), Is.EqualTo(new SKColor(0, 128, 0)), "the next box was laid out after the unmoved box");
            Assert.That(messages.Select(m => m.Code), Does.Not.Contain("PDF101"));
        });
    }

    [TestCase("left: 25%; right: 90%", 150)]
    [TestCase("right: -25%", 150)]
    [TestCase("right: 50px; left: auto", -50)]
    public void Left_wins_over_right_and_percentages_are_of_the_containing_block(string offsets, int expectedLeft)
    {
        var (page, _) = Render(
            $".outer {{ width: 600px; margin-left: 100px }} .box {{ width: 100px; height: 100px; background: black; position: relative; {offsets} }}",
            """<div class="outer"><div class="box"></div></div>""");

        var left = 100 + expectedLeft;
        Assert.Multiple(() =>
        {
            Assert.That(Pixel(page, left + 2, 50), Is.EqualTo(SKColors.Black));
            Assert.That(Pixel(page, left - 2, 50), Is.EqualTo(SKColors.White));
        });
    }

    [Test]
    public void Bottom_moves_up_and_a_percentage_of_an_auto_height_is_ignored()
    {
        var (bottom, _) = Render(".a { height: 200px } .box { width: 100px; height: 100px; background: black; position: relative; top: auto; bottom: 50px }", """<div class="a"></div><div class="box"></div>""");
        var (percent, _) = Render(".box { width: 100px; height: 100px; background: black; position: relative; top: 50% }", """<div class="box"></div>""");

        Assert.Multiple(() =>
        {
            Assert.That(Pixel(bottom, 50, 152), Is.EqualTo(SKColors.Black));
            Assert.That(Pixel(bottom, 50, 252), Is.EqualTo(SKColors.White));
            Assert.That(Pixel(percent, 50, 2), Is.EqualTo(SKColors.Black), "the body's height is auto: top: 50% counts as auto");
        });
    }

    [Test]
    public void A_relatively_positioned_inline_element_moves_its_text_only()
    {
        var style = "p { margin: 0; font: 40px/50px sans-serif }";
        var (page, messages) = Render(style, "<p><span style=\"position: relative; top: 100px; left: 10px; background: black\">XXX</span></p>");

        Assert.Multiple(() =>
        {
            Assert.That(Enumerable.Range(0, 50).Any(y => Pixel(page, 30, y).Red < 128), Is.False, "nothing on the line where it was laid out");
            Assert.That(Pixel(page, 30, 125), Is.EqualTo(SKColors.Black), "its background 100 px lower");
            Assert.That(Pixel(page, 5, 125), Is.EqualTo(SKColors.White), "and 10 px to the right");
            Assert.That(messages.Select(m => m.Code), Does.Not.Contain("PDF101"));
        });
    }

    [Test]
    public void A_block_and_a_float_inside_a_relatively_positioned_inline_element_move_with_it()
    {
        // CSS 2.1 §9.2.1.1: the inline is split around the block-level boxes, and its relative offset moves them too;
        // nested offsets add up, and a relatively positioned float inside keeps its own offset on top of them.
        var (page, _) = Render(
            ".box { font: 20px/20px sans-serif } .outer { position: relative; left: 100px } .inner { position: relative; top: 50px }"
            + " .block { width: 50px; height: 20px; background: blue } .float { float: left; width: 50px; height: 20px; background: green; position: relative; left: 200px }",
            """<div class="box"><span class="outer">x<span class="inner"><div class="block"></div></span><span class="float"></span></span></div>""");

        Assert.Multiple(() =>
        {
            Assert.That(Pixel(page, 25, 30), Is.EqualTo(SKColors.White), "the block is not where it was laid out");
            Assert.That(Pixel(page, 125, 80), Is.EqualTo(SKColors.Blue), "it is moved by both inlines around it");
            Assert.That(Pixel(page, 325, 50), Is.EqualTo(new SKColor(0, 128, 0)), "the float: its own offset and the outer inline's");
            Assert.That(Pixel(page, 25, 50), Is.EqualTo(SKColors.White), "the float is not where it was laid out");
        });
    }
}
