using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// <c>::first-letter</c> and <c>::first-line</c> (CSS 2.1 §5.12, css-pseudo-4 §3) on the 200 × 200 pt page of
/// <see cref="LayoutProbe"/>: content box 180 pt wide from (10, 10), 12 pt text on 15 pt lines, characters half an em wide.
/// </summary>
public class FirstLetterAndLineTests
{
    private static FontCatalog catalog = null!;

    [OneTimeSetUp]
    public void CreateCatalog() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeCatalog() => catalog.Dispose();

    /// <summary>Every line of page 1, top to bottom: where it is and its glyph runs (text and style).</summary>
    private static List<(float X, float Y, IReadOnlyList<GlyphRun> Runs)> Lines(LayoutProbe probe)
    {
        var lines = new List<(float X, float Y, IReadOnlyList<GlyphRun> Runs)>();
        var page = probe.Pages[0];
        LayoutProbe.Walk(page.Body, page.Margins.Left, page.Margins.Top, (fragment, rect) =>
        {
            if (fragment is LineFragment line && line.Line.Runs.Count > 0)
                lines.Add((rect.Left + line.Line.Runs.Min(r => r.X), rect.Top, line.Line.Runs));
        });
        return lines.OrderBy(l => l.Y).ThenBy(l => l.X).ToList();
    }

    private static string Text(IEnumerable<GlyphRun> runs) => string.Concat(runs.Select(r => r.Text));

    [Test]
    public void The_first_letter_takes_the_punctuation_around_it_and_its_own_style()
    {
        var probe = LayoutProbe.OfBody(
            """<p>  «(T)» est</p><p>« Quoted »</p><p>&#160;&#160;A</p>""",
            "p::first-letter { font-size: 24pt; color: #008000 }");

        var lines = Lines(probe);
        var first = lines[0].Runs;
        Assert.That(first[0].Text, Is.EqualTo("«(T)»"), "Pi, Ps, the letter, Pe and Pf: one first letter");
        Assert.That(first[0].Style.FontSize, Is.EqualTo(24f));
        Assert.That(first[0].Style.Color, Is.EqualTo(0xFF008000u));
        Assert.That(Text(first.Skip(1)), Is.EqualTo(" est"));
        Assert.That(first.Skip(1).All(r => r.Style.FontSize == 12f && r.Style.Color == 0xFF000000u), "the rest keeps the paragraph's style");
        Assert.That(lines[1].Runs[0].Text, Is.EqualTo("« Q"), "the space between the punctuation and the letter is part of it");
        Assert.That(lines[1].Runs[0].Style.FontSize, Is.EqualTo(24f));
        Assert.That(lines[1].Runs[1].Text, Is.EqualTo("uoted »"), "not one after the letter");
        Assert.That(lines[2].Runs.Single(r => r.Style.FontSize == 24f).Text, Is.EqualTo("A"), "leading no-break spaces are not part of it");
        Assert.That(probe.Document.Messages.Where(m => m.Code == "PDF127"), Is.Empty, "supported: no warning");
    }

    [Test]
    public void A_floated_first_letter_is_a_drop_cap_beside_the_first_lines()
    {
        var probe = LayoutProbe.OfBody(
            """<p id="p">Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>""",
            "p::first-letter { float: left; font-size: 36pt; line-height: 36pt; padding-right: 3pt }");

        var lines = Lines(probe);
        // The float: 18 pt of letter and 3 pt of padding, 36 pt tall — beside the first three 15 pt lines.
        var cap = lines[0];
        Assert.That(Text(cap.Runs), Is.EqualTo("L"));
        Assert.That(cap.Runs[0].Style.FontSize, Is.EqualTo(36f));
        Assert.That(cap.X, Is.EqualTo(10f).Within(0.01));
        var text = lines.Skip(1).ToList();
        Assert.That(Text(text[0].Runs), Does.StartWith("orem ipsum"), "the letter is taken out of the text");
        Assert.That(text.Take(3).Select(l => l.X), Is.All.EqualTo(31f).Within(0.01), "the first three lines beside the drop cap");
        Assert.That(text[3].X, Is.EqualTo(10f).Within(0.01), "the fourth line below it, at the full width");
    }

    [Test]
    public void The_first_letter_is_in_the_first_line_of_a_nested_first_block_but_not_past_an_atomic_inline()
    {
        var probe = LayoutProbe.OfBody(
            """<div class="x"><div><p>Nested</p></div><p>Second</p></div><div class="x"><span style="display: inline-block">i</span>Block</div>""",
            ".x::first-letter { font-size: 24pt }");

        var lines = Lines(probe);
        Assert.That(lines[0].Runs[0].Text, Is.EqualTo("N"));
        Assert.That(lines[0].Runs[0].Style.FontSize, Is.EqualTo(24f));
        Assert.That(lines[1].Runs.All(r => r.Style.FontSize == 12f), "only the first formatted line's letter");
        Assert.That(lines.Skip(2).SelectMany(l => l.Runs).All(r => r.Style.FontSize == 12f), "an inline-block first: no first letter");
    }

