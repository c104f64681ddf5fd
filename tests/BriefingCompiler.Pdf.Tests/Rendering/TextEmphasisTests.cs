using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Tests.Layout;
using BriefingCompiler.Pdf.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// Emphasis marks (CSS text-emphasis) as painted: one mark per character that takes one, at half the font size, centred
/// over the character, over or under the line, in the emphasis colour, growing a line that has no room for them; in the
/// PDF as artifacts; on the raster, where the mark's ink is.
/// </summary>
public class TextEmphasisTests
{
    private static LayoutProbe Probe(string body, string css = "") => LayoutProbe.OfBody(body, css);

    private static IReadOnlyList<PaintCommand> Paint(string body, string css = "") => Probe(body, css).Document.Paints[0].Commands;

    private static DrawGlyphs Text(IReadOnlyList<PaintCommand> commands, string text) => commands.OfType<DrawGlyphs>().Single(g => g.Run.Text == text);

    /// <summary>The mark runs: glyph runs of no element whose text is only the mark.</summary>
    private static DrawGlyphs[] Marks(IReadOnlyList<PaintCommand> commands, string mark) =>
        commands.OfType<DrawGlyphs>().Where(g => g.Run.Text.Length > 0 && g.Run.Text.Replace(mark, "").Length == 0 && g.Structure is null).ToArray();

    [Test]
    public void Each_letter_gets_a_mark_at_half_size_centred_over_it_but_spaces_and_punctuation_get_none()
    {
        var commands = Paint("""<p><span style="text-emphasis: filled dot">ab, c!</span></p>""");

        var text = Text(commands, "ab, c!");
        var marks = Marks(commands, "\u2022").Single();
        Assert.That(marks.Run.Text, Is.EqualTo("\u2022\u2022\u2022"), "a, b and c; not the comma, the space or the exclamation mark");
        Assert.That(marks.Run.Style.FontSize, Is.EqualTo(6f).Within(0.001), "half the 12 pt font size");
        // The stand-in font: every Latin character is half an em wide (6 pt at 12 pt; the mark 3 pt at 6 pt).
        float CentreOfCharacter(int index) => text.LineX + text.Run.X + text.Run.Positions[index] + 3f;
        float CentreOfMark(int index) => marks.LineX + marks.Run.X + marks.Run.Positions[index] + 1.5f;
        Assert.That(new[] { CentreOfMark(0), CentreOfMark(1), CentreOfMark(2) },
            Is.EqualTo(new[] { CentreOfCharacter(0), CentreOfCharacter(1), CentreOfCharacter(4) }).Within(0.01));
        Assert.That(marks.BaselineY, Is.LessThan(text.BaselineY - 9.6f + 0.01f), "over the text: the mark's baseline is above the text's ascent");
    }

    [Test]
    public void Under_puts_the_marks_below_the_text_and_the_colour_is_the_emphasis_colour()
    {
        var commands = Paint("""<p><span style="text-emphasis: open circle #ff0000; text-emphasis-position: under right">xy</span></p>""");

        var text = Text(commands, "xy");
        var marks = Marks(commands, "\u25CB").Single();
        Assert.That(marks.Run.Text, Is.EqualTo("\u25CB\u25CB"));
        Assert.That(marks.BaselineY, Is.GreaterThan(text.BaselineY + 2.4f), "under the text's descent");
        Assert.That(marks.Run.Style.Color, Is.EqualTo(0xFFFF0000u));
        Assert.That(text.Run.Style.Color, Is.EqualTo(0xFF000000u), "the text keeps its own colour");
    }

    [Test]
    public void The_marks_are_inherited_and_current_colour_is_each_elements_own()
    {
        var commands = Paint("""<div style="text-emphasis: sesame; color: #ff0000"><p>r<span style="color: #0000ff">b</span></p></div>""");

        var marks = Marks(commands, "\uFE45");
        Assert.That(marks.Select(m => (m.Run.Text, m.Run.Style.Color)), Is.EquivalentTo(new[] { ("\uFE45", 0xFFFF0000u), ("\uFE45", 0xFF0000FFu) }));
    }

