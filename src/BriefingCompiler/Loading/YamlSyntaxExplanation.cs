using System.Text.RegularExpressions;
using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Loading;

/// <summary>
/// A YAML syntax error in the words of a briefing's author rather than the parser's ("While scanning a plain scalar
/// value, found invalid mapping"): what is wrong, at the place the cause is (not always where the parser gave up),
/// and the fix, written out from the line itself where it can be (<c>quote the value: `title: "Budget: first
/// reading"`</c>). The diagnostic quotes the line with a caret, and the line before when the cause is there.
/// The common mistakes are recognised from the parser's message and the text around the place; anything else keeps
/// the parser's words.
/// </summary>
internal static partial class YamlSyntaxExplanation
{
    /// <summary>A line that starts a field: indentation, any list dashes, the key, a colon followed by a space or the end.</summary>
    [GeneratedRegex(@"^(?<prefix>[ ]*(?:-[ ]+)*)(?<key>[^\s#:'""\-\[\]{}][^:]*?|""[^""]*""|'[^']*'):(?=[ ]|$)")]
    private static partial Regex FieldStart();

    public static Diagnostic Explain(SourceText source, string parserMessage, int index)
    {
        var (line, _) = source.PositionOf(index);
        var text = source.LineText(line);
        var offset = Math.Clamp(index - source.LineStart(line), 0, text.Length);
        var (message, place, causeLine) = Classify(source, parserMessage, line, text, offset)
                                          ?? ($"YAML syntax error: {parserMessage}", index, null);
        var span = source.SpanAt(place);
        return new Diagnostic(Severity.Error, DiagnosticCodes.YamlSyntax, message, span) { Excerpt = Excerpt(source, span, causeLine) };
    }

    /// <summary>The problem's line with a caret at <paramref name="span"/>, after the cause's line when that is another.</summary>
    public static SourceExcerpt Excerpt(SourceText source, SourceSpan span, int? causeLine = null)
    {
        // Lines between the cause and the problem (blank, comments, the item's other fields) would only push them apart.
        IEnumerable<int> shown = causeLine is { } cause && cause < span.Line ? [cause, span.Line] : [span.Line];
        return new SourceExcerpt([.. shown.Select(n => (n, source.LineText(n)))], span.Line, span.Column);
    }

