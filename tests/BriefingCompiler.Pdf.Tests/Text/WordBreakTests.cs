using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Text;

/// <summary>CSS <c>word-break</c> (issue 17): with keep-all Korean lines break at spaces only, never inside a word;
/// with break-all any two letters may be parted.</summary>
public class WordBreakTests
{
    private static FontCatalog catalog = null!;

    [OneTimeSetUp]
    public void CreateCatalog() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeCatalog() => catalog.Dispose();

    private const string Korean = "국제연합 안전보장이사회는 국제 평화와 안전의 유지에 관한 일차적 책임을 진다. 이사회는 열다섯 이사국으로 구성된다.";

    private static List<string> Lines(bool keepAll, float width) =>
        Lines(Korean, keepAll ? WordBreakMode.KeepAll : WordBreakMode.Normal, width, "ko");

    private static List<string> Lines(string text, WordBreakMode wordBreak, float width, string? language = null)
    {
        var style = new TextStyle(["Noto Sans", "sans-serif"], 12f, Language: language, WordBreak: wordBreak);
        var fonts = new DocumentFontSet(catalog);
        Assert.That(fonts.Add(text, style), Is.Empty);
        using var layouter = fonts.Build();
        return layouter.Layout([new TextRun(text, style)], width).Select(l => text[l.SourceStart..l.SourceEnd]).ToList();
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

    private const string English = "Internationalized domain names, accountability and transparency.";

    [Test]
    public void Break_all_fills_lines_by_letters_and_normal_by_words()
    {
        var words = English.Split(' ').ToHashSet();
        var normal = Lines(English, WordBreakMode.Normal, 120f);
        var breakAll = Lines(English, WordBreakMode.BreakAll, 120f);

        Assert.That(normal.SelectMany(l => l.Trim().Split(' ')).All(words.Contains), Is.True, "normal: whole words");
        Assert.That(breakAll.SelectMany(l => l.Trim().Split(' ')).Any(w => !words.Contains(w)), Is.True,
            "break-all parts a word at the line's end instead of moving it down");
        Assert.That(breakAll.Count, Is.LessThanOrEqualTo(normal.Count));
        Assert.That(string.Concat(breakAll), Is.EqualTo(English));
        // Never before the comma or the full stop: they are not letters, UAX #14 keeps them with the word.
        Assert.That(breakAll.Skip(1).Where(l => l.StartsWith(',') || l.StartsWith('.')), Is.Empty);
    }

    [Test]
    public void Break_all_keeps_a_letter_and_its_combining_mark_together()
    {
        const string text = "Re\u0301sume\u0301 re\u0301sume\u0301 re\u0301sume\u0301";
        var lines = Lines(text, WordBreakMode.BreakAll, 30f);
        Assert.That(lines, Has.Count.GreaterThan(2));
        Assert.That(lines.Where(l => l.Length > 0 && char.GetUnicodeCategory(l[0]) == System.Globalization.UnicodeCategory.NonSpacingMark), Is.Empty);
    }
}
