namespace BriefingCompiler.Diffing;

/// <summary>
/// <c>briefc check --against REV</c>: adds the <see cref="VersionDiscipline"/> finding (BRF3901) to a loaded
/// briefing by comparing it with the same file at a git revision, figures included (the images of its folder at that
/// revision, <see cref="GitRevisionFolder"/>, against those of the working tree). A briefing that did not exist at the
/// revision, or was not valid there, has no baseline and is left as it is.
/// </summary>
public static class RevisionVersionCheck
{
    /// <summary>The result with BRF3901 added when the rule fails; <c>Error</c> set when git could not answer.</summary>
    /// <param name="current">The briefing as loaded now (its path as messages show it).</param>
    /// <param name="fullPath">Where its file is, for git.</param>
    /// <param name="revision">The git revision to compare with.</param>
    public static (LoadResult Result, string? Error) Apply(LoadResult current, string fullPath, string revision)
    {
        if (current.Briefing is null)
        {
            return (current, null);
        }
        var earlier = GitRevisionReader.Read(fullPath, revision, current.Path);
        if (earlier.Error is not null)
        {
            return (current, earlier.Error);
        }
        if (earlier.Missing)
        {
            return (current, null);
        }
        // With its images as committed at the revision (as `briefc diff --against` reads them): an image replaced under
        // the same name is a content change too.
        var baseline = BriefingLoader.LoadEarlier(earlier.Name, earlier.Content, earlier.Folder!);
        if (baseline.Briefing is null)
        {
            return (current, null);
        }
        var finding = VersionDiscipline.Check(baseline.Briefing, current.Briefing, revision);
        return finding is null ? (current, null) : (current with { Diagnostics = [.. current.Diagnostics, finding] }, null);
    }
}
