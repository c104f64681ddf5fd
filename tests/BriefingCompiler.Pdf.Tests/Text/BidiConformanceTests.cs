using System.Globalization;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Text;

/// <summary>
/// Runs every case of the two UAX #9 conformance files of the pinned Unicode version (checked in under Text/Data
/// by tools/unicode/generate.mjs), in chunks so a failure names the chunk and the first differing cases.
/// BidiTest gives Bidi_Class sequences and is run through the class-level core (rules P2–I2, L1, L2);
/// BidiCharacterTest gives real text and is run through the public <see cref="BidiAlgorithm.Analyze"/>,
/// <see cref="BidiParagraph.LineLevels"/> and <see cref="BidiParagraph.VisualRuns"/>. Each paragraph is one line.
/// </summary>
public class BidiConformanceTests
{
    private const string ClassTestFile = "BidiTest-17.0.0.txt";
    private const string CharacterTestFile = "BidiCharacterTest-17.0.0.txt";
    private const int ClassChunkSize = 25000;
    private const int CharacterChunkSize = 10000;

    /// <summary>Cases we knowingly do not pass, with the reason: for BidiTest "classes;direction" (letters as in the
    /// file, direction 1 auto, 2 LTR, 4 RTL), for BidiCharacterTest the 1-based case number. Empty: every case passes.
    /// A case listed here that starts passing fails the run so the list cannot go stale.</summary>
    private static readonly IReadOnlyDictionary<string, string> KnownDeviations = new Dictionary<string, string>();

    private static readonly Lazy<IReadOnlyList<ClassCase>> ClassCases = new(ReadClassCases);
    private static readonly Lazy<IReadOnlyList<CharacterCase>> CharacterCases = new(ReadCharacterCases);

    public static IEnumerable<TestCaseData> ClassChunks() => Chunk(ClassCases.Value.Count, ClassChunkSize, "BidiTest");

    public static IEnumerable<TestCaseData> CharacterChunks() => Chunk(CharacterCases.Value.Count, CharacterChunkSize, "BidiCharacterTest");

    [TestCaseSource(nameof(ClassChunks))]
    public void BidiTest_cases_resolve_and_reorder_as_the_file_says(int start, int length)
    {
        var failures = new List<string>();
        int run = 0;
        foreach (var testCase in ClassCases.Value.Skip(start).Take(length))
        {
            foreach (var (bit, direction) in new[] { (1, BidiDirection.Auto), (2, BidiDirection.LeftToRight), (4, BidiDirection.RightToLeft) })
            {
                if ((testCase.Bitset & bit) == 0)
                {
                    continue;
                }

                run++;
                var levels = BidiAlgorithm.ResolveLevels(testCase.Classes, ReadOnlySpan<BidiBracket>.Empty, direction, out byte paragraphLevel);
                BidiAlgorithm.ResetWhitespaceLevels(testCase.Classes, levels, paragraphLevel);
                var order = VisualOrder(BidiAlgorithm.ReorderRuns(levels), i => BidiAlgorithm.IsRemovedByX9(testCase.Classes[i]));
                string? difference = Compare(testCase.Levels, testCase.Order, levels, order, i => BidiAlgorithm.IsRemovedByX9(testCase.Classes[i]));
                Record(failures, $"{testCase.Letters};{bit}", difference);
            }
        }

        Assert.That(failures, Is.Empty, () => $"{failures.Count} of {run} runs fail:\n" + string.Join("\n", failures.Take(25)));
    }

    [TestCaseSource(nameof(CharacterChunks))]
    public void BidiCharacterTest_cases_resolve_and_reorder_as_the_file_says(int start, int length)
    {
        var failures = new List<string>();
        for (int number = start; number < start + length; number++)
        {
            var testCase = CharacterCases.Value[number];
            var text = string.Concat(testCase.CodePoints.Select(char.ConvertFromUtf32));
            var paragraph = BidiAlgorithm.Analyze(text, testCase.Direction);

            // Back from UTF-16 units to code point indices, as the file counts.
            var codePointAt = new int[text.Length + 1];
            var unitOf = new int[testCase.CodePoints.Length];
            for (int k = 0, unit = 0; k < testCase.CodePoints.Length; k++)
            {
                unitOf[k] = unit;
                int width = testCase.CodePoints[k] > 0xFFFF ? 2 : 1;
                codePointAt.AsSpan(unit, width).Fill(k);
                unit += width;
            }

            codePointAt[text.Length] = testCase.CodePoints.Length;

            var unitLevels = paragraph.LineLevels(0, text.Length);
            var levels = unitOf.Select(unit => unitLevels[unit]).ToArray();
            var runs = paragraph.VisualRuns(0, text.Length)
                .Select(r => new BidiRun(codePointAt[r.Start], codePointAt[r.End] - codePointAt[r.Start], r.Level))
                .ToList();
            bool Removed(int k) => BidiAlgorithm.IsRemovedByX9(BidiAlgorithm.ClassOf(testCase.CodePoints[k]));
            var order = VisualOrder(runs, Removed);

            string? difference = paragraph.ParagraphLevel != testCase.ParagraphLevel
                ? $"paragraph level {paragraph.ParagraphLevel}, expected {testCase.ParagraphLevel}"
                : Compare(testCase.Levels, testCase.Order, levels, order, Removed);
            Record(failures, (number + 1).ToString(CultureInfo.InvariantCulture), difference, testCase.Line);
        }

        Assert.That(failures, Is.Empty, () => $"{failures.Count} of {length} cases fail:\n" + string.Join("\n", failures.Take(25)));
    }

