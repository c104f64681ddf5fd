using System.Globalization;
using System.Net;
using System.Text;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering.PdfFile;
using BriefingCompiler.Pdf.Tests.Text;
using BriefingCompiler.Pdf.Text;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// Issue 16: the text each drawn glyph stands for. Noto Naskh Arabic draws ب ت ث ن ي as one dotless base plus dots,
/// so a glyph can stand for several letters; every (glyph, text) pair gets its own CID and the dots get no text.
/// </summary>
public class PdfTextEncodingTests
{
    private const string Arabic = "بيت نبت ثابت يثبت";
    private const string ManyLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 абвгдежзийклмнопрстуфхцчшщъыьэюя ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ";

    [Test]
    public void Each_cluster_gives_its_text_to_one_glyph_and_a_dotless_base_stands_for_several_letters()
    {
        using var shaped = new OneRun(Arabic, "Noto Sans", rightToLeft: true);
        var run = shaped.Run;

        var texts = new GlyphTextAssignment().Of(run, glyph => run.Font.Shaper!.GetHorizontalGlyphAdvance(glyph));

        // Glyphs come right to left: read backwards they spell the run, each character once.
        Assert.That(string.Concat(texts.Reverse()), Is.EqualTo(Arabic));
        Assert.That(texts.Count(t => t.Length == 0), Is.GreaterThan(0), "dots drawn apart carry no text");
        var lettersPerGlyph = run.Glyphs.Zip(texts).Where(p => p.Second.Length > 0).GroupBy(p => p.First).Select(g => g.Select(p => p.Second).Distinct().Count());
        Assert.That(lettersPerGlyph.Max(), Is.GreaterThan(1), "one dotless base glyph stands for different letters");

        var font = new PdfFontEmbedding(run.Font, "F1");
        var pairs = run.Glyphs.Zip(texts).Where(p => p.Second.Length > 0).Distinct().ToList();
        var cids = pairs.Select(p => font.Cid(p.First, p.Second)).ToList();
        Assert.That(cids.Distinct().Count(), Is.EqualTo(pairs.Count), "one CID per (glyph, text) pair");
        Assert.That(pairs.Select(p => font.Cid(p.First, p.Second)), Is.EqualTo(cids), "the same pair keeps its CID");
    }

    [Test]
    public void A_document_makes_each_distinct_cluster_text_once()
    {
        // Issue 16: a string per CJK glyph filled gen0 during PDF writing. The same character in two runs (or twice in
        // one) is one string, and a run whose texts are all known allocates nothing but the array it returns.
        const string Chinese = "一般性咨询委员会与一般性会员咨询委员会举行联席会议，讨论域名系统的一般性问题。";
        using var shaped = new OneRun(Chinese, "Noto Sans SC", rightToLeft: false);
        var run = shaped.Run;
        var assignment = new GlyphTextAssignment();
        Func<ushort, float> advance = glyph => run.Font.Shaper!.GetHorizontalGlyphAdvance(glyph);

        var first = assignment.Of(run, advance);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var second = assignment.Of(run, advance);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.That(string.Concat(second), Is.EqualTo(Chinese));
        Assert.That(first.Zip(second).All(p => ReferenceEquals(p.First, p.Second)), Is.True, "the second run reuses the first's strings");
        var yi = first.Where(t => t == "一").ToList();
        Assert.That(yi, Has.Count.EqualTo(3));
        Assert.That(yi.All(t => ReferenceEquals(t, yi[0])), Is.True, "a character met three times is one string");
        var resultArray = 24 + 8L * second.Length; // the returned string[]: header, length, one reference per glyph
        Assert.That(allocated, Is.LessThanOrEqualTo(resultArray + 64), "no string, no UTF-8 copy, no cluster table per run");
    }

    /// <summary>A text laid out on one line in one font: its one glyph run, valid while this lives.</summary>
    private sealed class OneRun : IDisposable
    {
        private readonly FontCatalog catalog = new();
        private readonly TextLayouter layouter;

        public OneRun(string text, string family, bool rightToLeft)
        {
            var style = new TextStyle([family], 12f);
            var fonts = new DocumentFontSet(catalog);
            fonts.Add(text, style);
            layouter = fonts.Build();
            Run = layouter.Layout([new TextRun(text, style)], float.PositiveInfinity, rightToLeft: rightToLeft).Single().Runs.Single();
        }

        public GlyphRun Run { get; }

        public void Dispose()
        {
            layouter.Dispose();
            catalog.Dispose();
        }
    }

