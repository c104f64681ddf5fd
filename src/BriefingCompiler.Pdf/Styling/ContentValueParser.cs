using System.Text;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// Reads a computed <c>content</c> value of a pseudo-element: strings, <c>counter()</c>, <c>counters()</c>,
/// <c>attr()</c> and the quotes. Anything else (<c>url()</c>, <c>target-counter()</c>, <c>leader()</c>…) is
/// reported once per kind and left out. One pass over the text, no regular expressions.
/// </summary>
public static class ContentValueParser
{
    /// <summary>The items, or null for <c>none</c> / <c>normal</c> (no box is generated).</summary>
    public static IReadOnlyList<ContentItem>? Parse(string? value, MessageLog log)
    {
        if (value is null || value.Trim() is "none" or "normal" or "")
        {
            return null;
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
                    if (Function(name, arguments) is { } item)
                    {
                        items.Add(item);
                    }
                    else
                    {
                        log.WarnOnce("PDF126", "content " + name + "()", $"'{name}()' in generated content is not supported by the PDF engine (strings, counter(), counters(), attr() and quotes are); it is left out.");
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

    private static ContentItem? Function(string name, IReadOnlyList<string> arguments)
    {
        switch (name)
        {
            case "counter" when arguments.Count is 1 or 2:
                return new ContentCounter(arguments[0], null, arguments.Count == 2 ? arguments[1] : "decimal");
            case "counters" when arguments.Count is 2 or 3 && arguments[1].Length > 0 && arguments[1][0] is '"' or '\'':
                return new ContentCounter(arguments[0], PageStyleParser.ReadString(arguments[1], 0).Text, arguments.Count == 3 ? arguments[2] : "decimal");
            case "attr" when arguments.Count >= 1 && arguments[0].Length > 0:
                return new ContentAttribute(arguments[0].Split(' ')[0]);
            default:
                return null;
        }
    }

    /// <summary>The comma-separated arguments of a function, trimmed (commas inside strings kept).</summary>
    private static List<string> Arguments(string text)
    {
        var arguments = new List<string>();
        var start = 0;
        for (var comma = IndexOutsideQuotes(text, ',', 0); comma >= 0; comma = IndexOutsideQuotes(text, ',', start))
        {
            arguments.Add(text[start..comma].Trim());
            start = comma + 1;
        }

        arguments.Add(text[start..].Trim());
        return arguments;
    }

    /// <summary>The parenthesis that closes the one at <paramref name="open"/>, or the end of the value.</summary>
    private static int ClosingParenthesis(string value, int open) =>
        IndexOutsideQuotes(value, ')', open + 1) is var close and >= 0 ? close : value.Length;

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
