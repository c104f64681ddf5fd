using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// CSS Text 3 <c>text-align-last</c> and <c>text-align: justify-all</c>, HTML's <c>dir="auto"</c> and synthesized
/// <c>font-variant: small-caps</c>, laid out with the bundled fonts on a 200 × 200 pt page (10 pt margins: the content
/// box is 180 pt wide from x = 10).
/// </summary>
public class TextAlignLastAndDirectionTests
{
    private static FontCatalog catalog = null!;

    [OneTimeSetUp]
    public void OpenFonts() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void CloseFonts() => catalog.Dispose();

    private static LayoutProbe Probe(string body, string css) => new(new PdfRenderer(catalog).Layout($$"""
        <!DOCTYPE html><html><head><style>
        @page { size: 200pt 200pt; margin: 10pt }
        body { margin: 0; font: 12pt/15pt "Noto Sans" }
        {{css}}
        </style></head><body>{{body}}</body></html>
        """));

    /// <summary>Every line of the first page, top to bottom: the left and right ends of its glyphs and its runs.</summary>
    private static List<(float Left, float Right, IReadOnlyList<GlyphRun> Runs)> Lines(LayoutProbe probe)
    {
        var lines = new List<(float Left, float Right, float Y, IReadOnlyList<GlyphRun> Runs)>();
        var page = probe.Pages[0];
        LayoutProbe.Walk(page.Body, page.Margins.Left, page.Margins.Top, (fragment, rect) =>
        {
            if (fragment is LineFragment line && line.Line.Runs.Count > 0)
            {
                var runs = line.Line.Runs;
                lines.Add((rect.Left + runs.Min(r => r.X), rect.Left + runs.Max(r => r.X + r.Width), rect.Top, runs));
            }
        });
        return lines.OrderBy(l => l.Y).Select(l => (l.Left, l.Right, l.Runs)).ToList();
    }

    private const string Words = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp";

    [Test]
    public void Text_align_last_aligns_the_last_line_and_the_lines_before_a_forced_break()
    {
        var probe = Probe($"<p>{Words}<br/>xx</p>", "p { text-align-last: right }");

        var lines = Lines(probe);
        Assert.That(lines, Has.Count.GreaterThanOrEqualTo(3));
        Assert.That(lines[0].Left, Is.EqualTo(10f).Within(0.01), "the other lines keep text-align (start)");
        Assert.That(lines[^2].Right, Is.EqualTo(190f).Within(0.01), "the line before <br> is a last line");
        Assert.That(lines[^1].Right, Is.EqualTo(190f).Within(0.01), "the last line");
    }

    [Test]
    public void Justify_all_justifies_the_last_line_too_and_justify_leaves_it_at_the_start()
    {
        var all = Lines(Probe($"<p>{Words}</p>", "p { text-align: justify-all }"));
        var justify = Lines(Probe($"<p>{Words}</p>", "p { text-align: justify }"));

        Assert.That(all[^1].Left, Is.EqualTo(10f).Within(0.01));
        Assert.That(all[^1].Right, Is.EqualTo(190f).Within(0.01), "stretched to the right edge");
        Assert.That(justify[0].Right, Is.EqualTo(190f).Within(0.01));
        Assert.That(justify[^1].Right, Is.LessThan(180f), "auto: the last line of justified text is not stretched");
    }

    [Test]
    public void Dir_auto_takes_the_direction_of_the_first_strong_character()
    {
        // U+200F RIGHT-TO-LEFT MARK is the first strong character: start is the right edge.
        var rtl = Lines(Probe("<p dir=\"auto\">&#x200F;abc def</p>", ""));
        var ltr = Lines(Probe("<p dir=\"auto\">abc &#x05D0;</p>", ""));
        var skipped = Lines(Probe("<div dir=\"auto\"><span dir=\"ltr\">abc</span> &#x05D0;</div>", ""));

        Assert.That(rtl[0].Right, Is.EqualTo(190f).Within(0.01));
        Assert.That(ltr[0].Left, Is.EqualTo(10f).Within(0.01));
        Assert.That(skipped[0].Right, Is.EqualTo(190f).Within(0.01), "text in an element with its own dir does not count");
    }

    [Test]
    public void Small_caps_set_lower_case_letters_as_capitals_at_seven_tenths_of_the_size()
    {
        var lines = Lines(Probe("<p>Filler Text 42</p>", "p { font-variant: small-caps }"));

        var runs = lines[0].Runs.OrderBy(r => r.SourceOffset).ToList();
        Assert.That(string.Concat(runs.Select(r => r.Text)), Is.EqualTo("FILLER TEXT 42"));
        Assert.That(runs.Select(r => r.Text), Is.EqualTo(new[] { "F", "ILLER", " T", "EXT", " 42" }), "capitals, spaces and digits keep the size");
        Assert.That(runs.Select(r => r.Style.FontSize), Is.EqualTo(new[] { 12f, 8.4f, 12f, 8.4f, 12f }).Within(0.001f));
    }

    [Test]
    public void The_font_shorthand_sets_small_caps()
    {
        var shorthand = Lines(Probe("<p>abc</p>", "p { font: italic small-caps bold 12pt/15pt \"Noto Sans\" }"));

        Assert.That(shorthand[0].Runs.Select(r => r.Text), Is.EqualTo(new[] { "ABC" }));
        Assert.That(shorthand[0].Runs[0].Style.FontSize, Is.EqualTo(12f * 0.7f).Within(0.001));
    }
}
