using System.Text;
using System.Text.RegularExpressions;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Text;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Text;

/// <summary>The founding briefing's Chinese text, written to PDF through the text API and read back.</summary>
public class FoundingBriefingPdfTests
{
    private static readonly string SourcePath = Path.Combine(TestContext.CurrentContext.TestDirectory, "Text", "Data", "founding-briefing.zh.txt");

    private static FontCatalog catalog = null!;

    [OneTimeSetUp]
    public void CreateCatalog() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeCatalog() => catalog.Dispose();

    private static List<IReadOnlyList<TextRun>> Paragraphs()
    {
        // Short lines without a full stop are the briefing's headings: set them in bold, as the template will.
        var body = new TextStyle(["Noto Sans", "Noto Sans SC"], 11f);
        var heading = body with { FontSize = 14f, FontWeight = 700 };
        return File.ReadAllText(SourcePath).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Select(l => (IReadOnlyList<TextRun>)[new TextRun(l, l.Length < 16 && !l.Contains('。') && !l.Contains('\t') ? heading : body)])
            .ToList();
    }

    private static string WithoutWhitespace(string text) => Regex.Replace(text, @"\s+", "");

    [Test]
    public void Text_reads_back_exactly()
    {
        var result = TextPdfWriter.Write(catalog, Paragraphs());
        using var pdf = PdfDocument.Open(result.Pdf);
        var extracted = string.Concat(pdf.GetPages().Select(p => p.Text));
        var source = File.ReadAllText(SourcePath);
        Assert.Multiple(() =>
        {
            Assert.That(result.Missing, Is.Empty);
            Assert.That(WithoutWhitespace(extracted), Is.EqualTo(WithoutWhitespace(source)));
            Assert.That(extracted, Does.Contain("一").And.Contain("方").And.Contain("网"));
        });
    }

    [Test]
    public void Embeds_only_subset_fonts_and_stays_small()
    {
        var result = TextPdfWriter.Write(catalog, Paragraphs());
        // Kept beside the test binaries for inspection with pdffonts or a viewer.
        File.WriteAllBytes(Path.Combine(TestContext.CurrentContext.WorkDirectory, "founding-briefing.zh.pdf"), result.Pdf);
        var latin1 = Encoding.Latin1.GetString(result.Pdf);
        var names = Regex.Matches(latin1, @"/BaseFont\s*/([^\s/<>\[\]]+)").Select(m => m.Groups[1].Value).Distinct().ToList();
        TestContext.Out.WriteLine($"PDF {result.Pdf.Length} bytes, subset in {result.SubsetTime.TotalMilliseconds:F1} ms, fonts: {string.Join(", ", names)}");
        Assert.Multiple(() =>
        {
            Assert.That(names, Is.Not.Empty);
            Assert.That(names, Has.All.Match(@"^[A-Z]{6}\+"));
            Assert.That(result.Pdf.Length, Is.LessThan(150 * 1024));
        });
    }

    [Test]
    public void No_line_starts_with_closing_or_ends_with_opening_punctuation()
    {
        var result = TextPdfWriter.Write(catalog, Paragraphs());
        var drawn = result.Lines.Where(l => l.Runs.Count > 0).Select(l => string.Concat(l.Runs.Select(r => r.Text))).ToList();
        Assert.That(drawn.Select(l => l[0]), Has.None.AnyOf('。', '，', '、', '；', '：', '？', '！', '）', '」', '』', '】'));
        Assert.That(drawn.Select(l => l[^1]), Has.None.AnyOf('（', '「', '『', '【'), "no line ends with opening punctuation");
    }

    [Test]
    public void Same_input_gives_identical_bytes()
    {
        var first = TextPdfWriter.Write(catalog, Paragraphs()).Pdf;
        var second = TextPdfWriter.Write(catalog, Paragraphs()).Pdf;
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Documents_written_at_the_same_time_give_the_bytes_of_one_written_alone()
    {
        // The long streams (the CJK font program, the pages' content) are compressed on the thread pool while the file is put
        // together; with every core writing a document the compressions end in another order, or run where they are awaited.
        var alone = TextPdfWriter.Write(catalog, Paragraphs()).Pdf;
        var together = new byte[Math.Max(4, Environment.ProcessorCount * 2)][];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = together.Length }, i => together[i] = TextPdfWriter.Write(catalog, Paragraphs()).Pdf);
        Assert.That(together, Has.All.EqualTo(alone));
    }
}
