using BriefingCompiler;
using BriefingCompiler.Diagnostics;

namespace Briefc.Reporting;

/// <summary>
/// Diagnostics as MSBuild-style lines on standard error (clickable in IDEs), a summary on standard output, and
/// optionally GitHub Actions workflow commands on standard output, which GitHub shows as annotations.
/// </summary>
public sealed class TextDiagnosticReporter(TextWriter output, TextWriter error, bool withGitHubAnnotations, bool color = false,
    Verbosity verbosity = Verbosity.Normal) : DiagnosticReporter
{
    private readonly DiagnosticWriter _writer = new(error, color);

    public override void Report(IReadOnlyList<LoadResult> results)
    {
        WriteDiagnostics(results);
        if (verbosity == Verbosity.Verbose)
        {
            foreach (var valid in results.Where(r => !r.HasErrors))
                output.WriteLine($"Valid {valid.Path}");
        }

        if (verbosity == Verbosity.Quiet)
            return;
        var errors = results.Sum(r => r.Diagnostics.Count(d => d.IsError));
        var warnings = results.Sum(r => r.Diagnostics.Count(d => !d.IsError));
        var invalid = results.Count(r => r.HasErrors);
        output.WriteLine(
            $"Checked {Count(results.Count, "briefing")}: {(invalid == 0 ? "all valid" : $"{invalid} invalid")}, " +
            $"{Count(errors, "error")}, {Count(warnings, "warning")}.");
    }

    public override void ReportProjectFile(LoadResult project)
    {
        WriteDiagnostics([project]);
        output.WriteLine($"The project file {project.Path} has {Count(project.Diagnostics.Count(d => d.IsError), "error")} (above); " +
                         "fix it and check again. No briefing was checked.");
    }

    private void WriteDiagnostics(IReadOnlyList<LoadResult> results)
    {
        foreach (var diagnostic in results.SelectMany(r => r.Diagnostics))
        {
            _writer.Write(diagnostic);
            if (withGitHubAnnotations)
            {
                output.WriteLine(GitHubAnnotation(diagnostic));
            }
        }
    }

    /// <summary><c>::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message</c>, escaped as GitHub requires.</summary>
    public static string GitHubAnnotation(Diagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var kind = diagnostic.IsError ? "error" : "warning";
        return $"::{kind} file={Property(span.File)},line={span.Line},col={span.Column}," +
               $"endLine={span.EndLine},endColumn={span.EndColumn},title={Property(diagnostic.Code)}::{Data(diagnostic.Message)}";
    }

    private static string Data(string text) =>
        TerminalText.Escape(text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A"));

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A").Replace(",", "%2C");

    /// <summary>"1 error", "2 errors".</summary>
    internal static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
