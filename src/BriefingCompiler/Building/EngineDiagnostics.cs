using System.Globalization;
using System.Text;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Pdf;

namespace BriefingCompiler.Building;

/// <summary>
/// Turns the PDF engine's messages (which know HTML, not YAML) into diagnostics a briefing author can act on.
/// A character no font can draw is blamed on the first place the source writes it; what is about another file (a
/// font that cannot be used) is blamed on that file. Everything else the engine reports is about the HTML and CSS,
/// so it is blamed on the template: at the CSS declaration the message names (its first place in the template),
/// else at the element's start tag when the template writes it literally and once; otherwise at the template's
/// start, the message naming the element's line and column in the HTML.
/// </summary>
public static class EngineDiagnostics
{
    /// <summary>The engine's code for a character that no available font can draw.</summary>
    public const string MissingCharacterCode = "PDF130";

    public static IReadOnlyList<Diagnostic> From(IReadOnlyList<PdfMessage> messages, string sourcePath, string sourceText, string templateName, string templateText, string html) =>
        [.. messages.Select(message => message.File is { } file
            ? new Diagnostic(SeverityOf(message), message.Code, message.Message, new SourceSpan(file, 1, 1))
            : message.Code == MissingCharacterCode && FirstCodePoint(message.Message) is { } codePoint
            ? new Diagnostic(
                SeverityOf(message),
                message.Code,
                message.Message,
                Locate(sourceText, codePoint) is { } place ? new SourceSpan(sourcePath, place.Line, place.Column) : new SourceSpan(templateName, 1, 1))
            : InTemplate(message, templateName, templateText, html))];

    private static Severity SeverityOf(PdfMessage message) => message.Severity == PdfMessageSeverity.Error ? Severity.Error : Severity.Warning;

    private static Diagnostic InTemplate(PdfMessage message, string templateName, string templateText, string html)
    {
        if (CssDeclaration(message.Message) is { } declaration && FindDeclaration(templateText, declaration) is { } at)
        {
            var (line, column) = LineAndColumn(templateText, at);
            return new Diagnostic(SeverityOf(message), message.Code, message.Message, new SourceSpan(templateName, line, column));
        }

        // A family no font has: where the template's CSS names it, else (below) the element that first uses it.
        if (message.Code == Pdf.Layout.FontSetTextSystem.FamilyNotFoundCode && QuotedFamily(message.Message) is { } family
            && FindFamilyDeclaration(templateText, family) is { } familyAt)
        {
            var (line, column) = LineAndColumn(templateText, familyAt);
            return new Diagnostic(SeverityOf(message), message.Code, message.Message, new SourceSpan(templateName, line, column));
        }

        if (message.Source is not { } source)
        {
            return new Diagnostic(SeverityOf(message), message.Code, message.Message, new SourceSpan(templateName, 1, 1));
        }

        var tag = StartTag(html, source.Offset);
        if (tag is not null && OnlyPlace(templateText, tag) is { } tagAt)
        {
            var (line, column) = LineAndColumn(templateText, tagAt);
            return new Diagnostic(SeverityOf(message), message.Code, message.Message, new SourceSpan(templateName, line, column));
        }

        var where = $" (in the HTML at line {source.Line}, column {source.Column}{(tag is null ? "" : ": " + tag)})";
        return new Diagnostic(SeverityOf(message), message.Code, message.Message + where, new SourceSpan(templateName, 1, 1));
    }

    /// <summary>"Helvetica Neue" from PDF132's <c>font-family 'Helvetica Neue' matches no font</c>.</summary>
    private static string? QuotedFamily(string message)
    {
        const string Lead = "font-family '";
        var start = message.IndexOf(Lead, StringComparison.Ordinal);
        if (start < 0)
            return null;
        start += Lead.Length;
        var end = message.IndexOf('\'', start);
        return end > start ? message[start..end] : null;
    }

