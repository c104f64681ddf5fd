using System.Text.Json;
using BriefingCompiler;

namespace Briefc.Reporting;

/// <summary>
/// A JSON report on standard output, for tools: every file with its kind (briefing, or project when briefc.yaml's
/// errors stopped the check), whether it is valid and its diagnostics (severity, code, message, line, column, end
/// line, end column), and totals.
/// </summary>
public sealed class JsonDiagnosticReporter(TextWriter output) : DiagnosticReporter
{
    public override void Report(IReadOnlyList<LoadResult> results) => Write(results, JsonReport.BriefingKind);

    public override void ReportProjectFile(LoadResult project) => Write([project], JsonReport.ProjectKind);

    private void Write(IReadOnlyList<LoadResult> results, string kind)
    {
        JsonReport.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("files");
            foreach (var result in results)
            {
                writer.WriteStartObject();
                writer.WriteString("path", result.Path);
                writer.WriteString("kind", kind);
                writer.WriteBoolean("valid", !result.HasErrors);
                JsonReport.WriteDiagnostics(writer, result.Diagnostics);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("errors", results.Sum(r => r.Diagnostics.Count(d => d.IsError)));
            writer.WriteNumber("warnings", results.Sum(r => r.Diagnostics.Count(d => !d.IsError)));
            writer.WriteEndObject();
        });
    }
}
