using System.Globalization;
using BriefingCompiler.Building;

namespace Briefc.Reporting;

/// <summary>
/// Diagnostics as MSBuild-style lines on standard error (and GitHub annotations on standard output when asked),
/// one line per file written or removed, then the summary: <c>Built 3, up to date 237, failed 1 (0.42 s).</c>
/// </summary>
public sealed class TextBuildReporter(TextWriter output, TextWriter error, bool withGitHubAnnotations) : BuildReporter
{
    public override void Report(BuildReport report, TimeSpan elapsed)
    {
        var sources = report.TemplateFailure is { } template ? [template] : report.Sources;
        WriteDiagnostics(report.Warnings);
        foreach (var source in sources)
        {
            WriteDiagnostics(source.Diagnostics);

            if (source.Status == BuildStatus.Failed && report.TemplateFailure is null)
                error.WriteLine($"{source.SourcePath}: failed: nothing written, previous outputs left as they were");
            foreach (var path in source.Status == BuildStatus.Built ? source.Outputs : [])
                output.WriteLine($"Wrote {path}");
        }

        if (report.TemplateFailure is not null)
        {
            output.WriteLine("Build failed: the template has errors; nothing was built.");
            return;
        }

        foreach (var removed in report.Removed)
            output.WriteLine($"Removed {removed.Output} ({removed.Source} no longer exists)");
        var seconds = elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        output.WriteLine($"Built {report.Count(BuildStatus.Built)}, up to date {report.Count(BuildStatus.UpToDate)}, " +
                         $"failed {report.Count(BuildStatus.Failed)} ({seconds} s).");
    }

    private void WriteDiagnostics(IEnumerable<BriefingCompiler.Diagnostics.Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
            if (withGitHubAnnotations)
                output.WriteLine(TextDiagnosticReporter.GitHubAnnotation(diagnostic));
        }
    }
}
