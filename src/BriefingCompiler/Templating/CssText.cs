using System.Globalization;
using System.Text;

namespace BriefingCompiler.Templating;

/// <summary>
/// Text placed inside a <c>&lt;style&gt;</c> element, e.g. the running header in <c>@page { @top-center { content: … } }</c>.
/// A style element is raw text for the HTML parser, so HTML escaping does not apply there: a value must be a
/// CSS string in which nothing can end the string, the declaration or the element (<c>"</c>, <c>\</c>,
/// <c>&lt;/style&gt;</c>, line breaks).
/// </summary>
public static class CssText
{
    /// <summary>A double-quoted CSS string with every character that could break out written as a hex escape.</summary>
    public static string QuotedString(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        sb.Append('"');
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            var safe = v >= 0x80 ? v != 0x2028 && v != 0x2029 : v > 0x20 && v < 0x7F && "\"'\\<>&".IndexOf((char)v) < 0 || v == ' ';
            if (safe)
                sb.Append(rune.ToString());
            else
                // The trailing space ends the hex escape; CSS consumes it.
                sb.Append('\\').Append(v.ToString("x", CultureInfo.InvariantCulture)).Append(' ');
        }
        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>
    /// A <c>content</c> value for a page-number pattern such as "Page {0} of {1}": the literal parts become CSS
    /// strings and the placeholders <c>counter(page)</c> and <c>counter(pages)</c>.
    /// </summary>
    public static string PageCounterContent(string pattern, string prefix = "")
    {
        var parts = new List<string>();
        var literal = new StringBuilder(prefix);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (i + 2 < pattern.Length && pattern[i] == '{' && pattern[i + 2] == '}' && pattern[i + 1] is '0' or '1')
            {
                if (literal.Length > 0)
                    parts.Add(QuotedString(literal.ToString()));
                literal.Clear();
                parts.Add(pattern[i + 1] == '0' ? "counter(page)" : "counter(pages)");
                i += 2;
            }
            else
            {
                literal.Append(pattern[i]);
            }
        }
        if (literal.Length > 0)
            parts.Add(QuotedString(literal.ToString()));
        return parts.Count == 0 ? "\"\"" : string.Join(' ', parts);
    }
}
