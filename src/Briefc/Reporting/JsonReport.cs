using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BriefingCompiler.Diagnostics;

namespace Briefc.Reporting;

/// <summary>The one shape of every command's <c>--json</c> report: indented UTF-8 JSON, diagnostics written alike.</summary>
internal static class JsonReport
{
    /// <summary>The <c>kind</c> of a file in a report: a briefing, or what stopped the work before any briefing.</summary>
    public const string BriefingKind = "briefing";

    public const string TemplateKind = "template";

    public const string ProjectKind = "project";

    /// <summary>Writes one JSON document, built by <paramref name="writeBody"/>, as a line of <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> writeBody) => Write(output, indented: true, writeBody);

    /// <summary>Writes one JSON document, indented or on one line (JSON Lines, for a stream of reports).</summary>
    public static void Write(TextWriter output, bool indented, Action<Utf8JsonWriter> writeBody)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
               {
                   Indented = indented,
                   // Keep Chinese, Arabic… readable; the report is UTF-8 JSON, not HTML.
                   Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            writeBody(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>The <c>diagnostics</c> array of a file in a report.</summary>
    public static void WriteDiagnostics(Utf8JsonWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
            WriteDiagnostic(writer, diagnostic);
        writer.WriteEndArray();
    }

    public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("severity", diagnostic.IsError ? "error" : "warning");
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("message", diagnostic.Message);
        writer.WriteString("file", diagnostic.Span.File);
        writer.WriteNumber("line", diagnostic.Span.Line);
        writer.WriteNumber("column", diagnostic.Span.Column);
        writer.WriteNumber("endLine", diagnostic.Span.EndLine);
        writer.WriteNumber("endColumn", diagnostic.Span.EndColumn);
        writer.WriteEndObject();
    }
}