    [Test]
    public void The_whole_files_are_read()
    {
        // Unicode 17.0.0: 490,846 BidiTest lines and 91,707 BidiCharacterTest cases; a truncated checkout would
        // pass the chunks vacuously.
        Assert.Multiple(() =>
        {
            Assert.That(ClassCases.Value, Has.Count.EqualTo(490846));
            Assert.That(CharacterCases.Value, Has.Count.EqualTo(91707));
        });
    }

    private static IEnumerable<TestCaseData> Chunk(int count, int size, string name)
    {
        for (int start = 0; start < count; start += size)
        {
            int length = Math.Min(size, count - start);
            yield return new TestCaseData(start, length).SetName($"{name} cases {start + 1}-{start + length} of {count}");
        }
    }

    private static void Record(List<string> failures, string key, string? difference, string? line = null)
    {
        bool deviationKnown = KnownDeviations.ContainsKey(key);
        if (difference is null && deviationKnown)
        {
            failures.Add($"{key} is listed as a known deviation but passes");
        }
        else if (difference is not null && !deviationKnown)
        {
            failures.Add($"{key}{(line is null ? "" : $" [{line}]")}: {difference}");
        }
    }

    /// <summary>Logical indices in visual order from runs in visual order, leaving out the characters X9 removes.</summary>
    private static List<int> VisualOrder(IEnumerable<BidiRun> runs, Func<int, bool> removed)
    {
        var order = new List<int>();
        foreach (var run in runs)
        {
            for (int i = 0; i < run.Length; i++)
            {
                int index = run.IsRightToLeft ? run.End - 1 - i : run.Start + i;
                if (!removed(index))
                {
                    order.Add(index);
                }
            }
        }

        return order;
    }

    /// <summary>Null when the levels (x = -1: removed by X9) and the order match, else what differs.</summary>
    private static string? Compare(int[] expectedLevels, int[] expectedOrder, IReadOnlyList<byte> levels, List<int> order, Func<int, bool> removed)
    {
        for (int i = 0; i < expectedLevels.Length; i++)
        {
            bool expectedRemoved = expectedLevels[i] < 0;
            if (expectedRemoved != removed(i) || (!expectedRemoved && expectedLevels[i] != levels[i]))
            {
                return $"levels [{string.Join(" ", levels)}], expected [{string.Join(" ", expectedLevels.Select(l => l < 0 ? "x" : l.ToString(CultureInfo.InvariantCulture)))}]";
            }
        }

        return order.SequenceEqual(expectedOrder)
            ? null
            : $"order [{string.Join(" ", order)}], expected [{string.Join(" ", expectedOrder)}]";
    }

    private static IEnumerable<string> DataLines(string file)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Text", "Data", file);
        return File.ReadLines(path).Where(line => line.Length > 0 && line[0] != '#');
    }

    private static List<ClassCase> ReadClassCases()
    {
        var cases = new List<ClassCase>();
        var letters = new Dictionary<char, BidiClass>();
        int[] levels = [];
        int[] order = [];
        foreach (var line in DataLines(ClassTestFile))
        {
            if (line.StartsWith("!classes ", StringComparison.Ordinal))
            {
                foreach (var mapping in line["!classes ".Length..].Split(' '))
                {
                    letters[mapping[0]] = Enum.Parse<BidiClass>(mapping[2..]);
                }
            }
            else if (line[0] == '@')
            {
                var parts = line[1..].Split(';');
                levels = parts[0].Split(' ').Select(l => l == "x" ? -1 : int.Parse(l, CultureInfo.InvariantCulture)).ToArray();
                order = parts[1].Length == 0 ? [] : parts[1].Split(' ').Select(i => int.Parse(i, CultureInfo.InvariantCulture)).ToArray();
            }
            else
            {
                var classLetters = line[..^1];
                cases.Add(new ClassCase(classLetters, classLetters.Select(c => letters[c]).ToArray(), line[^1] - '0', levels, order));
            }
        }

        return cases;
    }

    private static List<CharacterCase> ReadCharacterCases()
    {
        var cases = new List<CharacterCase>();
        int[] codePoints = [];
        foreach (var line in DataLines(CharacterTestFile))
        {
            var fields = line.Split(';');
            if (fields[0] != "=")
            {
                codePoints = fields[0].Split(' ').Select(cp => int.Parse(cp, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            }

            var direction = fields[1] switch
            {
                "0" => BidiDirection.LeftToRight,
                "1" => BidiDirection.RightToLeft,
                _ => BidiDirection.Auto,
            };
            var levels = fields[3].Select(c => c == 'x' ? -1 : c - '0').ToArray();
            cases.Add(new CharacterCase(line, codePoints, direction, int.Parse(fields[2], CultureInfo.InvariantCulture), levels, ParseOrder(fields[4])));
        }

        return cases;
    }

    /// <summary>"3-0,5-6" → 3 2 1 0 5 6.</summary>
    private static int[] ParseOrder(string runs)
    {
        var order = new List<int>();
        if (runs.Length == 0)
        {
            return [];
        }

        foreach (var run in runs.Split(','))
        {
            var ends = run.Split('-').Select(i => int.Parse(i, CultureInfo.InvariantCulture)).ToArray();
            int first = ends[0];
            int last = ends[^1];
            int step = last >= first ? 1 : -1;
            for (int i = first; i != last + step; i += step)
            {
                order.Add(i);
            }
        }

        return order.ToArray();
    }

    private sealed record ClassCase(string Letters, BidiClass[] Classes, int Bitset, int[] Levels, int[] Order);

    private sealed record CharacterCase(string Line, int[] CodePoints, BidiDirection Direction, int ParagraphLevel, int[] Levels, int[] Order);
}
