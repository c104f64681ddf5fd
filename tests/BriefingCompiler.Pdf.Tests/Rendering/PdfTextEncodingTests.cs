using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering.PdfFile;
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

    [Test]
    public void Each_cluster_gives_its_text_to_one_glyph_and_a_dotless_base_stands_for_several_letters()
    {
        using var catalog = new FontCatalog();
        var style = new TextStyle(["Noto Sans"], 12f);
        var fonts = new DocumentFontSet(catalog);
        fonts.Add(Arabic, style);
        using var layouter = fonts.Build();
        var run = layouter.Layout([new TextRun(Arabic, style)], float.PositiveInfinity, rightToLeft: true).Single().Runs.Single();

        var texts = GlyphTextAssignment.Of(run, glyph => run.Font.Shaper!.GetHorizontalGlyphAdvance(glyph));

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

    [TestCase("<p dir=\"rtl\" lang=\"ar\">" + Arabic + "</p>", Arabic, TestName = "Arabic, in logical order")]
    [TestCase("<p>office fire, fluff of waffles</p>", "office fire, fluff of waffles", TestName = "Latin with ligatures")]
    [TestCase("<p dir=\"rtl\" lang=\"ar\">اجتماع GAC مع ALAC</p>", "اجتماع GAC مع ALAC", TestName = "Arabic with Latin names")]
    public void The_letters_of_the_pdf_read_in_content_order_are_the_text(string body, string expected)
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf("<!DOCTYPE html><html><body>" + body + "</body></html>", new PdfRenderOptions());

        using var pdf = PdfDocument.Open(result.Pdf);
        var letters = pdf.GetPage(1).Letters;
        Assert.That(string.Concat(letters.Select(l => l.Value)), Is.EqualTo(expected));
    }
}
