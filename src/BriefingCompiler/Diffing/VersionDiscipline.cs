using BriefingCompiler.Diagnostics;
using BriefingCompiler.Model;

namespace BriefingCompiler.Diffing;

/// <summary>
/// The CI rule "a content change needs a new version": when a briefing's content differs from an earlier
/// revision but <c>document_control.versions</c> gained no entry, readers would see new text under an old
/// version number.
/// </summary>
public static class VersionDiscipline
{
    public const string Code = DiagnosticCodes.VersionNotAdded;

    /// <summary>
    /// Null when the rule holds; otherwise an error at the current version entry. <paramref name="revision"/>
    /// names the earlier revision in the message (e.g. <c>origin/main</c>).
    /// </summary>
    public static Diagnostic? Check(Briefing earlier, Briefing current, string revision)
    {
        var contentChanges = BriefingDiffer.Compare(earlier, current).Changes
            .Where(change => !IsVersionHistory(change.OldPath) || !IsVersionHistory(change.NewPath))
            .ToList();
        if (contentChanges.Count == 0)
        {
            return null;
        }
        var earlierVersions = earlier.DocumentControl.Versions.Select(v => v.Version).ToHashSet(StringComparer.Ordinal);
        if (current.DocumentControl.Versions.Any(v => !earlierVersions.Contains(v.Version)))
        {
            return null;
        }
        var first = contentChanges[0].Path;
        var more = contentChanges.Count > 1 ? $" and {contentChanges.Count - 1} more" : "";
        return new Diagnostic(
            Severity.Error,
            Code,
            $"the content changed since {revision} ({first}{more}) but document_control.versions has no new entry; " +
            $"add a version after {current.CurrentVersion.Version}",
            current.CurrentVersion.Span);
    }

    /// <summary>A path inside the version history (absent paths, of an added or removed item, count as inside).</summary>
    private static bool IsVersionHistory(string? path) =>
        path is null || path == "document_control.versions" || path.StartsWith("document_control.versions[", StringComparison.Ordinal);
}
