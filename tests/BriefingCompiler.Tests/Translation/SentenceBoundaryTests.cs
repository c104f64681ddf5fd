using System.Globalization;
using System.Text;
using BriefingCompiler.Translation;

namespace BriefingCompiler.Tests.Translation;

/// <summary>
/// <see cref="SentenceBoundaries"/> against every case of Unicode's sentence boundary conformance file
/// (SentenceBreakTest of the pinned Unicode version, checked in under Translation/Data by tools/unicode/generate.mjs),
/// and on the sentences briefings have.
/// </summary>
public class SentenceBoundaryTests
{
    private static readonly string DataFile = Path.Combine(TestPaths.RepositoryRoot, "tests", "BriefingCompiler.Tests", "Translation", "Data", "SentenceBreakTest-17.0.0.txt");

    [Test]
    public void Every_case_of_the_conformance_file_breaks_as_it_says()
    {
        var cases = File.ReadAllLines(DataFile).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        Assert.That(cases, Has.Count.EqualTo(512), "Unicode 17.0.0's SentenceBreakTest has 512 cases; a truncated file would pass vacuously");
        var failures = new List<string>();
        foreach (var line in cases)
        {
            var text = new StringBuilder();
            var expected = new List<int>();
            var token = new StringBuilder();
            foreach (var c in line + "÷")
            {
                if (c is '×' or '÷')
                {
                    text.Append(char.ConvertFromUtf32(int.Parse(token.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    token.Clear();
                    if (c == '÷')
                        expected.Add(text.Length);
                }
                else
                {
                    token.Append(c);
                }
            }
            expected.RemoveAt(expected.Count - 1); // the end of the text, implied
            var actual = SentenceBoundaries.Of(text.ToString());
            if (!actual.SequenceEqual(expected))
                failures.Add($"{line}: expected [{string.Join(",", expected)}] got [{string.Join(",", actual)}]");
        }
        Assert.That(failures, Is.Empty, () => $"{failures.Count} of {cases.Count} cases fail:\n" + string.Join("\n", failures.Take(25)));
    }

    [TestCase("One sentence. Another one.", new[] { "One sentence. ", "Another one." })]
    [TestCase("Use e.g. the agenda. Then vote.", new[] { "Use e.g. the agenda. ", "Then vote." })]
    [TestCase("Version 1.2 is out! Is it? Yes.", new[] { "Version 1.2 is out! ", "Is it? ", "Yes." })]
    [TestCase("He said (\"stop.\") Then left.", new[] { "He said (\"stop.\") ", "Then left." })]
    [TestCase("第一句。第二句！第三句？好", new[] { "第一句。", "第二句！", "第三句？", "好" })]
    [TestCase("هل توافق؟ نعم.", new[] { "هل توافق؟ ", "نعم." })]
    [TestCase("Mr. Smith spoke.", new[] { "Mr. ", "Smith spoke." })] // no list of abbreviations in UAX #29: as CAT tools' default rules without one
    public void Sentences_of_briefings(string text, string[] sentences)
    {
        var boundaries = SentenceBoundaries.Of(text);
        var starts = new[] { 0 }.Concat(boundaries).ToList();
        var ends = boundaries.Append(text.Length).ToList();
        Assert.That(starts.Zip(ends, (s, e) => text[s..e]), Is.EqualTo(sentences));
    }
}
