using System.Globalization;
using System.Text;

namespace Briefc.Reporting;

/// <summary>
/// Makes text quoted from a source safe to print one diagnostic per line: a key or value can hold line
/// breaks, terminal escapes (ESC) or bidi controls (U+202E) through YAML escapes, and printed as they are they
/// would forge diagnostic lines or GitHub workflow commands, or make a line read differently than it is.
/// Such characters are shown as <c>\uXXXX</c>.
/// </summary>
public static class TerminalText
{
    public static string Escape(string text)
    {
        if (!text.Any(IsUnsafe))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Controls (C0, DEL, C1), line and paragraph separators, and the bidi formatting characters.</summary>
    private static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
