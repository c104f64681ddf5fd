using System.Text.Encodings.Web;
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
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
               {
                   Indented = true,
                   // Keep Chinese, Arabic… readable; the report is UTF-8 JSON, not HTML.
                   Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("files");
            foreach (var result in results)
            {
                writer.WriteStartObject();
                writer.WriteString("path", result.Path);
                writer.WriteBoolean("valid", !result.HasErrors);
                writer.WriteStartArray("diagnostics");
                foreach (var diagnostic in result.Diagnostics)
                {
                    DiagnosticJson.Write(writer, diagnostic);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("errors", results.Sum(r => r.Diagnostics.Count(d => d.IsError)));
            writer.WriteNumber("warnings", results.Sum(r => r.Diagnostics.Count(d => !d.IsError)));
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
