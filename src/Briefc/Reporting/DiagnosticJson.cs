using System.Text.Json;
using BriefingCompiler.Diagnostics;

namespace Briefc.Reporting;

/// <summary>One diagnostic as a JSON object, the same in every command's <c>--json</c> report.</summary>
internal static class DiagnosticJson
{
    public static void Write(Utf8JsonWriter writer, Diagnostic diagnostic)
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
