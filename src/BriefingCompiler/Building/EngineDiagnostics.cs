using System.Text;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Pdf;

namespace BriefingCompiler.Building;

/// <summary>
/// Turns the PDF engine's messages (which know HTML, not YAML) into diagnostics a briefing author can act on.
/// A character no font can draw is blamed on the first place the source writes it; everything else the engine
/// reports is about the HTML and CSS, so it is blamed on the template.
/// </summary>
public static class EngineDiagnostics
{
    /// <summary>The engine's code for a character that no available font can draw.</summary>
    public const string MissingCharacterCode = "PDF130";

    public static IReadOnlyList<Diagnostic> From(IReadOnlyList<PdfMessage> messages, string sourcePath, string sourceText, string templateName) =>
        [.. messages.Select(message => new Diagnostic(
            message.Severity == PdfMessageSeverity.Error ? Severity.Error : Severity.Warning,
            message.Code,
            message.Message,
            message.Code == MissingCharacterCode && FirstCodePoint(message.Message) is { } codePoint
                ? Locate(sourceText, codePoint) is { } place ? new SourceSpan(sourcePath, place.Line, place.Column) : new SourceSpan(templateName, 1, 1)
                : new SourceSpan(templateName, 1, 1)))];

    /// <summary>The code point named as U+XXXX in an engine message.</summary>
    private static int? FirstCodePoint(string message)
    {
        var at = message.IndexOf("U+", StringComparison.Ordinal);
        if (at < 0)
            return null;
        var end = at + 2;
        while (end < message.Length && Uri.IsHexDigit(message[end]))
            end++;
        return end > at + 2 ? Convert.ToInt32(message[(at + 2)..end], 16) : null;
    }

    /// <summary>Line and column (in code points, as the loader counts them) of the first occurrence of a code point.</summary>
    internal static (int Line, int Column)? Locate(string text, int codePoint)
    {
        var line = 1;
        var column = 1;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == codePoint)
                return (line, column);
            if (rune.Value == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return null;
    }
}
