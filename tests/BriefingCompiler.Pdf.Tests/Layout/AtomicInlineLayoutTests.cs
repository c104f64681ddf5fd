using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Tests.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// Atomic inlines (CSS 2.1 §10.8): inline-blocks, inline tables and images set in the line of text around them — laid
/// out as blocks (shrink-to-fit), placed by vertical-align, never split, the line grown to hold them. Positions use
/// <see cref="LayoutProbe"/>'s page: 10 pt margins, 12 pt text with a 15 pt line, every character 6 pt wide, ascent
/// 9.6 pt and descent 2.4 pt (so a line's baseline is 1.5 + 9.6 = 11.1 pt below its top). The first line of the page starts
/// below the 10 pt page margin and the paragraph's 12 pt (1em) top margin, which the top of the first page keeps.
/// </summary>
public class AtomicInlineLayoutTests
{
    private const float PageTop = 10 + 12;
    private const float LineBaseline = 11.1f;

    private static IReadOnlyList<PaintCommand> Paint(string body, string css = "") => LayoutProbe.OfBody(body, css).Document.Paints[0].Commands;

    private static float BaselineOf(IReadOnlyList<PaintCommand> commands, string text) =>
        commands.OfType<DrawGlyphs>().Single(g => g.Run.Text == text).BaselineY;

    [Test]
    public void An_inline_block_sits_in_the_line_after_the_text_before_it_with_its_bottom_on_the_baseline()
    {
        var probe = LayoutProbe.OfBody("""<p>ab<span id="b" style="display: inline-block; width: 20pt; height: 10pt; background: red"></span>cd</p>""");

        var (page, rect) = probe.Find("b");
        Assert.That(page, Is.EqualTo(1));
        Assert.That(probe.LinesOf(1), Has.Count.EqualTo(1), "one line: text, box, text");
        Assert.That(rect.Left, Is.EqualTo(10 + 12).Within(0.01), "after two 6 pt characters");
        Assert.That(rect.Width, Is.EqualTo(20).Within(0.01));
        Assert.That(rect.Bottom, Is.EqualTo(PageTop + LineBaseline).Within(0.01), "no line box inside: its bottom margin edge is its baseline");
        var commands = probe.Document.Paints[0].Commands;
        Assert.That(commands.OfType<DrawGlyphs>().Single(g => g.Run.Text == "cd").Bounds.Left, Is.EqualTo(10 + 12 + 20).Within(0.01), "the text after it moves on by its width");
        Assert.That(commands.OfType<FillRectangle>().Any(f => f.Color == 0xFFFF0000 && Math.Abs(f.Rect.Left - rect.Left) < 0.01), "its background is painted where the line put it");
        Assert.That(probe.Document.Messages.Select(m => m.Code), Does.Not.Contain("PDF102"), "inline-block is supported");
    }

    [Test]
    public void An_inline_block_with_an_auto_width_shrinks_to_fit_its_content()
    {
        var probe = LayoutProbe.OfBody("""<p>x<span id="b" style="display: inline-block; border: 1pt solid black; padding: 0 2pt">abc</span></p>""");

        Assert.That(probe.Find("b").Rect.Width, Is.EqualTo(3 * 6 + 2 + 4).Within(0.01), "three characters, borders and padding — not the line's width");
    }

    [Test]
    public void An_inline_block_s_baseline_is_its_last_line_s()
    {
        var commands = Paint("""<p>a<span style="display: inline-block">one<br>two</span>z</p>""");

        Assert.That(BaselineOf(commands, "two"), Is.EqualTo(BaselineOf(commands, "a")).Within(0.01), "the last line inside sits on the line's baseline");
        Assert.That(BaselineOf(commands, "one"), Is.EqualTo(BaselineOf(commands, "a") - 15).Within(0.01), "the first line a line above it");
        Assert.That(BaselineOf(commands, "a") - PageTop, Is.EqualTo(15 + LineBaseline).Within(0.01), "the line grew upwards to hold the box");
    }

    [Test]
    public void An_inline_block_with_overflow_hidden_sits_on_its_bottom_margin_edge()
    {
        var probe = LayoutProbe.OfBody("""<p>a<span id="b" style="display: inline-block; overflow: hidden; margin-bottom: 3pt">one<br>two</span></p>""");

        Assert.That(probe.Find("b").Rect.Bottom + 3, Is.EqualTo(BaselineOf(probe.Document.Paints[0].Commands, "a")).Within(0.01));
    }

