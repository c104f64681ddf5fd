using System.Reflection;
using System.Text.RegularExpressions;
using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Tests.Docs;

/// <summary>Every code briefc can emit is explained in docs/diagnostics.md, and the page lists no code that does not exist.</summary>
public partial class DiagnosticsDocumentationTests
{
    private static string Documentation =>
        File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "diagnostics.md"));

    private static IReadOnlyList<string> DefinedCodes =>
        [.. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)];

    [Test]
    public void Every_code_used_in_src_is_documented_in_a_table_row()
    {
        var used = Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => Code().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Concat(DefinedCodes)
            .Distinct()
            .Order()
            .ToList();
        var documented = TableRow().Matches(Documentation).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.That(used.Where(code => !documented.Contains(code)), Is.Empty);
    }

    [Test]
    public void Every_documented_code_exists()
    {
        var documented = TableRow().Matches(Documentation).Select(m => m.Groups[1].Value).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(documented.Except(DefinedCodes), Is.Empty);
            Assert.That(documented, Is.Unique);
        });
    }

    [Test]
    public void Codes_are_unique_and_grouped_by_stage()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DefinedCodes, Is.Unique);
            Assert.That(DefinedCodes, Is.All.Match("^BRF[1-9][0-9]{3}$"));
        });
    }

    /// <summary>A code as a string literal in code (not as an example in a comment).</summary>
    [GeneratedRegex(@"""(BRF[0-9]{4})""")]
    private static partial Regex Code();

    [GeneratedRegex(@"^\| (BRF[0-9]{4}) \| (?:error|warning) \| .+ \|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
