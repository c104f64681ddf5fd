namespace BriefingCompiler.Conformance;

/// <summary>One folder's counts: tests found, run (not skipped), passed, failed, skipped per reason.</summary>
public sealed record FolderSummary(string Folder, int Tests, int Passed, int Failed, IReadOnlyDictionary<string, int> SkippedByReason)
{
    public int Run => Passed + Failed;

    public int Skipped => SkippedByReason.Values.Sum();

    /// <summary>Passed as a percentage of the tests run; 0 when none ran.</summary>
    public double PassPercent => Run == 0 ? 0 : 100.0 * Passed / Run;

    public static IReadOnlyList<FolderSummary> Of(IEnumerable<ReftestResult> results) =>
        [.. results.GroupBy(r => r.Folder, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => From(g.Key, [.. g]))];

    public static FolderSummary Total(IReadOnlyList<ReftestResult> results) => From("total", results);

    private static FolderSummary From(string folder, IReadOnlyList<ReftestResult> results) =>
        new(folder, results.Count,
            results.Count(r => r.Status == ReftestStatus.Passed),
            results.Count(r => r.Status == ReftestStatus.Failed),
            results.Where(r => r.Status == ReftestStatus.Skipped).GroupBy(r => r.Detail, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));
}