    [TestCase("top")]
    [TestCase("bottom")]
    [TestCase("middle")]
    [TestCase("text-top")]
    [TestCase("text-bottom")]
    [TestCase("-4pt")]
    public void Vertical_align_places_the_box_in_the_line(string align)
    {
        var probe = LayoutProbe.OfBody($"""<p>a<span id="b" style="display: inline-block; width: 5pt; height: 40pt; vertical-align: {align}"></span></p>""");

        var rect = probe.Find("b").Rect;
        var baseline = BaselineOf(probe.Document.Paints[0].Commands, "a");
        var lines = new List<LineFragment>();
        LayoutProbe.Walk(probe.Pages[0].Body, 0, 0, (fragment, _) => { if (fragment is LineFragment found) lines.Add(found); });
        var line = lines.Single();
        var expectedTop = align switch
        {
            "top" => PageTop,
            "bottom" => PageTop + line.Height - 40,
            // Its middle half the font's x-height above the baseline (the test face has an x-height of its own, read by Skia).
            "middle" => baseline - 20 - line.Line.Runs[0].Font.XHeightAt(12) / 2,
            "text-top" => baseline - 9.6f,
            "text-bottom" => baseline + 2.4f - 40,
            _ => baseline + 4 - 40,
        };
        Assert.That(rect.Top, Is.EqualTo(expectedTop).Within(0.01));
        Assert.That(line.Height, Is.GreaterThanOrEqualTo(40 - 0.01f), "the line holds the whole box");
        Assert.That(rect.Top, Is.GreaterThanOrEqualTo(PageTop - 0.01f));
        Assert.That(rect.Bottom, Is.LessThanOrEqualTo(PageTop + line.Height + 0.01f));
    }

    [Test]
    public void An_inline_block_that_does_not_fit_the_rest_of_the_line_goes_whole_to_the_next()
    {
        // 180 pt of line: 25 characters (150 pt) leave 30 pt, too little for a 60 pt box.
        var probe = LayoutProbe.OfBody($"""<p>{new string('a', 25)} <span id="b" style="display: inline-block; width: 60pt; height: 5pt"></span> tail</p>""");

        var rect = probe.Find("b").Rect;
        Assert.That(rect.Left, Is.EqualTo(10).Within(0.01), "at the start of the second line");
        Assert.That(rect.Top, Is.GreaterThan(PageTop + 15 - 0.01f));
        Assert.That(probe.All("b"), Has.Count.EqualTo(1), "never split");
    }

    [Test]
    public void Text_align_centres_a_line_with_an_inline_block_by_its_whole_width()
    {
        var probe = LayoutProbe.OfBody("""<p style="text-align: center">ab<span id="b" style="display: inline-block; width: 20pt; height: 5pt"></span></p>""");

        Assert.That(probe.Find("b").Rect.Left, Is.EqualTo(10 + (180 - 32) / 2f + 12).Within(0.01));
    }

    [Test]
    public void A_relatively_positioned_inline_block_and_a_box_positioned_inside_one_are_painted()
    {
        var commands = Paint("""<p>ab<span style="display: inline-block; position: relative; left: 5pt; width: 20pt; height: 10pt; background: #ff0000"><span style="position: absolute; top: 2pt; left: 3pt; width: 4pt; height: 4pt; background: #0000ff"></span></span></p>""");

        var red = commands.OfType<FillRectangle>().Where(f => f.Color == 0xFFFF0000).ToList();
        var blue = commands.OfType<FillRectangle>().Where(f => f.Color == 0xFF0000FF).ToList();
        Assert.That(red, Has.Count.EqualTo(1), "painted once");
        Assert.That(red[0].Rect.Left, Is.EqualTo(10 + 12 + 5).Within(0.01), "moved by its offset");
        Assert.That(blue, Has.Count.EqualTo(1), "the absolutely positioned box inside it is painted");
        Assert.That(blue[0].Rect.Left, Is.EqualTo(10 + 12 + 5 + 3).Within(0.01), "in the padding box of the inline-block, its containing block");
        Assert.That(blue[0].Rect.Top, Is.EqualTo(red[0].Rect.Top + 2).Within(0.01));
        Assert.That(commands.ToList().IndexOf(blue[0]), Is.GreaterThan(commands.ToList().IndexOf(red[0])), "above it");
    }

