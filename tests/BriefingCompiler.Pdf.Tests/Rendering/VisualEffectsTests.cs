using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// CSS 2.1 visual effects as pixels on an 800 × 600 px page without margins: visibility, opacity and
/// overflow: hidden (each was reported as unsupported, or ignored, before).
/// </summary>
public class VisualEffectsTests
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

    private static bool AnyDark(PageRaster page, int left, int top, int right, int bottom)
    {
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                if (Pixel(page, x, y).Red < 128)
                {
                    return true;
                }
            }
        }

        return false;
    }

    [Test]
    public void A_hidden_box_keeps_its_space_but_paints_nothing_while_a_visible_child_paints()
    {
        var (page, messages) = Render(
            "div { height: 100px; width: 100px; background: red; border: 10px solid blue } .shown { visibility: visible; background: green; height: 20px; width: 20px; border: 0 } p { margin: 0; height: 50px; width: 50px; background: green }",
            """<div style="visibility: hidden"><div class="shown"></div></div><p></p>""");

        Assert.Multiple(() =>
        {
            Assert.That(Pixel(page, 50, 80), Is.EqualTo(SKColors.White), "no background of the hidden box");
            Assert.That(Pixel(page, 5, 50), Is.EqualTo(SKColors.White), "no border of the hidden box");
            Assert.That(Pixel(page, 15, 15), Is.EqualTo(new SKColor(0, 128, 0)), "the visible child inside the border");
            Assert.That(Pixel(page, 10, 130), Is.EqualTo(new SKColor(0, 128, 0)), "the paragraph after it sits below the hidden box's 120 px");
            Assert.That(Pixel(page, 10, 119), Is.EqualTo(SKColors.White));
            Assert.That(messages.Select(m => m.Code), Does.Not.Contain("PDF101"));
        });
    }

    [TestCase("hidden")]
    [TestCase("collapse")]
    public void Hidden_text_takes_its_place_on_the_line_but_is_not_drawn(string value)
    {
        var style = "p { margin: 0; font: 40px/50px sans-serif }";
        var (plain, _) = Render(style, "<p>XXX <span>XXX</span></p>");
        var (hidden, _) = Render(style, $"<p>XXX <span style=\"visibility: {value}; background: red\">XXX</span> <span>XXX</span></p>");

        Assert.Multiple(() =>
        {
            Assert.That(AnyDark(hidden, 0, 0, 60, 50), Is.True, "the first word is drawn");
            Assert.That(AnyDark(plain, 100, 0, 160, 50), Is.True, "where the hidden word is when visible");
            Assert.That(AnyDark(hidden, 100, 0, 160, 50), Is.False, "the hidden word and its background are not drawn");
            Assert.That(AnyDark(hidden, 200, 0, 320, 50), Is.True, "the word after it keeps its place after the hidden one");
        });
    }

    [Test]
    public void Opacity_fades_a_box_and_its_descendants_together()
    {
        var (page, messages) = Render(
            "div { width: 100px; height: 100px; background: black } div div { width: 50px; height: 50px; background: black }",
            """<div style="opacity: 0.5"><div></div></div>""");

        Assert.Multiple(() =>
        {
            Assert.That(Pixel(page, 75, 75).Red, Is.InRange(125, 130), "black at half opacity on white");
            Assert.That(Pixel(page, 25, 25).Red, Is.InRange(125, 130), "the child over its parent is one layer, faded once: not darker");
            Assert.That(messages.Select(m => m.Code), Does.Not.Contain("PDF101"));
        });
    }

    [Test]
    public void Opacity_on_an_inline_element_fades_its_text()
    {
        var style = "p { margin: 0; font: 40px/50px sans-serif }";
        var (page, _) = Render(style, "<p><span style=\"opacity: 0.25; background: black\">XXX</span></p>");

        var darkest = Enumerable.Range(0, 40).SelectMany(y => Enumerable.Range(0, 60).Select(x => Pixel(page, x, y + 5).Red)).Min();
        Assert.That(darkest, Is.InRange(185, 195), "black at a quarter opacity on white");
    }

    [Test]
    public void Overflow_hidden_clips_the_content_to_the_padding_box()
    {
        var (page, _) = Render(
            ".clip { width: 100px; height: 100px; border: 10px solid blue; padding: 10px; overflow: hidden } .tall { height: 300px; background: black }",
            """<div class="clip"><div class="tall"></div></div>""");

        Assert.Multiple(() =>
        {
            Assert.That(Pixel(page, 25, 25), Is.EqualTo(SKColors.Black), "the content inside");
            Assert.That(Pixel(page, 50, 125), Is.EqualTo(SKColors.Black), "below the content box, in the padding box");
            Assert.That(Pixel(page, 50, 135), Is.EqualTo(SKColors.Blue), "the bottom border is drawn, not the content over it");
            Assert.That(Pixel(page, 50, 200), Is.EqualTo(SKColors.White), "nothing past the box");
        });
    }

    [Test]
    public void Overflow_visible_lets_the_content_show_past_the_box()
    {
        var (page, _) = Render(
            ".box { width: 100px; height: 100px } .tall { height: 300px; background: black }",
            """<div class="box"><div class="tall"></div></div>""");

        Assert.That(Pixel(page, 50, 200), Is.EqualTo(SKColors.Black));
    }

    [Test]
    public void In_the_PDF_hidden_text_is_absent_and_opacity_is_a_transparency_setting()
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf(
            """<!DOCTYPE html><html><body><div style="opacity: 0.5; background: black">faded</div><p style="visibility: hidden">secret <a href="https://example.org/">link</a></p><p>shown</p></body></html>""",
            new PdfRenderOptions());

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(result.Pdf);
        var page = pdf.GetPage(1);
        var text = string.Concat(page.Letters.Select(l => l.Value));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("faded").And.Contain("shown"));
            Assert.That(text, Does.Not.Contain("secret").And.Not.Contain("link"));
            Assert.That(page.GetAnnotations().Count(), Is.Zero, "a hidden link is not clickable");
            Assert.That(PdfObjectText.Of(result.Pdf), Does.Contain("/ca 0.5/CA 0.5"), "an ExtGState with the layer's opacity, for fill and stroke");
        });
    }

    [Test]
    public void Clip_shows_an_absolutely_positioned_box_and_its_positioned_children_only_inside_the_rectangle()
    {
        // rect(top, right, bottom, left) from the border box's top left corner: 20..60 down, 10..50 across.
        var (page, messages) = Render(
            "#clipped { position: absolute; top: 100px; left: 100px; width: 100px; height: 100px; background: black; clip: rect(20px, 50px, 60px, 10px) } #inner { position: absolute; top: 0; left: 0; width: 200px; height: 200px; background: black }",
            """<div id="clipped"><div id="inner"></div></div>""");

        Assert.Multiple(() =>
        {
            Assert.That(Pixel(page, 130, 140), Is.EqualTo(SKColors.Black), "inside the rectangle");
            Assert.That(AnyDark(page, 100, 100, 200, 119), Is.False, "above its top edge");
            Assert.That(AnyDark(page, 100, 161, 200, 300), Is.False, "below its bottom edge, the positioned child too");
            Assert.That(AnyDark(page, 100, 120, 109, 160), Is.False, "left of its left edge");
            Assert.That(AnyDark(page, 151, 120, 300, 160), Is.False, "right of its right edge, the positioned child too");
            Assert.That(messages.Select(m => m.Code), Does.Not.Contain("PDF101"));
        });
    }

    [TestCase("rect(0px, 0px, 0px, 0px)")]
    [TestCase("rect(+0pt, -0pt, 0in, 0cm)")]
    public void A_clip_rectangle_of_no_area_shows_nothing(string clip)
    {
        var (page, _) = Render($"div {{ position: absolute; width: 1in; height: 1in; background: black; clip: {clip} }}", "<div></div>");

        Assert.That(AnyDark(page, 0, 0, 200, 200), Is.False);
    }

    [Test]
    public void Clip_applies_to_absolutely_positioned_boxes_only()
    {
        var (page, _) = Render("div { position: relative; width: 50px; height: 50px; background: black; clip: rect(0, 0, 0, 0) }", "<div></div>");

        Assert.That(Pixel(page, 25, 25), Is.EqualTo(SKColors.Black));
    }

    [Test]
    public void An_outline_is_drawn_outside_the_border_box_over_the_content_and_takes_no_room()
    {
        var (page, messages) = Render(
            // The body's padding, not a margin: a page truncates the first box's top margin.
            "body { padding: 100px } div { width: 100px; height: 100px; outline: 10px solid black; outline-offset: 5px } p { margin: 0; width: 10px; height: 10px; background: blue }",
            "<div></div><p></p>");

        Assert.Multiple(() =>
        {
            Assert.That(Pixel(page, 90, 150), Is.EqualTo(SKColors.Black), "left side: 5 px offset, then 10 px of outline");
            Assert.That(Pixel(page, 84, 150), Is.EqualTo(SKColors.White), "nothing past its width");
            Assert.That(Pixel(page, 96, 150), Is.EqualTo(SKColors.White), "the offset is left empty");
            Assert.That(Pixel(page, 150, 210), Is.EqualTo(SKColors.Black), "bottom side");
            Assert.That(Pixel(page, 150, 150), Is.EqualTo(SKColors.White), "the box itself is not filled");
            Assert.That(Pixel(page, 105, 202), Is.EqualTo(SKColors.Blue), "the paragraph follows the border box, not the outline");
            Assert.That(Pixel(page, 105, 207), Is.EqualTo(SKColors.Black), "and the outline is drawn over it");
            Assert.That(messages.Select(m => m.Code), Does.Not.Contain("PDF101"));
        });
    }

    [TestCase("outline: 10px none black")]
    [TestCase("outline: 0 solid black")]
    [TestCase("outline: 10px solid black; visibility: hidden")]
    public void No_outline_is_drawn_without_a_style_or_a_width(string outline)
    {
        var (page, _) = Render($"body {{ padding: 100px }} div {{ width: 100px; height: 100px; {outline} }}", "<div></div>");

        Assert.That(AnyDark(page, 80, 80, 220, 220), Is.False);
    }

    [Test]
    public void An_outline_without_a_colour_takes_the_current_colour()
    {
        var (page, _) = Render("body { padding: 100px } div { width: 100px; height: 100px; color: blue; outline: 10px solid }", "<div></div>");

        Assert.That(Pixel(page, 95, 150), Is.EqualTo(SKColors.Blue));
    }

    [Test]
    public void An_outlined_inline_is_framed_around_its_text()
    {
        var (page, _) = Render("p { margin: 50px; font: 20px/40px sans-serif } span { outline: 4px solid blue }", "<p>Text <span>framed</span></p>");

        var blue = 0;
        for (var y = 0; y < 150; y++)
        {
            for (var x = 0; x < 400; x++)
            {
                blue += Pixel(page, x, y) == SKColors.Blue ? 1 : 0;
            }
        }

        Assert.That(blue, Is.GreaterThan(200), "four sides of 4 px around the word");
    }
}
