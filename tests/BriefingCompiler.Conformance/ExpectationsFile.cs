namespace BriefingCompiler.Conformance;

/// <summary>
/// The tests that passed when the expectations were last updated: one suite-relative path per line, sorted
/// (ordinal), <c>#</c> lines are comments. Checked in; a test listed here that no longer passes is a regression.
/// </summary>
public static class ExpectationsFile
{
    public const string FileName = "expectations.txt";

    private const string Header = """
        # W3C CSS reftests (../shared/conformance/w3c-css-2017) that the engine passes: a regression guard.
        # `dotnet test` fails when one of these stops passing. Rewritten by the harness with --update-expectations
        # (tests/BriefingCompiler.Conformance/README.md); one suite-relative path per line, sorted.
        """;

    public static IReadOnlyList<string> Read(string path) =>
        File.Exists(path)
            ? [.. File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))]
            : [];

    public static void Write(string path, IEnumerable<string> passing)
    {
        var lines = passing.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        File.WriteAllText(path, Header.ReplaceLineEndings("\n") + "\n" + string.Concat(lines.Select(l => l + "\n")));
    }
}
