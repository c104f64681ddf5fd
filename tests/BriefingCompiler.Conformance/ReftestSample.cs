namespace BriefingCompiler.Conformance;

/// <summary>
/// A fixed sample of the tests, for runs too slow to take them all (a peer engine starts a process per page): in each
/// folder, the runnable tests in path order, the first and then every <c>n</c>-th. Skipped tests are left out, so the
/// sample is of tests that run. The same tests for every engine and every run.
/// </summary>
public static class ReftestSample
{
    public static IReadOnlyList<Reftest> EveryNth(IEnumerable<Reftest> tests, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        return [.. tests.Where(t => t.SkipReason is null)
            .GroupBy(t => t.Folder, StringComparer.Ordinal)
            .SelectMany(folder => folder.OrderBy(t => t.Path, StringComparer.Ordinal).Where((_, i) => i % n == 0))
            .OrderBy(t => t.Path, StringComparer.Ordinal)];
    }
}