    [TestCase("<p dir=\"rtl\" lang=\"ar\">" + Arabic + "</p>", Arabic, TestName = "Arabic, in logical order")]
    [TestCase("<p>office fire, fluff of waffles</p>", "office fire, fluff of waffles", TestName = "Latin with ligatures")]
    [TestCase("<p dir=\"rtl\" lang=\"ar\">اجتماع GAC مع ALAC</p>", "اجتماع GAC مع ALAC", TestName = "Arabic with Latin names")]
    // Over 100 distinct letters in one font: CIDs 10, 13, 40, 41 and 92 are LF, CR, "(", ")" and "\" as bytes, which a
    // content stream's literal strings must escape.
    [TestCase("<p>" + ManyLetters + "</p>", ManyLetters, TestName = "Latin, Cyrillic and Greek, 118 distinct letters")]
    // Issue 16: a Latin letter in brackets after a number (the bracket pair takes the paragraph's direction, UAX #9 N0,
    // so "(", "d" and ")" are three runs drawn right to left around the number's left-to-right run): read in the order typed.
    // A left-to-right stretch with a bracket or full stop of the right-to-left text on its left starts with a right-to-left
    // mark (U+200F, LineOrderMarks), for readers that order a line by position (poppler).
    [TestCase("<p dir=\"rtl\" lang=\"ar\">ترد مهام ALAC في المادة 12.2(d) من اللوائح.</p>", "ترد مهام ALAC في المادة \u200F12.2(\u200Fd) من اللوائح.",
        TestName = "Arabic with a number and a Latin letter in brackets")]
    [TestCase("<p dir=\"rtl\" lang=\"ar\">انظر الفقرة 3 (b) و(DNS) والمادة 12.2(د) من القرار 70/125.</p>", "انظر الفقرة \u200F3 (\u200Fb) و(\u200FDNS) والمادة \u200F12.2(د) من القرار \u200F70/125.",
        TestName = "Arabic with bracketed Latin, an Arabic letter in brackets and a fraction")]
    public void The_letters_of_the_pdf_read_in_content_order_are_the_text(string body, string expected)
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf("<!DOCTYPE html><html><body>" + body + "</body></html>", new PdfRenderOptions());