    [Test]
    public void An_inline_table_is_laid_out_in_the_line()
    {
        var probe = LayoutProbe.OfBody("""<div>ab<table id="t" style="display: inline-table; border-spacing: 0"><tr><td style="padding: 0">xy</td></tr></table>cd</div>""");

        var rect = probe.Find("t").Rect;
        Assert.That(rect.Left, Is.EqualTo(22).Within(0.01));
        Assert.That(rect.Width, Is.EqualTo(12).Within(0.01), "as wide as its cell's text");
        Assert.That(probe.LinesOf(1)[0], Does.StartWith("ab"));
    }

    [Test]
    public void An_image_in_a_line_sits_on_the_baseline_between_the_words()
    {
        var probe = LayoutProbe.OfBody("""<p>ab<svg id="i" width="20" height="10"><rect width="20" height="10" fill="red"/></svg>cd</p>""");

        var rect = probe.Find("i").Rect;
        Assert.That(rect.Left, Is.EqualTo(22).Within(0.01));
        Assert.That(rect.Width, Is.EqualTo(15).Within(0.01), "20 px");
        Assert.That(rect.Bottom, Is.EqualTo(PageTop + LineBaseline).Within(0.01));
        Assert.That(probe.Document.Messages.Select(m => m.Code), Does.Not.Contain("PDF153"), "no longer set on a line of its own");
    }

    [Test]
    public void An_inline_block_taller_than_the_page_is_placed_once_and_the_content_after_it_goes_on()
    {
        var probe = LayoutProbe.OfBody("""<p>a<span id="tall" style="display: inline-block; width: 10pt; height: 500pt"></span>b</p><p id="after" style="display: block">after</p>""");

        Assert.That(probe.All("tall"), Has.Count.EqualTo(1));
        Assert.That(probe.Pages.Count, Is.LessThanOrEqualTo(3));
        Assert.That(probe.Pages.SelectMany(p => probe.LinesOf(p.Number)), Does.Contain("after"));
        Assert.That(probe.Document.Messages.Select(m => m.Code), Does.Contain("PDF201"), "the line taller than the page is reported");
    }

    [Test]
    public void In_right_to_left_text_an_inline_block_after_a_word_stands_left_of_it()
    {
        using var catalog = new FontCatalog();
        var probe = new LayoutProbe(new PdfRenderer(catalog).Layout(
            """<!DOCTYPE html><html><body style="margin: 0"><p dir="rtl">שלום<span id="b" style="display: inline-block; width: 20pt; height: 5pt"></span>עולם</p></body></html>"""));

        var box = probe.Find("b").Rect;
        var words = probe.Document.Paints[0].Commands.OfType<DrawGlyphs>().ToDictionary(g => g.Run.Text, g => g.Bounds);
        Assert.That(words["שלום"].Left, Is.GreaterThanOrEqualTo(box.Right - 0.01f), "the first word on the right");
        Assert.That(words["עולם"].Right, Is.LessThanOrEqualTo(box.Left + 0.01f), "the last word on the left");
    }

    [Test]
    public void Two_images_side_by_side_in_a_line_are_painted_side_by_side()
    {
        using var catalog = new FontCatalog();
        var raster = new PdfRenderer(catalog).RenderRaster(
            """<!DOCTYPE html><html><body style="margin: 0"><div><svg width="20" height="20"><rect width="20" height="20" fill="red"/></svg><svg width="20" height="20"><rect width="20" height="20" fill="blue"/></svg></div></body></html>""",
            new PdfRenderOptions { PageSize = new PageSize(150, 60), PageMargin = 0, PreviewDpi = 96 }).Pages.Single();

        Assert.That(ImagePaintingTests.Pixel(raster, 10, 10), Is.EqualTo(SKColors.Red));
        Assert.That(ImagePaintingTests.Pixel(raster, 30, 10), Is.EqualTo(SKColors.Blue), "the second image beside the first, not below it");
        Assert.That(ImagePaintingTests.Pixel(raster, 10, 30), Is.EqualTo(SKColors.White), "nothing below them");
    }
}