    [Test]
    public void A_line_without_room_for_the_marks_grows_and_one_with_room_does_not()
    {
        float Baseline(string style) => Text(Paint($"""<p style="{style}">one</p>"""), "one").BaselineY;

        // The stand-in font's box at 12 pt is 9.6 pt up and 2.4 pt down; the mark's at 6 pt is 6 pt tall, set over the ascent.
        Assert.That(Baseline("line-height: 12pt; text-emphasis: dot") - Baseline("line-height: 12pt"), Is.EqualTo(6f).Within(0.01),
            "a 12 pt line leaves no room over the text: it grows by the mark's box, above the text");
        Assert.That(Baseline("line-height: 12pt; text-emphasis: dot; text-emphasis-position: under"), Is.EqualTo(Baseline("line-height: 12pt")).Within(0.01),
            "marks under the text grow the line below it");
        Assert.That(Baseline("line-height: 30pt; text-emphasis: dot"), Is.EqualTo(Baseline("line-height: 30pt")).Within(0.01), "a 30 pt line has room over the text");
    }

    [Test]
    public void None_and_an_invalid_value_draw_nothing_and_the_invalid_value_is_reported()
    {
        var probe = Probe("""<p class="a">one</p><p class="b">two</p>""", ".a { text-emphasis: dot; text-emphasis: none } .b { text-emphasis-style: wavy }");

        Assert.That(probe.Document.Paints[0].Commands.OfType<DrawGlyphs>().Select(g => g.Run.Text), Is.EqualTo(new[] { "one", "two" }));
        Assert.That(probe.Document.Messages.Single(m => m.Code == "PDF101").Message, Does.Contain("text-emphasis-style: wavy"));
    }

    [Test]
    public void In_the_tagged_pdf_the_marks_are_artifacts_not_text()
    {
        const string html = """
            <!DOCTYPE html><html lang="en"><head><title>Marks</title></head>
            <body><p style="text-emphasis: triangle">Key</p></body></html>
            """;
        var result = new PdfRenderer(new MonospaceTextSystem()).RenderPdf(html, new PdfRenderOptions { Standard = PdfStandard.Default });

        using var pdf = PdfDocument.Open(result.Pdf);
        var marked = TaggedPdfTests.Flatten(pdf.GetPage(1).GetMarkedContents()).ToList();
        Assert.That(string.Concat(marked.Where(m => !m.IsArtifact).SelectMany(m => m.Letters).Select(l => l.Value)), Is.EqualTo("Key"));
        Assert.That(string.Concat(marked.Where(m => m.IsArtifact).SelectMany(m => m.Letters).Select(l => l.Value)), Is.EqualTo("\u25B2\u25B2\u25B2"));
    }

    [Test]
    public void The_raster_shows_the_marks_ink_over_each_han_character_in_a_font_that_has_the_mark()
    {
        const string html = """
            <!DOCTYPE html><html lang="zh"><head><style>body { margin: 0 } p { margin: 0; font: 40px/1 sans-serif; color: black }</style></head>
            <body><p style="text-emphasis: filled circle #ff0000">汉字</p></body></html>
            """;
        using var catalog = new FontCatalog();
        var page = new PdfRenderer(catalog).RenderRaster(html, new PdfRenderOptions { PageSize = new BriefingCompiler.Pdf.Styling.PageSize(225, 225), PageMargin = 0, PreviewDpi = 96 }).Pages.Single();

        var red = new List<(int X, int Y)>();
        var black = new List<(int X, int Y)>();
        for (var y = 0; y < page.Height; y++)
        {
            for (var x = 0; x < page.Width; x++)
            {
                var at = (y * page.Width + x) * 4;
                if (page.Rgba[at] > 200 && page.Rgba[at + 1] < 80 && page.Rgba[at + 2] < 80)
                    red.Add((x, y));
                else if (page.Rgba[at] < 80 && page.Rgba[at + 1] < 80 && page.Rgba[at + 2] < 80)
                    black.Add((x, y));
            }
        }

        Assert.That(red, Is.Not.Empty);
        Assert.That(red.Max(p => p.Y), Is.LessThan(black.Min(p => p.Y)), "the marks are above the text");
        // Two full-width characters, 40 px each: one mark centred over each.
        Assert.That(red.Where(p => p.X < 40).Average(p => p.X), Is.EqualTo(20).Within(1.5));
        Assert.That(red.Where(p => p.X >= 40).Average(p => p.X), Is.EqualTo(60).Within(1.5));
        Assert.That(red.Count(p => p.X < 40), Is.EqualTo(red.Count(p => p.X >= 40)).Within(4), "the same mark twice");
    }
}
