using System.Text.RegularExpressions;
using Briefc;
using BriefingCompiler.Tests.Cli;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace BriefingCompiler.Tests.Building;

/// <summary>
/// Issue 17's targets for Japanese, Korean and Traditional Chinese: the ICANN81 GAC–ALAC briefing written in each
/// (tests/…/Fixtures/cjk/) builds to a PDF whose text reads back, whose Han characters are drawn by the face of the
/// language (Noto Sans JP, TC; the Simplified Chinese sample's by SC), whose lines respect kinsoku (no line starts
/// with closing punctuation or ends with opening punctuation) and whose Korean lines break only between words.
/// </summary>
public partial class CjkSampleBriefingTests
{
    private static readonly Dictionary<string, List<Page>> Built = new();
    private static string folder = null!;

    [OneTimeSetUp]
    public void Build()
    {
        folder = Directory.CreateTempSubdirectory("briefc-cjk-").FullName;
        foreach (var language in new[] { "ja", "ko", "zh-Hant", "zh" })
        {
            var output = Path.Combine(folder, language);
            var run = CliRun.Of("build", Source(language), "--out", output);
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
            Assert.That(run.Error, Does.Not.Contain("PDF1"), "no font warning (PDF130 tofu, PDF132 unknown family)");
            var pdf = PdfDocument.Open(Path.Combine(output, $"icann81-gac-alac.{language}.pdf"));
            Built[language] = pdf.GetPages().ToList();
        }
    }

    [OneTimeTearDown]
    public void Delete() => Directory.Delete(folder, recursive: true);

    private static string Source(string language) => language == "zh"
        ? Path.Combine(TestPaths.RepositoryRoot, "briefings", "icann81-gac-alac.zh.yaml")
        : TestPaths.Fixture(Path.Combine("cjk", $"icann81-gac-alac.{language}.yaml"));

    /// <summary>The sentences of the briefing's prose (objective, background, closing), without spaces or markup.</summary>
    private static IEnumerable<string> Sentences(string language)
    {
        var yaml = File.ReadAllText(Source(language));
        foreach (Match block in ProseBlock().Matches(yaml))
            foreach (var sentence in SentenceEnd().Split(block.Groups[1].Value))
                if (Whitespace().Replace(sentence, "") is { Length: > 6 } clean) yield return clean;
    }

    [TestCase("ja")]
    [TestCase("ko")]
    [TestCase("zh-Hant")]
    public void Every_sentence_reads_back_from_the_PDF(string language)
    {
        var text = string.Concat(Built[language].Select(p => Whitespace().Replace(p.Text, "")));
        var sentences = Sentences(language).ToList();
        Assert.That(sentences, Has.Count.GreaterThan(4));
        Assert.That(sentences.Where(s => !text.Contains(s, StringComparison.Ordinal)), Is.Empty);
    }

    [TestCase("ja", "NotoSansJP")]
    [TestCase("zh-Hant", "NotoSansTC")]
    [TestCase("zh", "NotoSansSC")]
    public void Han_characters_are_drawn_by_the_face_of_the_language(string language, string face)
    {
        var han = Built[language].SelectMany(p => p.Letters).Where(l => l.Value is "直" or "骨" or "角").ToList();
        Assert.That(han, Is.Not.Empty, "the sample uses 直, 骨 or 角");
        Assert.That(han.Select(l => l.FontName).Distinct().Where(f => !f.Contains(face, StringComparison.Ordinal)), Is.Empty);
    }

    private const string NeverStartsALine = "、。，．）」』】〕》〉！？：；・ー々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
    private const string NeverEndsALine = "（「『【〔《〈";

    [TestCase("ja")]
    [TestCase("zh-Hant")]
    [TestCase("zh")]
    public void No_line_breaks_kinsoku(string language)
    {
        var lines = Built[language].SelectMany(Lines).Where(l => l.Length > 0).ToList();
        Assert.That(lines, Has.Count.GreaterThan(30));
        Assert.That(lines.Where(l => NeverStartsALine.Contains(l[0])), Is.Empty, "closing punctuation or small kana starting a line");
        Assert.That(lines.Where(l => NeverEndsALine.Contains(l[^1])), Is.Empty, "opening punctuation ending a line");
    }

    [Test]
    public void Korean_lines_break_only_between_words()
    {
        // keep-all (the template's :lang(ko) rule): every Hangul piece of every line is a whole word of the source.
        // The source's words, and those briefc adds: the built-in Korean labels and the dates it writes ("2024년 11월 4일").
        var added = string.Join(' ', BriefingCompiler.Localization.BuiltInLabels.For("ko").Values) + " " +
            BriefingCompiler.Localization.DateFormatter.Format(new DateOnly(2024, 11, 4), "ko");
        var words = Whitespace().Split(File.ReadAllText(Source("ko")) + " " + added).Select(HangulOnly).Where(w => w.Length > 0).ToHashSet();
        var pieces = Built["ko"].SelectMany(Lines).SelectMany(l => l.Split(' ')).Select(HangulOnly).Where(w => w.Length > 0).ToList();
        Assert.That(pieces, Has.Count.GreaterThan(200));
        Assert.That(pieces.Where(p => !words.Contains(p)), Is.Empty, "a piece of a word: a line broke inside it");
    }

    private static string HangulOnly(string word) => string.Concat(word.Where(c => c is >= '\uAC00' and <= '\uD7A3'));

    /// <summary>The page's text lines, top to bottom, each read left to right (letters grouped by baseline); a
    /// gap wider than half an em (between table cells on one baseline) reads as a space.</summary>
    private static IEnumerable<string> Lines(Page page) =>
        page.Letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => Line(g.OrderBy(l => l.StartBaseLine.X).ToList()));

    private static string Line(List<Letter> letters)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < letters.Count; i++)
        {
            if (i > 0 && letters[i].StartBaseLine.X - letters[i - 1].EndBaseLine.X > letters[i].PointSize / 2) text.Append(' ');
            text.Append(letters[i].Value);
        }

        return text.ToString().Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[。．.])")]
    private static partial Regex SentenceEnd();

    // A block scalar of the prose fields, up to the next top-level key.
    [GeneratedRegex(@"^(?:objective|background|closing): \|\n((?:  .*\n|\n)+)", RegexOptions.Multiline)]
    private static partial Regex ProseBlock();
}
