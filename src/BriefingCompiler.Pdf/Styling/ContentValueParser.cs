using System.Text;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// Reads a computed <c>content</c> value of a pseudo-element: strings, <c>counter()</c>, <c>counters()</c>,
/// <c>attr()</c>, the quotes, <c>url()</c> images, and CSS GCPM's <c>target-counter()</c>, <c>target-counters()</c>, <c>target-text()</c> and
/// <c>leader()</c> (put aside before AngleSharp parsed the sheet: <see cref="GeneratedContentStash"/>). Anything else
/// (<c>element()</c>, gradients…) is reported once per kind and left out. One pass over the text, no regular expressions.
/// </summary>
public static class ContentValueParser
{
    /// <summary>The items, or null for <c>none</c> / <c>normal</c> (no box is generated).</summary>
    /// <param name="ofElement">Whether <c>content()</c> may be used (in <c>string-set</c> and <c>bookmark-label</c>, not in a pseudo-element's <c>content</c>).</param>
    public static IReadOnlyList<ContentItem>? Parse(string? value, MessageLog log, GeneratedContentStash? stash = null, bool ofElement = false)
    {
        if (value is null || value.Trim() is "none" or "normal" or "")
        {
            return null;
        }

        if (stash is not null && value.TrimStart().StartsWith('"') && PageStyleParser.ReadString(value.Trim(), 0).Text is var marker
            && GeneratedContentStash.IndexOf(marker) is { } index && stash.Value(index) is { } kept)
        {
            value = kept;
        }

        var items = new List<ContentItem>();
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '"' or '\'')
            {
                var (text, next) = PageStyleParser.ReadString(value, i);
                items.Add(new ContentText(text));
                i = next;
            }
            else
            {
                var start = i;
                while (i < value.Length && (char.IsAsciiLetterOrDigit(value[i]) || value[i] is '-' or '_'))
                {
                    i++;
                }

                var name = value[start..i].ToLowerInvariant();
                if (i < value.Length && value[i] == '(')
                {
                    var close = ClosingParenthesis(value, i);
                    var arguments = Arguments(value[(i + 1)..close]);
                    i = Math.Min(close + 1, value.Length);
                    if (Function(name, arguments, ofElement) is { } item)
                    {
                        items.Add(item);
                    }
                    else
                    {
                        log.WarnOnce("PDF126", "content " + name + "()", $"'{name}()' in generated content is not supported by the PDF engine (strings, url(), counter(), counters(), attr(), quotes, target-counter(), target-counters(), target-text() and leader() are); it is left out.");
                    }

                    continue;
                }

                if (name.Length == 0)
                {
                    i++;
                    continue;
                }

                switch (name)
                {
                    case "open-quote":
                        items.Add(new ContentQuote(true, true));
                        break;
                    case "close-quote":
                        items.Add(new ContentQuote(false, true));
                        break;
                    case "no-open-quote":
                        items.Add(new ContentQuote(true, false));
                        break;
                    case "no-close-quote":
                        items.Add(new ContentQuote(false, false));
                        break;
                    case "none" or "normal":
                        break;
                    default:
                        log.WarnOnce("PDF126", "content " + name, $"'{name}' in generated content is not supported by the PDF engine; it is left out.");
                        break;
                }
            }
        }

        return items;
    }

    /// <summary>
    /// A computed <c>string-set</c> value (CSS GCPM §1.1): <c>none</c> (null) or a comma-separated list of a name and the
    /// content list it is set to. An entry without a name or a content list is reported and left out.
    /// </summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<ContentItem> Items)>? StringSets(string? value, MessageLog log)
    {
        if (value is null || value.Trim() is "none" or "")
            return null;
        var sets = new List<(string, IReadOnlyList<ContentItem>)>();
        foreach (var entry in Arguments(value))
        {
            var nameEnd = 0;
            while (nameEnd < entry.Length && (char.IsAsciiLetterOrDigit(entry[nameEnd]) || entry[nameEnd] is '-' or '_' || entry[nameEnd] > 0x7F))
                nameEnd++;
            var name = entry[..nameEnd];
            if (name.Length == 0 || nameEnd == entry.Length || !char.IsWhiteSpace(entry[nameEnd]))
            {
                log.WarnOnce("PDF126", "string-set " + entry, $"'string-set: {entry}' is not a name followed by a content list; it is left out.");
                continue;
            }

            sets.Add((name, Parse(entry[nameEnd..], log, null, ofElement: true) ?? []));
        }

        return sets;
    }

    /// <summary>The quote strings of a computed <c>quotes</c> value (pairs of open and close), or null for <c>auto</c>/unset.</summary>
    public static IReadOnlyList<string>? Quotes(string? value)
    {
        if (value is null || value.Trim() is "auto" or "")
        {
            return null;
        }

        var quotes = new List<string>();
        for (var i = 0; i < value.Length;)
        {
            if (value[i] is '"' or '\'')
            {
                var (text, next) = PageStyleParser.ReadString(value, i);
                quotes.Add(text);
                i = next;
            }
            else
            {
                i++;
            }
        }

        return quotes.Count >= 2 ? quotes : value.Trim() == "none" ? [] : null;
    }

    private static ContentItem? Function(string name, IReadOnlyList<string> arguments, bool ofElement)
    {
        switch (name)
        {
            case "content" when ofElement && arguments.Count == 1
                && (arguments[0].Length == 0 ? "text" : arguments[0].ToLowerInvariant()) is var part && part is "text" or "before" or "after" or "first-letter":
                return new ContentOfElement(part);
            case "counter" when arguments.Count is 1 or 2:
                return new ContentCounter(arguments[0], null, arguments.Count == 2 ? arguments[1] : "decimal");
            case "counters" when arguments.Count is 2 or 3 && arguments[1].Length > 0 && arguments[1][0] is '"' or '\'':
                return new ContentCounter(arguments[0], PageStyleParser.ReadString(arguments[1], 0).Text, arguments.Count == 3 ? arguments[2] : "decimal");
            case "url" when !ofElement && arguments.Count == 1 && arguments[0].Length > 0:
                return new ContentImage(IsString(arguments[0]) ? PageStyleParser.ReadString(arguments[0], 0).Text : arguments[0]);
            case "attr" when arguments.Count >= 1 && arguments[0].Length > 0:
                return new ContentAttribute(arguments[0].Split(' ')[0]);
            case "target-counter" when arguments.Count is 2 or 3 && Target(arguments[0]) is { } target:
                return new ContentTargetCounter(target, arguments[1], null, arguments.Count == 3 ? arguments[2] : "decimal");
            case "target-counters" when arguments.Count is 3 or 4 && Target(arguments[0]) is { } target && IsString(arguments[2]):
                return new ContentTargetCounter(target, arguments[1], PageStyleParser.ReadString(arguments[2], 0).Text, arguments.Count == 4 ? arguments[3] : "decimal");
            case "target-text" when arguments.Count is 1 or 2 && Target(arguments[0]) is { } target
                && (arguments.Count == 1 ? "content" : arguments[1].ToLowerInvariant()) is var part && part is "content" or "before" or "after" or "first-letter":
                return new ContentTargetText(target, part);
            case "leader" when arguments.Count == 1:
                return arguments[0].ToLowerInvariant() switch
                {
                    "dotted" => new ContentLeader(". "),
                    "solid" => new ContentLeader("_"),
                    "space" => new ContentLeader(" "),
                    var pattern when IsString(pattern) && PageStyleParser.ReadString(pattern, 0).Text is { Length: > 0 } text => new ContentLeader(text),
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static bool IsString(string argument) => argument.Length > 0 && argument[0] is '"' or '\'';

    /// <summary>A cross-reference's first argument: <c>attr(name url)</c> (or <c>attr(name)</c>), <c>url(…)</c> or a string.</summary>
    private static ContentTarget? Target(string argument)
    {
        var lower = argument.ToLowerInvariant();
        if (lower.StartsWith("attr(", StringComparison.Ordinal) && argument.EndsWith(')'))
        {
            var name = argument[5..^1].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return name.Length > 0 ? new ContentTarget(name[0], null) : null;
        }

        if (lower.StartsWith("url(", StringComparison.Ordinal) && argument.EndsWith(')'))
        {
            var inner = argument[4..^1].Trim();
            return new ContentTarget(null, IsString(inner) ? PageStyleParser.ReadString(inner, 0).Text : inner);
        }

        return IsString(argument) ? new ContentTarget(null, PageStyleParser.ReadString(argument, 0).Text) : null;
    }

    /// <summary>The comma-separated arguments of a function, trimmed (commas inside strings and nested functions kept).</summary>
    private static List<string> Arguments(string text)
    {
        var arguments = new List<string>();
        var start = 0;
        for (var comma = TopLevelComma(text, 0); comma >= 0; comma = TopLevelComma(text, start))
        {
            arguments.Add(text[start..comma].Trim());
            start = comma + 1;
        }

        arguments.Add(text[start..].Trim());
        return arguments;
    }

    /// <summary>The parenthesis that closes the one at <paramref name="open"/> (nested ones, as in
    /// <c>target-counter(attr(href url), page)</c>, stepped over), or the end of the value.</summary>
    private static int ClosingParenthesis(string value, int open)
    {
        var depth = 0;
        for (var i = open + 1; i < value.Length; i++)
        {
            var next = IndexOutsideQuotes(value, ')', i);
            var nested = IndexOutsideQuotes(value, '(', i);
            if (next < 0)
                return value.Length;
            if (nested >= 0 && nested < next)
            {
                depth++;
                i = nested;
                continue;
            }

            if (depth == 0)
                return next;
            depth--;
            i = next;
        }

        return value.Length;
    }

    /// <summary>The first comma at or after <paramref name="from"/> outside strings and nested parentheses, or -1.</summary>
    private static int TopLevelComma(string text, int from)
    {
        var comma = IndexOutsideQuotes(text, ',', from);
        var open = IndexOutsideQuotes(text, '(', from);
        while (comma >= 0 && open >= 0 && open < comma)
        {
            var close = ClosingParenthesis(text, open);
            comma = IndexOutsideQuotes(text, ',', Math.Min(close + 1, text.Length));
            open = IndexOutsideQuotes(text, '(', Math.Min(close + 1, text.Length));
        }

        return comma;
    }

    /// <summary>The first <paramref name="target"/> at or after <paramref name="from"/> outside a quoted string (with its backslash escapes), or -1.</summary>
    private static int IndexOutsideQuotes(string text, char target, int from)
    {
        char? quote = null;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\')
                    i++;
                else if (c == quote)
                    quote = null;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == target)
            {
                return i;
            }
        }

        return -1;
    }

}