        using var pdf = PdfDocument.Open(result.Pdf);
        var letters = pdf.GetPage(1).Letters;
        Assert.That(string.Concat(letters.Select(l => l.Value)), Is.EqualTo(expected));
    }

    [Test]
    public void A_right_to_left_mark_is_a_letter_of_its_own_after_its_letter_and_just_left_of_its_start()
    {
        // Shadda and tanwin over letters Noto Naskh Arabic draws as a dotless base plus dots.
        const string text = "تعبّر أيضًا عن سدّ الفجوة";
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf("<!DOCTYPE html><html><body><p dir=\"rtl\" lang=\"ar\">" + text + "</p></body></html>", new PdfRenderOptions());

        using var pdf = PdfDocument.Open(result.Pdf);
        var letters = pdf.GetPage(1).Letters;
        Assert.That(string.Concat(letters.Select(l => l.Value)), Is.EqualTo(text), "content order is logical order");
        // Readers that order a right-to-left line by position (poppler: right to left, splitting a glyph's several
        // characters across its width) read a mark after its letter only when the mark's text is its own and lies
        // left of the letter's start: the mark is drawn over the letter, right of its start.
        Assert.That(letters.Where(l => l.Value.Any(IsMark) && !l.Value.All(IsMark)).Select(l => l.Value), Is.Empty, "no glyph carries a letter and a mark");
        var marks = Enumerable.Range(0, letters.Count).Where(k => letters[k].Value.All(IsMark)).ToList();
        Assert.That(marks, Has.Count.EqualTo(text.Count(IsMark)));
        foreach (var k in marks)
        {
            Assert.That(k, Is.GreaterThan(0));
            Assert.That(letters[k - 1].Value.All(IsMark), Is.False, "the mark follows its letter");
            Assert.That(letters[k].StartBaseLine.X, Is.LessThan(letters[k - 1].StartBaseLine.X), "the mark's text lies left of its letter's start");
        }
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    [Test]
    public void Dots_drawn_as_outlines_stand_where_the_layout_put_their_glyphs_at_the_runs_size()
    {
        // 14px is 10.5 pt: a scale of 0.0105 per font unit, which to the thousandth would be 5 % off.
        const string html = "<!DOCTYPE html><html><body><p dir=\"rtl\" lang=\"ar\" style=\"font-size: 14px\">" + Arabic + " " + Arabic + "</p></body></html>";
        using var catalog = new FontCatalog();
        var renderer = new PdfRenderer(catalog);
        using var laidOut = renderer.Layout(html, new PdfRenderOptions());
        var page = laidOut.Paints[0];
        var runs = page.Commands.OfType<BriefingCompiler.Pdf.Rendering.DrawGlyphs>().Where(d => d.Run.Glyphs.Length > 0).ToList();
        var scales = runs.Select(d => (double)d.Run.Style.FontSize / d.Run.Font.UnitsPerEm).Distinct().ToList();
        Assert.That(scales, Has.Count.EqualTo(1));
        // Every glyph's origin on the PDF page (y up), any of which a dot may be drawn at.
        var origins = runs.SelectMany(d => d.Run.Positions.Select((x, i) => (X: (double)d.LineX + d.Run.X + x,
            Y: page.Height - ((double)d.BaselineY + (d.Run.VerticalOffsets?[i] ?? 0))))).ToList();

        using var pdf = PdfDocument.Open(renderer.RenderPdf(html, new PdfRenderOptions()).Pdf);
        var content = Encoding.Latin1.GetString(PageContent(pdf));
        var drawn = new List<(double Scale, double X, double Y)>();
        // An outline is a form drawn under a cm: a run's first by scale and point, the next ones by a move in font units.
        foreach (System.Text.RegularExpressions.Match group in System.Text.RegularExpressions.Regex.Matches(content,
            @"q ([\d.]+) 0 0 \1 ([-\d.]+) ([-\d.]+) cm /\w+ Do((?: 1 0 0 1 [-\d.]+ [-\d.]+ cm /\w+ Do)*) Q"))
        {
            double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
            var scale = Number(group.Groups[1].Value);
            double x = Number(group.Groups[2].Value), y = Number(group.Groups[3].Value);
            drawn.Add((scale, x, y));
            foreach (System.Text.RegularExpressions.Match move in System.Text.RegularExpressions.Regex.Matches(group.Groups[4].Value, @"1 0 0 1 ([-\d.]+) ([-\d.]+) cm"))
            {
                x += scale * Number(move.Groups[1].Value);
                y += scale * Number(move.Groups[2].Value);
                drawn.Add((scale, x, y));
            }
        }

        Assert.That(drawn, Has.Count.GreaterThanOrEqualTo(2 * 8), "the dots of ب ي ت ن ث, twice");
        foreach (var (scale, x, y) in drawn)
        {
            Assert.That(scale, Is.EqualTo(scales[0]).Within(1e-6), "the run's size in the font's units");
            Assert.That(origins.Min(o => Math.Max(Math.Abs(o.X - x), Math.Abs(o.Y - y))), Is.LessThan(0.002), $"a dot at ({x}, {y}) stands at a glyph's origin");
        }
    }

    [Test]
    public void Each_runs_letters_have_its_colour_where_runs_leave_their_colour_set_and_a_clip_or_layer_takes_it_back()
    {
        // Runs are not wrapped in q … Q: a run in the colour already set writes none. After a clip's Q (or a layer's form)
        // the colour set inside it is gone, so a run in that colour must set it again ("five", "seven").
        const string html = """
            <!DOCTYPE html><html lang="en"><body>
            <p style="color: #102030">one <span style="color: #c00000">two</span> three</p>
            <div style="overflow: hidden; height: 40px"><p style="color: #00a000">four</p></div>
            <p style="color: #00a000">five</p>
            <div style="opacity: 0.5"><p style="color: #0000c0">six</p></div>
            <p style="color: #0000c0">seven <span style="color: rgba(200, 0, 0, 0.5)">eight</span> nine</p>
            </body></html>
            """;
        using var catalog = new FontCatalog();
        using var pdf = PdfDocument.Open(new PdfRenderer(catalog).RenderPdf(html, new PdfRenderOptions()).Pdf);
        var words = new Dictionary<string, string>();
        foreach (var word in pdf.GetPage(1).GetWords())
        {
            var colours = word.Letters.Select(l => l.Color.ToRGBValues()).Select(c => $"{(int)Math.Round(c.r * 255):x2}{(int)Math.Round(c.g * 255):x2}{(int)Math.Round(c.b * 255):x2}").Distinct().ToList();
            Assert.That(colours, Has.Count.EqualTo(1), word.Text);
            words[word.Text] = colours[0];
        }

        Assert.That(words["one"], Is.EqualTo("102030"));
        Assert.That(words["two"], Is.EqualTo("c00000"));
        Assert.That(words["three"], Is.EqualTo("102030"));
        Assert.That(words["four"], Is.EqualTo("00a000"));
        Assert.That(words["five"], Is.EqualTo("00a000"));
        Assert.That(words["seven"], Is.EqualTo("0000c0"));
        Assert.That(words["eight"], Is.EqualTo("c80000"), "translucent text in its own q … Q with its opacity");
        Assert.That(words["nine"], Is.EqualTo("0000c0"), "the colour before the translucent run is back after its Q");
    }

    /// <summary>The first page's content stream, inflated.</summary>
    private static byte[] PageContent(PdfDocument pdf)
    {
        var page = pdf.Structure.GetObject(pdf.GetPage(1).Dictionary.Data["Contents"] is UglyToad.PdfPig.Tokens.IndirectReferenceToken reference
            ? reference.Data : throw new AssertionException("one content stream")).Data as UglyToad.PdfPig.Tokens.StreamToken
            ?? throw new AssertionException("a stream");
        return Compression.ZlibEncoderTests.Inflate(page.Data.ToArray());
    }

    [TestCase("<p style=\"width: 130px\">Meeting of the GAC with the At-Large Advisory Committee (ALAC) and the ICANN Public Meetings</p>",
        TestName = "English")]
    [TestCase("<p dir=\"rtl\" lang=\"ar\" style=\"width: 110px\">تجتمع اللجنة الاستشارية الحكومية (GAC) واللجنة الاستشارية لعموم المستخدمين (ALAC) بانتظام</p>",
        TestName = "Arabic")]
    public void A_soft_line_break_keeps_the_last_word_of_a_line_apart_from_the_first_of_the_next(string body)
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf("<!DOCTYPE html><html><body>" + body + "</body></html>", new PdfRenderOptions());

        using var pdf = PdfDocument.Open(result.Pdf);
        var page = pdf.GetPage(1);
        Assert.That(page.Letters.Select(l => Math.Round(l.StartBaseLine.Y)).Distinct().Count(), Is.GreaterThanOrEqualTo(4), "the paragraph is broken into lines");
        // The paragraph's marked content read as the structure tree's text is (pdfinfo -struct-text, screen readers):
        // the words are the source's, none glued to the next line's first ("At-LargeAdvisory").
        var source = WebUtility.HtmlDecode(body[(body.IndexOf('>') + 1)..body.LastIndexOf('<')]);
        // In the Arabic, a right-to-left mark starts "GAC" and "ALAC", whose closing brackets stand left of them (LineOrderMarks).
        if (body.Contains("dir=\"rtl\"")) source = source.Replace("(GAC)", "(\u200FGAC)").Replace("(ALAC)", "(\u200FALAC)");
        Assert.That(MarkedText(page).Single().Split(' ', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(source.Split(' ')));
    }

    /// <summary>The text of each marked-content sequence of the page that is not an artifact, in content order.</summary>
    private static List<string> MarkedText(UglyToad.PdfPig.Content.Page page) =>
        page.GetMarkedContents().Where(m => m.Tag != "Artifact").Select(m => string.Concat(m.Letters.Select(l => l.Value))).ToList();

    [Test]
    public void Every_word_of_the_Arabic_briefing_reads_back_intact_in_content_order()
    {
        // Every paragraph and list item of briefings/icann81-gac-alac.ar.yaml, set as the Arabic template sets them
        // (right to left, justified), on pages of the sample's width: many lines break at spaces.
        var texts = BidiAlgorithmTests.ArabicBriefingTexts();
        var html = new StringBuilder("<!DOCTYPE html><html dir=\"rtl\" lang=\"ar\"><body style=\"text-align: justify; font-size: 10.5pt\">");
        foreach (var text in texts) html.Append("<p>").Append(WebUtility.HtmlEncode(text)).Append("</p>");
        html.Append("</body></html>");
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf(html.ToString(), new PdfRenderOptions());

        using var pdf = PdfDocument.Open(result.Pdf);
        // Each paragraph's marked content, as the structure tree reads it: its lines with nothing between them but
        // what the PDF writes.
        var read = string.Join("\n", pdf.GetPages().SelectMany(MarkedText));
        var found = Words(read).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var missing = new List<string>();
        var sourceWords = texts.SelectMany(Words).ToList();
        foreach (var word in sourceWords)
        {
            if (found.GetValueOrDefault(word) > 0) found[word]--;
            else missing.Add(word);
        }

        Assert.That(sourceWords, Has.Count.GreaterThan(500));
        Assert.That(missing, Is.Empty, "source words not found intact in the PDF's text");
    }

    /// <summary>Words as conformance/extraction/measure.py counts them: maximal runs of letters, marks and digits (NFC).</summary>
    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber)
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0) yield return word.ToString();
    }
}
