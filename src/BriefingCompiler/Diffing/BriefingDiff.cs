namespace BriefingCompiler.Diffing;

/// <summary>The changes between two briefings, in document order (the new briefing's order).</summary>
public sealed record BriefingDiff(IReadOnlyList<Change> Changes)
{
    public bool HasChanges => Changes.Count > 0;

    /// <summary>The changes grouped by top-level field, groups in document order.</summary>
    public IEnumerable<IGrouping<string, Change>> BySection() => Changes.GroupBy(c => c.Section);
}
