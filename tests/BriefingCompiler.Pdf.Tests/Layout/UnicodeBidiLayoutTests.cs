using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Layout;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// CSS <c>unicode-bidi</c> and <c>direction</c> on inline elements and block containers (CSS 2.1 §9.10, CSS Writing Modes 3
/// §2.2, §2.4.2), laid out with the bundled fonts: an inline's embedding, override or isolate changes the visual order of
/// its line as the bidi control characters it stands for would, <c>bdo</c> and <c>bdi</c> and the <c>dir</c> attribute act
/// through the user-agent sheet, and none of it puts a control character into the PDF's text.
/// </summary>
public class UnicodeBidiLayoutTests
{
    private static FontCatalog catalog = null!;

    [OneTimeSetUp]
    public void CreateCatalog() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeCatalog() => catalog.Dispose();

    private static string Page(string body, string css = "") => $$"""
        <!DOCTYPE html><html><head><style>
        @page { size: 400pt 200pt; margin: 10pt }
        body { margin: 0; font-size: 12pt; font-family: sans-serif }
        p { margin: 0 }
        {{css}}
        </style></head><body>{{body}}</body></html>
        """;

    /// <summary>The first line's runs left to right, each as drawn: (left x, the characters in the order they are seen).</summary>
    private static List<(float X, string Text)> FirstLine(string body, string css = "")
    {
        using var document = new PdfRenderer(catalog).Layout(Page(body, css));
        var lines = new List<(float Y, List<(float X, string Text)> Runs)>();
        LayoutProbe.Walk(document.Pages[0].Body, 0, 0, (fragment, rect) =>
        {
            if (fragment is LineFragment line)
            {
                lines.Add((rect.Top, line.Line.Runs.Where(r => !r.IsObject || r.Width > 0)
                    .Select(r => (rect.Left + r.X, r.IsObject ? "|" : RightToLeft(r) ? new string(r.Text.Reverse().ToArray()) : r.Text))
                    .OrderBy(r => r.Item1).ToList()));
            }
        });
        return lines.OrderBy(l => l.Y).First().Runs;
    }

    private static bool RightToLeft(BriefingCompiler.Pdf.Text.GlyphRun run) => run.Clusters.Length > 1 && run.Clusters[0] > run.Clusters[^1];

    /// <summary>What the first line shows, left to right (an edge with width as "|").</summary>
    private static string Seen(string body, string css = "") => string.Concat(FirstLine(body, css).Select(r => r.Text));

    [Test]
    public void A_right_to_left_override_shows_its_letters_right_to_left()
    {
        Assert.That(Seen("""<p>Re<span class="o">bada</span>le</p>""", ".o { direction: rtl; unicode-bidi: bidi-override }"), Is.EqualTo("Readable"));
        Assert.That(Seen("""<p>A <bdo dir="rtl">abc def</bdo> B</p>"""), Is.EqualTo("A fed cba B"), "bdo through the user-agent sheet");
        Assert.That(Seen("""<p>Re<span dir="rtl">bada</span>le</p>"""), Is.EqualTo("Rebadale"), "an isolate of Latin letters reads them left to right");
    }

    [Test]
    public void A_left_to_right_override_in_right_to_left_text_keeps_hebrew_in_logical_order()
    {
        Assert.That(Seen("""<p dir="rtl"><bdo dir="ltr">אבג</bdo></p>"""), Is.EqualTo("אבג"));
        Assert.That(Seen("""<p dir="rtl"><span>אבג</span></p>"""), Is.EqualTo("גבא"), "without it the letters read right to left");
    }

    [Test]
    public void An_embedding_reorders_its_content_as_a_unit_of_the_paragraph()
    {
        // CSS 2.1 §9.10's example of unicode-bidi: embed (the W3C unicode-bidi-002 test): "DEF GH" is embedded at level 2
        // in a right-to-left paragraph, so it stays one left-to-right piece between the others.
        Assert.That(Seen("""<p dir="rtl">IJ K <span class="e">DEF GH</span> AB C</p>""", ".e { unicode-bidi: embed }").Trim(), Is.EqualTo("AB C DEF GH IJ K"));
        Assert.That(Seen("""<p dir="rtl">IJ K <span>DEF GH</span> AB C</p>""").Trim(), Is.EqualTo("IJ K DEF GH AB C"), "normal: one left-to-right run");
    }