    private static (string Message, int Index, int? CauseLine)? Classify(SourceText source, string parserMessage, int line, string text, int offset)
    {
        var lineStart = source.LineStart(line);
        var indent = text.Length - text.TrimStart(' ').Length;
        var content = text.TrimStart(' ');

        if (parserMessage.Contains("found invalid mapping", StringComparison.Ordinal))
        {
            // "title: Budget: first reading": the key is on this line, before the colon the parser stopped at.
            if (FieldStart().Match(text) is { Success: true } field && field.Length <= offset)
            {
                var value = text[field.Length..].Trim();
                var quoted = $"{field.Value} \"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
                return ($"`: ` (a colon and a space) inside a value starts another field in YAML; quote the value: `{quoted.Trim()}`",
                    lineStart + offset, null);
            }

            // "  name: x\n   date: y": indented deeper than the field before, the line continues that field's value.
            if (PreviousContentLine(source, line) is { } previous && FieldStart().Match(source.LineText(previous)) is { Success: true } above)
            {
                var aboveIndent = above.Groups["prefix"].Length;
                var key = content[..Math.Max(0, offset - indent)].TrimEnd();
                return ($"this line is indented more than `{above.Groups["key"].Value}:` on line {previous}, so YAML reads it as the rest of that value; " +
                        $"indent `{key}:` by {Spaces(aboveIndent)}, as `{above.Groups["key"].Value}:` is",
                    lineStart + indent, previous);
            }

            return ("`: ` (a colon and a space) inside a value starts another field in YAML; quote the value, or indent the line like the field above",
                lineStart + offset, null);
        }

        if (parserMessage.Contains("did not find expected '-' indicator", StringComparison.Ordinal)
            || (parserMessage.Contains("did not find expected key", StringComparison.Ordinal) && content.StartsWith('-')))
        {
            if (content.Length > 1 && content[0] == '-' && content[1] != ' ')
                return ($"a list item is written with a space after the dash: `- {content[1..]}`", lineStart + indent, null);
            var item = PreviousListItem(source, line);
            if (content.StartsWith("- ", StringComparison.Ordinal) || content == "-")
            {
                return item is { } sibling && sibling.Indent != indent
                    ? ($"this list item is indented by {Spaces(indent)} but the item on line {sibling.Line} by {Spaces(sibling.Indent)}; " +
                       "items of one list start in the same column",
                        lineStart + indent, sibling.Line)
                    : ("a list item (`- `) here is among the fields of a mapping; a list belongs under a field (`agenda:`), indented below it",
                        lineStart + indent, null);
            }

            if (item is { } owner)
            {
                var fieldIndent = owner.Indent + 2;
                return FieldStart().IsMatch(text)
                    ? ($"this field is indented by {Spaces(indent)}: a field of the list item on line {owner.Line} is indented by {Spaces(fieldIndent)}, " +
                       $"and a new item starts with `- ` after {Spaces(owner.Indent)}",
                        lineStart + indent, owner.Line)
                    : ($"this line is in a list but does not start with `- `: write `- {content}` for a new item, " +
                       $"or indent it by more than {Spaces(owner.Indent)} to continue the item on line {owner.Line}",
                        lineStart + indent, owner.Line);
            }

            return null;
        }

        if (parserMessage.Contains("did not find expected key", StringComparison.Ordinal))
        {
            // `title: "a" b`: text after a quoted value's closing quote.
            var before = text[..offset].TrimEnd();
            if (offset > indent && before.Length > 0 && before[^1] is '"' or '\'')
            {
                return ($"text after the closing {before[^1]} of a quoted value; put the whole value inside the quotes",
                    lineStart + offset, null);
            }

            if (!FieldStart().IsMatch(text) && content.Length > 0 && !content.StartsWith('#'))
                return ($"`{content}` is not a field: a field is written `name: value`, with a colon and a space", lineStart + indent, null);
            if (PreviousContentLine(source, line) is { } previous)
            {
                return ($"this line's indentation ({Spaces(indent)}) matches no field above it; fields of one mapping start in the same column " +
                        "and the fields of a nested mapping further right than its key",
                    lineStart + indent, previous);
            }

            return null;
        }

        if (parserMessage.Contains("found character that cannot start any token", StringComparison.Ordinal) && offset < text.Length
            && FieldStart().Match(text) is { Success: true } start && start.Length <= offset)
        {
            var value = text[start.Length..].Trim();
            return ($"`{text[offset]}` cannot start a value in YAML; quote the value: `{start.Value.Trim()} \"{value.Replace("\"", "\\\"", StringComparison.Ordinal)}\"`",
                lineStart + offset, null);
        }

        if (parserMessage.Contains("quoted scalar", StringComparison.Ordinal)
            && (parserMessage.Contains("end of stream", StringComparison.Ordinal) || parserMessage.Contains("wrong indentation", StringComparison.Ordinal)))
        {
            var quote = offset < text.Length ? text[offset] : '"';
            return ($"the quote {quote} that opens this value is never closed; close it on this line (a quoted value may go on over lines " +
                    "only when they are indented further than its field)",
                lineStart + offset, null);
        }

        if (parserMessage.Contains("did not find expected ',' or ", StringComparison.Ordinal) || parserMessage.Contains("unclosed bracket", StringComparison.Ordinal))
        {
            // The parser notices at the next line or the end of the file; the cause is the last opening bracket before.
            var opening = source.Text.LastIndexOfAny(['[', '{'], Math.Max(0, Math.Min(source.Text.Length - 1, lineStart + offset - 1)));
            if (opening < 0)
                return null;
            var closing = source.Text[opening] == '[' ? ']' : '}';
            var openingLine = source.PositionOf(opening).Line;
            var fix = source.LineText(openingLine).TrimEnd();
            return ($"this {(closing == ']' ? "[ list" : "{ mapping")} is not closed: end it with `{closing}` on the line it starts (`{fix.Trim()}{closing}`)",
                opening, null);
        }

        if (parserMessage.Contains("Mapping values are not allowed in this context", StringComparison.Ordinal))
            return ("`: ` (a colon and a space) here would start a field where none can; quote the whole value", lineStart + offset, null);

        return null;
    }

    private static string Spaces(int count) => count == 1 ? "1 space" : $"{count} spaces";

    /// <summary>The nearest line above that holds something (not blank, not only a comment).</summary>
    private static int? PreviousContentLine(SourceText source, int line)
    {
        for (var above = line - 1; above >= 1; above--)
        {
            var text = source.LineText(above).Trim();
            if (text.Length > 0 && !text.StartsWith('#'))
                return above;
        }

        return null;
    }

    /// <summary>The nearest line above that starts a list item (<c>- </c>), with the column of its dash.</summary>
    private static (int Line, int Indent)? PreviousListItem(SourceText source, int line)
    {
        for (var above = line - 1; above >= 1; above--)
        {
            var text = source.LineText(above);
            var content = text.TrimStart(' ');
            if (content.StartsWith("- ", StringComparison.Ordinal) || content == "-")
                return (above, text.Length - content.Length);
        }

        return null;
    }
}
