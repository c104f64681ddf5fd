using System.Globalization;
using System.Text;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Pdf;

namespace BriefingCompiler.Building;

/// <summary>
/// Turns the PDF engine's messages (which know HTML, not YAML) into diagnostics a briefing author can act on.
/// A character no font can draw is blamed on the first place the source writes it; everything else the engine
/// reports is about the HTML and CSS, so it is blamed on the template — except what is about another file (a font that
/// cannot be used), which is blamed on that file.
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
            message.File is { } file
                ? new SourceSpan(file, 1, 1)
                : message.Code == MissingCharacterCode && FirstCodePoint(message.Message) is { } codePoint
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
    internal static (int Line, int Column)? Locate(string text, int codePoint) =>
        LocateCharacter(text, codePoint) ?? LocateEscape(text, codePoint);

    /// <summary>
    /// Where a double-quoted YAML value writes the code point as an escape (<c>\U0001F600</c>, <c>\uE000</c>,
    /// <c>\xA0</c>, or a surrogate pair <c>\uD83D\uDE00</c>): the character itself is then nowhere in the text,
    /// and without this the error would be blamed on the template.
    /// </summary>
    private static (int Line, int Column)? LocateEscape(string text, int codePoint)
    {
        var spellings = new List<string> { "\\U" + codePoint.ToString("X8", CultureInfo.InvariantCulture) };
        if (codePoint <= 0xFFFF)
            spellings.Add("\\u" + codePoint.ToString("X4", CultureInfo.InvariantCulture));
        if (codePoint <= 0xFF)
            spellings.Add("\\x" + codePoint.ToString("X2", CultureInfo.InvariantCulture));
        if (codePoint > 0xFFFF)
        {
            var pair = char.ConvertFromUtf32(codePoint);
            spellings.Add(string.Create(CultureInfo.InvariantCulture, $"\\u{(int)pair[0]:X4}\\u{(int)pair[1]:X4}"));
        }

        var first = spellings.Select(s => text.IndexOf(s, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (first < 0)
            return null;
        // The escape's place: the line and column of the backslash, counted as LocateCharacter counts.
        var before = text[..first];
        var line = 1 + before.Count(c => c == '\n');
        var lineStart = before.LastIndexOf('\n') + 1;
        return (line, 1 + before[lineStart..].EnumerateRunes().Count());
    }

    private static (int Line, int Column)? LocateCharacter(string text, int codePoint)
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
