using System.Globalization;
using BriefingCompiler.Building;

namespace Briefc.Reporting;

/// <summary>
/// Diagnostics as MSBuild-style lines on standard error (and GitHub annotations on standard output when asked),
/// one line per file written or removed, then the summary: <c>Built 3, up to date 237, failed 1 (0.42 s).</c>
/// </summary>
public sealed class TextBuildReporter(TextWriter output, TextWriter error, bool withGitHubAnnotations, bool color = false,
    Verbosity verbosity = Verbosity.Normal) : BuildReporter
{
    private readonly DiagnosticWriter _writer = new(error, color);

    public override void Report(BuildReport report, TimeSpan elapsed)
    {
        var sources = report.Blocker is { } blocker ? [blocker] : report.Sources;
        WriteDiagnostics(report.Warnings);
        foreach (var source in sources)
        {
            WriteDiagnostics(source.Diagnostics);

            if (source.Status == BuildStatus.Failed && report.Blocker is null)
                error.WriteLine($"{source.SourcePath}: failed: nothing written, previous outputs left as they were");
            foreach (var path in source.Status == BuildStatus.Built && verbosity != Verbosity.Quiet ? source.Outputs : [])
                output.WriteLine($"Wrote {path}");
            if (source.Status == BuildStatus.UpToDate && verbosity == Verbosity.Verbose)
                output.WriteLine($"Up to date {source.SourcePath}");
        }

        if (report.ProjectFailure is { } project)
        {
            output.WriteLine($"Build failed: the project file {project.SourcePath} has {TextDiagnosticReporter.Count(project.Diagnostics.Count(d => d.IsError), "error")} " +
                             "(above); fix it and build again. Nothing was built.");
            return;
        }

        if (report.TemplateFailure is { } template)
        {
            output.WriteLine($"Build failed: the template {template.SourcePath} has {TextDiagnosticReporter.Count(template.Diagnostics.Count(d => d.IsError), "error")} " +
                             "(above); fix it and build again. Nothing was built.");
            return;
        }

        if (verbosity == Verbosity.Quiet)
            return;
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
            _writer.Write(diagnostic);
            if (withGitHubAnnotations)
                output.WriteLine(TextDiagnosticReporter.GitHubAnnotation(diagnostic));
        }
    }
}
