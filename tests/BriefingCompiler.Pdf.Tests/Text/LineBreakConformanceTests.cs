using System.Globalization;
using System.Text;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Text;

/// <summary>
/// Runs every case of the Unicode line breaking conformance file (LineBreakTest of the pinned Unicode version,
/// checked in under Text/Data by tools/unicode/generate.mjs) against <see cref="LineBreaker"/>, in chunks so a
/// failure names the chunk and the first differing cases.
/// </summary>
public class LineBreakConformanceTests
{
    private const string DataFile = "LineBreakTest-17.0.0.txt";
    private const int ChunkSize = 1000;

    /// <summary>Cases we knowingly do not pass, by their line in the data file, with the reason. Empty: every
    /// case passes. A case listed here that starts passing fails the run so the list cannot go stale.</summary>
    private static readonly IReadOnlyDictionary<string, string> KnownDeviations = new Dictionary<string, string>();

    public static IEnumerable<TestCaseData> Chunks()
    {
        int count = ReadCases().Count;
        for (int start = 0; start < count; start += ChunkSize)
        {
            int length = Math.Min(ChunkSize, count - start);
            yield return new TestCaseData(start, length).SetName($"LineBreakTest cases {start + 1}-{start + length} of {count}");
        }
    }

    [TestCaseSource(nameof(Chunks))]
    public void Cases_break_as_the_conformance_file_says(int start, int length)
    {
        var cases = ReadCases();
        var failures = new List<string>();
        for (int i = start; i < start + length; i++)
        {
            var (text, expected) = Parse(cases[i]);
            var actual = LineBreaker.FindBreaks(text).Select(b => b.Position).ToArray();
            bool passes = actual.SequenceEqual(expected);
            bool deviationKnown = KnownDeviations.ContainsKey(cases[i]);
            if (passes == deviationKnown)
            {
                failures.Add($"{cases[i]}  expected [{string.Join(",", expected)}] got [{string.Join(",", actual)}]"
                    + (deviationKnown ? " (listed as a known deviation but passes)" : ""));
            }
        }

        Assert.That(failures, Is.Empty, () => $"{failures.Count} of {length} cases fail:\n" + string.Join("\n", failures.Take(25)));
    }

    [Test]
    public void The_whole_file_is_read()
    {
        // 16,672 cases in Unicode 17.0.0's LineBreakTest; a truncated checkout would pass the chunks vacuously.
        Assert.That(ReadCases(), Has.Count.EqualTo(16672));
    }

    private static List<string> ReadCases()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Text", "Data", DataFile);
        return File.ReadLines(path).Where(line => line.Length > 0 && line[0] != '#').ToList();
    }

    /// <summary>"0041×0020÷0042" → the text and the UTF-16 offsets of its break opportunities (end included).</summary>
    internal static (string Text, int[] Breaks) Parse(string line)
    {
        var text = new StringBuilder();
        var breaks = new List<int>();
        int tokenStart = 0;
        for (int i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && line[i] != '×' && line[i] != '÷')
            {
                continue;
            }

            int codePoint = int.Parse(line.AsSpan(tokenStart, i - tokenStart), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            text.Append(char.ConvertFromUtf32(codePoint));
            if (i == line.Length || line[i] == '÷')
            {
                breaks.Add(text.Length);
            }

            tokenStart = i + 1;
        }

        return (text.ToString(), breaks.ToArray());
    }
}
