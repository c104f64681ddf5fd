using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Text;

/// <summary>CSS <c>word-break: keep-all</c> (issue 17): Korean lines break at spaces only, never inside a word.</summary>
public class KeepAllTests
{
    private static FontCatalog catalog = null!;

    [OneTimeSetUp]
    public void CreateCatalog() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeCatalog() => catalog.Dispose();

    private const string Korean = "국제연합 안전보장이사회는 국제 평화와 안전의 유지에 관한 일차적 책임을 진다. 이사회는 열다섯 이사국으로 구성된다.";

    private static List<string> Lines(bool keepAll, float width)
    {
        var style = new TextStyle(["Noto Sans", "sans-serif"], 12f, Language: "ko", WordBreak: keepAll ? WordBreak.KeepAll : WordBreak.Normal);
        var fonts = new DocumentFontSet(catalog);
        Assert.That(fonts.Add(Korean, style), Is.Empty);
        using var layouter = fonts.Build();
        return layouter.Layout([new TextRun(Korean, style)], width).Select(l => Korean[l.SourceStart..l.SourceEnd]).ToList();
    }

    [TestCase(100f)]
    [TestCase(150f)]
    [TestCase(230f)]
    public void Keep_all_breaks_korean_only_at_spaces(float width)
    {
        var lines = Lines(keepAll: true, width);
        var words = Korean.Split(' ').ToHashSet();
        Assert.That(lines, Has.Count.GreaterThan(1));
        // Every line is whole words: its trimmed text split at spaces gives only words of the sentence.
        foreach (var line in lines)
            Assert.That(line.Trim().Split(' ').Where(w => !words.Contains(w)), Is.Empty, $"line '{line}'");
        Assert.That(string.Concat(lines), Is.EqualTo(Korean));
    }

    [Test]
    public void Without_keep_all_korean_breaks_between_syllables()
    {
        var words = Korean.Split(' ').ToHashSet();
        var lines = Lines(keepAll: false, 150f);
        Assert.That(lines.SelectMany(l => l.Trim().Split(' ')).Any(w => !words.Contains(w)), Is.True,
            "UAX #14 allows a break between Hangul syllables; a narrow line takes it");
    }
}
