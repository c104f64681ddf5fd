using System.Text.Json;
using BriefingCompiler.Building;

namespace Briefc.Reporting;

/// <summary>
/// The build as JSON for tools: <c>files</c>, one per source in source order, each with <c>path</c>, <c>kind</c>
/// (briefing; template or project when the template or briefc.yaml stopped the build), <c>status</c>
/// (built, up-to-date, failed), <c>valid</c>, <c>outputs</c> and <c>diagnostics</c> (as in <c>check --json</c>);
/// then <c>removed</c> (outputs deleted because their source is gone: <c>output</c>, <c>source</c>), <c>outputFolder</c>
/// (<c>diagnostics</c> about the output folder itself: the manifest, files recorded in it) and the counts. When the template or briefc.yaml has errors, <c>files</c> holds it alone. No times: the same build
/// gives the same report.
/// </summary>
/// <param name="oneLine">One line per report (JSON Lines: <c>briefc watch --json</c> writes one per build), not indented.</param>
public sealed class JsonBuildReporter(TextWriter output, bool oneLine = false) : BuildReporter
{
    public override void Report(BuildReport report, TimeSpan elapsed)
    {
        var sources = report.Blocker is { } blocker ? [blocker] : report.Sources;
        var kind = report.ProjectFailure is not null ? JsonReport.ProjectKind : report.TemplateFailure is not null ? JsonReport.TemplateKind : JsonReport.BriefingKind;
        JsonReport.Write(output, indented: !oneLine, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("files");
            foreach (var source in sources)
            {
                writer.WriteStartObject();
                writer.WriteString("path", source.SourcePath);
                writer.WriteString("kind", kind);
                writer.WriteString("status", StatusName(source.Status));
                writer.WriteBoolean("valid", !source.Diagnostics.Any(d => d.IsError));
                writer.WriteStartArray("outputs");
                foreach (var path in source.Outputs)
                    writer.WriteStringValue(path);
                writer.WriteEndArray();
                JsonReport.WriteDiagnostics(writer, source.Diagnostics);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("removed");
            foreach (var removed in report.Removed)
            {
                writer.WriteStartObject();
                writer.WriteString("output", removed.Output);
                writer.WriteString("source", removed.Source);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("outputFolder");
            JsonReport.WriteDiagnostics(writer, report.Warnings);
            writer.WriteEndObject();
            writer.WriteNumber("built", report.Count(BuildStatus.Built));
            writer.WriteNumber("upToDate", report.Count(BuildStatus.UpToDate));
            writer.WriteNumber("failed", sources.Count(s => s.Status == BuildStatus.Failed));
            writer.WriteNumber("errors", sources.Sum(s => s.Diagnostics.Count(d => d.IsError)));
            writer.WriteNumber("warnings", sources.Sum(s => s.Diagnostics.Count(d => !d.IsError)) + report.Warnings.Count);
            writer.WriteEndObject();
        });
    }

    public static string StatusName(BuildStatus status) => status switch
    {
        BuildStatus.Built => "built",
        BuildStatus.UpToDate => "up-to-date",
        _ => "failed",
    };
}