    [Test]
    public void An_isolate_keeps_a_right_to_left_name_from_taking_the_number_after_it()
    {
        // HTML's example for <bdi>: without the isolate, ": 3" after the Hebrew name joins its right-to-left run.
        Assert.That(Seen("""<p>user <bdi>אבג</bdi>: 3 posts</p>"""), Is.EqualTo("user גבא: 3 posts"));
        Assert.That(Seen("""<p>user <span>אבג</span>: 3 posts</p>"""), Is.EqualTo("user 3 :גבא posts"));
        Assert.That(Seen("""<p>user <span class="i">אבג</span>: 3 posts</p>""", ".i { unicode-bidi: isolate }"), Is.EqualTo("user גבא: 3 posts"));
        Assert.That(Seen("""<p>user <span class="i">אבג</span>: 3 posts</p>""", ".i { unicode-bidi: plaintext }"), Is.EqualTo("user גבא: 3 posts"),
            "plaintext: an isolate of its first strong letter's direction");
    }

    [Test]
    public void An_embeddings_margin_border_and_padding_are_at_its_start_and_end_in_its_own_direction()
    {
        // A right-to-left embedding in left-to-right text (the W3C bidi-box-model-012 test): its left margin is at its end,
        // the left, between its letters and what follows (CSS 2.1 §8.6).
        var runs = FirstLine("""<p>aa<span class="e">bb</span>cc</p>""", ".e { direction: rtl; unicode-bidi: embed; margin-left: 20pt; border-right: 5pt solid }");
        Assert.That(string.Concat(runs.Select(r => r.Text)), Is.EqualTo("aa|bb|cc"));
        var (left, right) = (runs[1], runs[3]);
        var bb = runs[2];
        Assert.That(right.X - bb.X, Is.GreaterThan(0));
        Assert.That(bb.X - left.X, Is.EqualTo(20).Within(0.01), "the 20 pt margin on the left of bb");
        Assert.That(runs[4].X - right.X, Is.EqualTo(5).Within(0.01), "the 5 pt border on its right, the start of a right-to-left box");
    }

    [Test]
    public void A_right_to_left_element_with_left_to_right_text_keeps_its_left_edge_on_the_left()
    {
        // No embedding of the span's own direction (unicode-bidi: normal), so "bb" reads left to right; the span's left margin,
        // border and padding stand on its left and its right ones on its right (CSS 2.1 §8.6: sides of the box as laid out),
        // though its start, in its direction, is its right side. (Moved here from InlineEdgeLayoutTests: the sides are put at
        // the visual ends of the content when the line is reordered, which the monospace test layouter does not do.)
        const string css = "span { unicode-bidi: normal; margin: 0 4pt 0 20pt; border-left: 3pt solid; border-right: 2pt solid; padding: 0 12pt 0 9pt }";
        var runs = FirstLine("""<p>aa<span dir="rtl">bb</span>cc</p>""", css);
        Assert.That(string.Concat(runs.Select(r => r.Text)), Is.EqualTo("aa||bb||cc"));
        Assert.That(runs[3].X - runs[1].X, Is.EqualTo(20 + 3 + 9).Within(0.01), "after aa: left margin, border and padding");
        Assert.That(runs[6].X - runs[4].X, Is.EqualTo(12 + 2 + 4).Within(0.01), "after bb: right padding, border and margin");
    }