    /// <summary>The first <c>font-family</c> declaration (or <c>font</c> shorthand) of the template whose value names
    /// <paramref name="family"/>, quoted or not; null when none does (the family may come from a partial or an attribute).</summary>
    private static int? FindFamilyDeclaration(string text, string family)
    {
        foreach (var property in new[] { "font-family", "font" })
        {
            foreach (var (at, valueStart) in Declarations(text, property))
            {
                var end = text.IndexOfAny([';', '}', '\n'], valueStart);
                var value = text[valueStart..(end < 0 ? text.Length : end)];
                foreach (var name in value.Split(','))
                {
                    // The name as written, quoted or not, up to what ends it (an attribute's closing quote, `!important`);
                    // in the font shorthand the family comes last, after the size.
                    var written = name.Trim().TrimStart('"', '\'');
                    var lastWord = written.LastIndexOf(' ');
                    foreach (var candidate in new[] { written, lastWord < 0 ? "" : written[(lastWord + 1)..] })
                    {
                        if (candidate.StartsWith(family, StringComparison.OrdinalIgnoreCase)
                            && (candidate.Length == family.Length || candidate[family.Length] is '"' or '\'' or ' ' or '!'))
                            return at;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>"float: left" from a message that quotes a declaration as <c>CSS 'float: left'</c>.</summary>
    private static (string Property, string Value)? CssDeclaration(string message)
    {
        var start = message.IndexOf("CSS '", StringComparison.Ordinal);
        if (start < 0)
            return null;
        start += 5;
        var end = message.IndexOf('\'', start);
        var colon = message.IndexOf(':', start);
        if (end < 0 || colon < 0 || colon > end)
            return null;
        return (message[start..colon].Trim(), message[(colon + 1)..end].Trim());
    }

    /// <summary>
    /// The first place the template declares the property (a whole property name followed by a colon), preferring
    /// one whose value starts as the message says (AngleSharp may have normalised the value).
    /// </summary>
    private static int? FindDeclaration(string text, (string Property, string Value) declaration)
    {
        int? first = null;
        foreach (var (at, valueStart) in Declarations(text, declaration.Property))
        {
            first ??= at;
            if (text.AsSpan(valueStart).TrimStart().StartsWith(declaration.Value, StringComparison.OrdinalIgnoreCase))
                return at;
        }

        return first;
    }

    /// <summary>Each place the text declares <paramref name="property"/> — the whole property name (not the end of a
    /// longer one) followed by a colon — with where its value starts (after the colon).</summary>
    private static IEnumerable<(int At, int ValueStart)> Declarations(string text, string property)
    {
        for (var at = text.IndexOf(property, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(property, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (at > 0 && (char.IsAsciiLetterOrDigit(text[at - 1]) || text[at - 1] == '-'))
                continue;
            var after = at + property.Length;
            while (after < text.Length && text[after] is ' ' or '\t')
                after++;
            if (after < text.Length && text[after] == ':')
                yield return (at, after + 1);
        }
    }

    /// <summary>The element's start tag as the HTML has it (up to 200 characters), or null.</summary>
    private static string? StartTag(string html, int offset)
    {
        if (offset < 0 || offset >= html.Length || html[offset] != '<')
            return null;
        var end = html.IndexOf('>', offset);
        return end < 0 || end - offset > 200 ? null : html[offset..(end + 1)];
    }

    /// <summary>Where the template writes this text, when it writes it exactly once.</summary>
    private static int? OnlyPlace(string text, string literal)
    {
        var first = text.IndexOf(literal, StringComparison.Ordinal);
        return first >= 0 && text.IndexOf(literal, first + 1, StringComparison.Ordinal) < 0 ? first : null;
    }

    /// <summary>1-based line and column (in code points) of a UTF-16 index.</summary>
    private static (int Line, int Column) LineAndColumn(string text, int index)
    {
        var before = text.AsSpan(0, index);
        var line = 1 + before.Count('\n');
        var lineStart = before.LastIndexOf('\n') + 1;
        var column = 1;
        foreach (var _ in before[lineStart..].EnumerateRunes())
            column++;
        return (line, column);
    }

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
        return LineAndColumn(text, first);
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
