namespace BriefingCompiler.Conformance;

/// <summary>
/// The checked-in list of tests known to be invalid in this snapshot of the suite: a test or reference that was later
/// corrected upstream because no correct engine could match it as written. One test a line, <c>path | reason |
/// evidence</c>; <c>#</c> lines and blank lines are comments. The harness skips these tests with the reason
/// <see cref="ReftestCatalog.InvalidTestReason"/>; a test merely failing never belongs here.
/// </summary>
public static class InvalidTestsFile
{
    public const string FileName = "invalid-tests.txt";

    /// <summary>The list at <paramref name="path"/> by test path; empty when there is no such file.</summary>
    public static IReadOnlyDictionary<string, InvalidTest> Read(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), path) : new Dictionary<string, InvalidTest>(StringComparer.Ordinal);

    /// <summary>
    /// The entries of <paramref name="text"/>; a line that is not three non-empty fields, or a path listed twice, is a
    /// <see cref="FormatException"/> naming <paramref name="fileName"/> and the line.
    /// </summary>
    public static IReadOnlyDictionary<string, InvalidTest> Parse(string text, string fileName)
    {
        var entries = new Dictionary<string, InvalidTest>(StringComparer.Ordinal);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var fields = line.Split('|', StringSplitOptions.TrimEntries);
            if (fields.Length != 3 || fields.Any(f => f.Length == 0))
            {
                throw new FormatException($"{fileName}({i + 1}): expected 'path | reason | upstream evidence' (three non-empty fields " +
                                          $"separated by '|'), found {fields.Length} field(s); fix or remove the line");
            }

            var test = new InvalidTest(fields[0].TrimStart('/'), fields[1], fields[2]);
            if (!entries.TryAdd(test.Path, test))
                throw new FormatException($"{fileName}({i + 1}): {test.Path} is listed twice; keep one line for it");
        }

        return entries;
    }
}