    [Test]
    public void A_block_override_and_plaintext_set_their_paragraphs()
    {
        Assert.That(Seen("""<p class="o">olleh <span>dlrow</span></p>""", ".o { direction: rtl; unicode-bidi: bidi-override }"), Is.EqualTo("world hello"));

        // plaintext: the paragraph is right to left by its first strong letter, so it starts at the right edge.
        var runs = FirstLine("""<p class="t">שלום hello</p>""", ".t { unicode-bidi: plaintext }");
        Assert.That(string.Concat(runs.Select(r => r.Text)), Is.EqualTo("hello םולש"));
        Assert.That(runs[0].X, Is.GreaterThan(200), "aligned to the start of a right-to-left paragraph: the right");
        Assert.That(Seen("""<p class="t">hello שלום</p>""", ".t { unicode-bidi: plaintext }").TrimEnd(), Is.EqualTo("hello םולש"), "left to right by its first letter");
    }

    /// <summary>What the first line shows, left to right, without the bidi controls of the document's text (they draw nothing).</summary>
    private static string SeenWithoutControls(string body, string css = "") => string.Concat(Seen(body, css).Where(c => !IsBidiControl(c)));

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F';

    [Test]
    public void An_override_in_the_text_that_outlasts_its_element_puts_the_elements_sides_at_the_ends_of_its_pieces()
    {
        // The W3C bidi-001 test: the U+202E in the span reverses "DC" in it and "FE" after it up to the U+202C, so the span shows
        // as two pieces, "AB" and "CD", with "EF" between them; its left padding goes left of "AB", its right padding right of
        // "CD" (CSS 2.1 §8.6: in visual order), not beside the "C" it was written after.
        const string css = ".b { padding: 0 10pt }";
        Assert.That(SeenWithoutControls("""<p>x<span class="b">AB&#x202E;DC</span>FE&#x202C;G</p>""", css), Is.EqualTo("x|ABEFCD|G"));
        var runs = FirstLine("""<p>x<span class="b">AB&#x202E;DC</span>FE&#x202C;G</p>""", css).Where(r => r.Text.Any(c => !IsBidiControl(c))).ToList();
        Assert.That(runs[^1].X - runs[^2].X, Is.EqualTo(10).Within(0.01), "the 10 pt right padding between CD and G");

        // The W3C bidi-011 test: an override opened in the span, and a left-to-right one nested in it after the span's end.
        Assert.That(SeenWithoutControls("""<p>TE<span class="b">&#x202E;TSET</span>&#x202D;ST</p>""", css), Is.EqualTo("TEST|TEST|"));
    }

    [Test]
    public void The_sides_of_elements_split_by_controls_keep_their_margin_outside_their_border()
    {
        // Nested overrides reverse the order the two spacers of a side were written in; the margin stays the outer one.
        const string css = ".m { margin: 0 20pt; border: 5pt solid }";
        var runs = FirstLine("""<p>a&#x202E;l&#x202D;<span class="m">c&#x202E;j</span>h&#x202C;f</p>""", css);
        var c = runs.FindIndex(r => r.Text.Contains('c'));
        var j = runs.FindIndex(r => r.Text.Contains('j'));
        Assert.That(runs[c].X - runs[c - 1].X, Is.EqualTo(5).Within(0.01), "the border just left of c");
        Assert.That(runs[c - 1].X - runs[c - 2].X, Is.EqualTo(20).Within(0.01), "the margin left of the border");
        Assert.That(runs[j + 1].Text, Is.EqualTo("|"));
        Assert.That(runs[j + 2].X - runs[j + 1].X, Is.EqualTo(5).Within(0.01), "the border just right of j, then the margin");
    }

    [Test]
    public void Letter_spacing_adds_nothing_after_a_bidi_control()
    {
        const string css = "p { letter-spacing: 10pt }";
        // The same pieces without controls in the text: an override element (the W3C bidi-006b test's letter-spacing).
        Assert.That(LineWidth("<p>ab&#x202E;cd&#x202C;e</p>", css), Is.EqualTo(LineWidth("""<p>ab<bdo dir="rtl">cd</bdo>e</p>""", css)).Within(0.01));
    }