    [Test]
    public void The_first_line_is_broken_in_its_own_font_size_and_the_rest_in_the_paragraphs()
    {
        var probe = LayoutProbe.OfBody(
            """<p>aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn</p>""",
            "p::first-line { font-size: 24pt; line-height: 30pt; color: blue }");

        var lines = Lines(probe);
        // 24 pt text is 12 pt a character: three words (14 characters, 168 pt) fit in 180 pt; 12 pt text takes six.
        Assert.That(Text(lines[0].Runs).TrimEnd(), Is.EqualTo("aaaa bbbb cccc"));
        Assert.That(lines[0].Runs.All(r => r.Style.FontSize == 24f && r.Style.Color == 0xFF0000FFu));
        Assert.That(Text(lines[1].Runs).TrimEnd(), Is.EqualTo("dddd eeee ffff gggg hhhh iiii"));
        Assert.That(lines.Skip(1).SelectMany(l => l.Runs).All(r => r.Style.FontSize == 12f && r.Style.Color == 0xFF000000u));
        Assert.That(lines[1].Y - lines[0].Y, Is.EqualTo(30f).Within(0.01), "the first line in its own line-height");
        Assert.That(lines[2].Y - lines[1].Y, Is.EqualTo(15f).Within(0.01), "the others in the paragraph's");
    }

    [Test]
    public void Inline_children_on_the_first_line_inherit_from_it_unless_they_set_the_property_themselves()
    {
        var probe = LayoutProbe.OfBody(
            """<div><p>ab <em>cd</em> <span style="color: red">ef</span> gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op</p></div>""",
            "div::first-line { color: blue; text-decoration: underline } p::first-letter { font-size: 18pt }");

        var lines = Lines(probe);
        var first = lines[0].Runs;
        Assert.That(first.Single(r => r.Text == "cd").Style.Color, Is.EqualTo(0xFF0000FFu), "the em inherits the first line's colour");
        Assert.That(first.Single(r => r.Text == "ef").Style.Color, Is.EqualTo(0xFFFF0000u), "the span keeps its own");
        Assert.That(first[0].Text, Is.EqualTo("a"), "the p's first letter is in the div's first line");
        Assert.That(first[0].Style.FontSize, Is.EqualTo(18f));
        Assert.That(first[0].Style.Color, Is.EqualTo(0xFF0000FFu), "the first letter inherits from the first line");
        Assert.That(first.All(r => r.Tag is InlineTag { Underline: true }), "the first line's decoration");
        Assert.That(lines[1].Runs.All(r => r.Style.Color != 0xFF0000FFu && r.Tag is InlineTag { Underline: false }), "the second line is the paragraph's");
    }

    [Test]
    public void The_rules_cascade_by_importance_then_specificity_then_order()
    {
        var probe = LayoutProbe.OfBody(
            """<p class="a">Ab</p><p class="b">Cd</p>""",
            """
            p.a::first-letter { color: #008000 !important } p.a::first-letter { color: red }
            p.b::first-letter { color: #008000 } p::first-letter { color: red }
            """);

        var lines = Lines(probe);
        Assert.That(lines[0].Runs[0].Style.Color, Is.EqualTo(0xFF008000u), "!important wins over a later rule");
        Assert.That(lines[1].Runs[0].Style.Color, Is.EqualTo(0xFF008000u), "the more specific rule wins over a later one");
    }

    [Test]
    public void A_property_that_does_not_apply_is_reported()
    {
        var probe = LayoutProbe.OfBody("<p>Text</p>", "p::first-line { margin-left: 5pt; color: blue } p::first-letter { position: absolute }");

        var messages = probe.Document.Messages.Where(m => m.Code == "PDF127").Select(m => m.Message).ToArray();
        Assert.That(messages, Has.Some.Contains("'margin-left' does not apply to ::first-line"));
        Assert.That(messages, Has.Some.Contains("'position' does not apply to ::first-letter"));
        Assert.That(messages, Has.None.Contains("color"));
    }

    [Test]
    public void The_word_with_a_styled_first_letter_reads_back_as_one_word_from_the_PDF()
    {
        const string html = """
            <!DOCTYPE html><html><head><style>
            @page { size: A5; margin: 15mm }
            body { font-family: "Noto Sans"; font-size: 11pt }
            p::first-letter { font-size: 22pt; color: #a00000 }
            </style></head><body><p>Briefing for the council</p></body></html>
            """;
        var pdf = new PdfRenderer(catalog).RenderPdf(html, new PdfRenderOptions()).Pdf;

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        // PdfPig's default word extractor starts a word at every change of font size; the nearest-neighbour one groups
        // letters by where they stand, as readers that select and search text do.
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance).Select(w => w.Text).Where(w => !string.IsNullOrWhiteSpace(w)).ToArray();
        Assert.That(words, Is.EqualTo(new[] { "Briefing", "for", "the", "council" }));
        Assert.That(ContentOrderTextExtractor.GetText(page).Trim(), Is.EqualTo("Briefing for the council"), "no space between the letter and the rest");
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToArray();
        Assert.That(letters[0].Value, Is.EqualTo("B"));
        Assert.That(letters[0].PointSize, Is.EqualTo(22).Within(0.5), "the first letter in its own size");
        Assert.That(letters[1].PointSize, Is.EqualTo(11).Within(0.5));
        Assert.That(letters[0].Color.ToRGBValues().r, Is.EqualTo(0xa0 / 255.0).Within(0.01), "and its own colour");
    }
}
