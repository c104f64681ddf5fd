using System.Text.RegularExpressions;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Text;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Text;

/// <summary>Text of every bundled script, shaped (ligatures, Arabic joining), written to PDF and read back.</summary>
public class MixedScriptPdfTests
{
    private static FontCatalog catalog = null!;

    [OneTimeSetUp]
    public void CreateCatalog() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeCatalog() => catalog.Dispose();

    private static string Extract(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => p.Text));
    }

    [TestCase("The official fifty-five offices affirm")]
    [TestCase("Привет, мир. Γειά σου κόσμε.")]
    [TestCase("政府利益相关方和互联网终端用户")]
    public void Shaped_text_reads_back_as_typed(string text)
    {
        var style = new TextStyle(["Noto Sans"], 14);
        var result = TextPdfWriter.Write(catalog, [[new TextRun(text, style)]], TextAlignment.Start);
        Assert.That(Regex.Replace(Extract(result.Pdf), @"\s+", ""), Is.EqualTo(Regex.Replace(text, @"\s+", "")));
    }

    /// <summary>Arabic extracts through the ReversedChars and ActualText marks Skia writes for right-to-left
    /// runs and for letters drawn as several glyphs (Noto Naskh draws ب as a body and a dot). PdfPig's own text
    /// ignores ReversedChars, so <see cref="PdfTextReader"/> reads the marks itself. (poppler's pdftotext reads
    /// the same PDF in logical order too, see the Text README; at larger sizes it takes the ActualText spans for
    /// word gaps and inserts spaces.)</summary>
    [TestCase("مرحبا بالعالم", 11f)]
    [TestCase("مرحبا بالعالم", 14f)]
    [TestCase("بِسْمِ اللَّهِ", 24f)]
    [TestCase("لا إله", 11f)]
    public void Joined_arabic_reads_back_as_typed(string text, float size)
    {
        var style = new TextStyle(["Noto Sans"], size);
        var result = TextPdfWriter.Write(catalog, [[new TextRun(text, style)]], TextAlignment.Start, rightToLeft: true);
        var objects = PdfTextReader.Read(result.Pdf);
        Assert.That(objects, Has.Count.EqualTo(1), "one run");
        Assert.That(objects.Single().Reversed, Is.True);
        Assert.That(PdfTextReader.ReadLine(objects, rightToLeftParagraph: true), Is.EqualTo(text));
    }

    [Test]
    public void A_ligature_cut_by_a_forced_break_is_reshaped_and_keeps_every_letter()
    {
        var style = new TextStyle(["Noto Sans"], 14);
        const string word = "affluentofficefinfluffiest";
        var fonts = new DocumentFontSet(catalog);
        fonts.Add(word, style);
        using var layouter = fonts.Build();
        var whole = layouter.Layout([new TextRun(word, style)], 1000).Single().Runs.Single();
        foreach (var width in new[] { 20f, 25f, 30f, 35f, 41f })
        {
            var lines = layouter.Layout([new TextRun(word, style)], width);
            Assert.That(string.Concat(lines.Select(l => string.Concat(l.Runs.Select(r => r.Text)))), Is.EqualTo(word));
            Assert.That(lines.SelectMany(l => l.Runs).Sum(r => r.Glyphs.Length), Is.GreaterThanOrEqualTo(whole.Glyphs.Length));
            foreach (var line in lines)
                Assert.That(line.Runs.Single().Clusters, Has.All.LessThan((uint)line.Runs.Single().Text.Length));
        }
    }
}
