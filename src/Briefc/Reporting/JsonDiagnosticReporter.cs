using System.Text.Json;
using BriefingCompiler;

namespace Briefc.Reporting;

/// <summary>
/// A JSON report on standard output, for tools: every file with whether it is valid and its diagnostics
/// (severity, code, message, line, column, end line, end column), and totals.
/// </summary>
public sealed class JsonDiagnosticReporter(TextWriter output) : DiagnosticReporter
{
    public override void Report(IReadOnlyList<LoadResult> results)
    {
        JsonReport.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("files");
            foreach (var result in results)
            {
                writer.WriteStartObject();
                writer.WriteString("path", result.Path);
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
