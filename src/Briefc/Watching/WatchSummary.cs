using System.Globalization;
using BriefingCompiler.Building;

namespace Briefc.Watching;

/// <summary>
/// The one line <c>briefc watch</c> prints per rebuild, after the diagnostics: what was rebuilt into which files, what
/// failed, or that nothing changed, and how long it took.
/// </summary>
public static class WatchSummary
{
    public static string Describe(BuildReport? report, TimeSpan elapsed)
    {
        var time = $"({elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms)";
        if (report is null || report.Blocker is not null)
            return $"Not built: fix the errors above; watching for the next save {time}";
        var parts = new List<string>();
        foreach (var source in report.Sources.Where(s => s.Status == BuildStatus.Built))
            parts.Add($"rebuilt {source.SourcePath} → {string.Join(", ", source.Outputs)}");
        foreach (var source in report.Sources.Where(s => s.Status == BuildStatus.Failed))
            parts.Add($"failed {source.SourcePath} ({Count(source.Diagnostics.Count(d => d.IsError), "error")}, above; its outputs are as they were)");
        foreach (var removed in report.Removed)
            parts.Add($"removed {removed.Output}");
        var line = parts.Count == 0 ? $"up to date ({Count(report.Count(BuildStatus.UpToDate), "briefing")})" : string.Join("; ", parts);
        return $"{char.ToUpperInvariant(line[0])}{line[1..]} {time}";
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