    [Test]
    public void A_space_after_a_bidi_control_collapses_with_the_space_before_it()
    {
        // CSS 2.1 §16.6.1 collapses spaces "treating bidi formatting characters as if they were not there" (the W3C bidi-004
        // test's first line): of " \u202E " the first space stays, outside the override; the one after the control goes.
        // Kept, it would be the override's and show at the right of its reversed letters.
        Assert.That(SeenWithoutControls("<p>ab &#x202E; cd&#x202C;e</p>"), Is.EqualTo("ab dce"));
        Assert.That(LineWidth("<p>ab &#x202E; cd&#x202C;e</p>"), Is.EqualTo(LineWidth("<p>ab &#x202E;cd&#x202C;e</p>")).Within(0.01));
        Assert.That(SeenWithoutControls("<p>ab &#x202E;cd &#x202C; e</p>"), Is.EqualTo("ab  dce"),
            "at the end of the override the space inside it is the first, so it stays, reversed with the override's letters");
    }

    [Test]
    public void Latin_text_overridden_right_to_left_is_kerned_as_the_same_words_left_to_right()
    {
        // The W3C unicode-bidi-004 test: "txeT relliF" overridden right to left shows "Filler Text" and must look as it does
        // left to right. Tinos kerns a space before "T" (by 18 units of 1,000: 0.22 pt at 12 pt); the space is at the
        // override's level with the letters, so it is shaped with them, not cut off as a run of its own that no kerning reaches.
        const string css = "p { font-family: serif } .o { direction: rtl; unicode-bidi: bidi-override }";
        Assert.That(Seen("""<p class="o">txeT relliF</p>""", css).Trim(), Is.EqualTo("Filler Text"));
        Assert.That(LineWidth("""<p class="o">txeT relliF</p>""", css), Is.EqualTo(LineWidth("<p>Filler Text</p>", css)).Within(0.01));
    }

    [Test]
    public void A_bdo_without_dir_overrides_in_its_inherited_direction()
    {
        Assert.That(Seen("""<p><bdo>אבג</bdo></p>"""), Is.EqualTo("אבג"), "left to right, the paragraph's direction");
        Assert.That(Seen("""<p dir="rtl"><bdo>abc</bdo></p>"""), Is.EqualTo("cba"), "right to left, the paragraph's direction");
    }

    [Test]
    public void The_pdf_text_of_a_documents_own_controls_is_its_letters_in_logical_order()
    {
        var html = Page("""<p>x<span class="b">AB&#x202E;DC</span>FE&#x202C;G</p>""", ".b { padding: 0 10pt; border: 1pt solid }");
        var result = new PdfRenderer(catalog).RenderPdf(html, new PdfRenderOptions());

        using var pdf = PdfDocument.Open(result.Pdf);
        var letters = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));
        Assert.That(letters.Where(IsBidiControl), Is.Empty);
        Assert.That(letters.Replace(" ", ""), Is.EqualTo("xABDCFEG"));
    }

    /// <summary>The drawn width of the first line.</summary>
    private static float LineWidth(string body, string css = "")
    {
        using var document = new PdfRenderer(catalog).Layout(Page(body, css));
        var widths = new List<float>();
        LayoutProbe.Walk(document.Pages[0].Body, 0, 0, (fragment, _) =>
        {
            if (fragment is LineFragment line)
            {
                widths.Add(line.Line.Width);
            }
        });
        return widths[0];
    }

    [Test]
    public void The_pdf_text_holds_no_bidi_control_and_reads_in_logical_order()
    {
        var html = Page("""<p>Re<bdo dir="rtl">bada</bdo>le user <bdi>אבג</bdi>: 3 <span class="e">posts</span></p>""",
            ".e { direction: rtl; unicode-bidi: isolate-override; border: 1pt solid }");
        var result = new PdfRenderer(catalog).RenderPdf(html, new PdfRenderOptions());

        using var pdf = PdfDocument.Open(result.Pdf);
        var letters = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));
        Assert.That(letters.Where(c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F'), Is.Empty);
        // Content order is logical order: runs are written in source order, a right-to-left run's glyphs from its first letter.
        Assert.That(letters.Replace(" ", ""), Is.EqualTo("Rebadaleuserאבג:3posts"));
    }
}
