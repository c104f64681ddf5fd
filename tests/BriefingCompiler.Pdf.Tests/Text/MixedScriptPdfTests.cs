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

    /// <summary>Arabic extracts through the ActualText and ReversedChars marks Skia writes for the clusters
    /// and right-to-left glyphs; PdfPig ignores those, so this reads the PDF with poppler's pdftotext.</summary>
    /// <remarks>At larger sizes pdftotext reads the ActualText span Skia writes around a letter drawn as two
    /// glyphs (Noto Naskh draws ب as a body and a dot) as a word gap and inserts spaces; Chromium's PDFs, made
    /// the same way, behave alike. Body text size is checked here.</remarks>
    [TestCase("مرحبا بالعالم", 11f)]
    [TestCase("مرحبا بالعالم", 14f)]
    public void Joined_arabic_reads_back_as_typed_with_poppler(string text, float size)
    {
        var style = new TextStyle(["Noto Sans"], size);
        var result = TextPdfWriter.Write(catalog, [[new TextRun(text, style)]], TextAlignment.Start);
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"arabic-{text.Length}-{size}.pdf");
        File.WriteAllBytes(path, result.Pdf);
        string extracted;
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", [path, "-"])
            {
                RedirectStandardOutput = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            })!;
            extracted = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("pdftotext (poppler-utils) is not installed");
            return;
        }

        // pdftotext wraps right-to-left text in embedding marks (U+202B … U+202C).
        Assert.That(Regex.Replace(extracted, @"[\s\u202A-\u202E]+", " ").Trim(), Is.EqualTo(text));
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
