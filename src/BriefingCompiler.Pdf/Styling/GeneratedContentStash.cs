using System.Globalization;
using System.Text;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// AngleSharp.Css drops a <c>content</c> declaration holding a function it does not know (<c>target-counter()</c>,
/// <c>target-text()</c>, <c>leader()</c>…), so the cascade never shows it. Before the style sheets are parsed, each
/// such value is put aside here and the declaration's value replaced by a marker string (U+FDD0, a noncharacter no
/// document writes, and the value's index): the cascade then picks the winning declaration by specificity, order,
/// media and importance as for any other, and <see cref="ContentValueParser"/> reads the value kept here in its place.
/// One instance per document.
/// </summary>
public sealed class GeneratedContentStash
{
    /// <summary>Starts the marker string.</summary>
    public const char Marker = '\uFDD0';

    private static readonly string[] Functions = ["target-counter(", "target-counters(", "target-text(", "leader("];

    private readonly List<string> values = [];

    public bool IsEmpty => values.Count == 0;

    /// <summary>The value put aside as number <paramref name="index"/>, or null.</summary>
    public string? Value(int index) => index >= 0 && index < values.Count ? values[index] : null;

    /// <summary>Whether a style sheet's text may hold a value to put aside (a cheap test, so documents without any pay nothing).</summary>
    public static bool Concerns(string css) => Functions.Any(f => css.Contains(f, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The style sheet with every <c>content</c> value that uses one of the functions replaced by a marker (its
    /// <c>!important</c> kept); comments and strings are stepped over, never changed.
    /// </summary>
    public string Rewrite(string css)
    {
        var result = new StringBuilder(css.Length);
        var i = 0;
        var declarationStart = true;
        while (i < css.Length)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? css.Length : end + 2;
                result.Append(css, i, end - i);
                i = end;
                continue;
            }

            if (c is '"' or '\'')
            {
                var end = StringEnd(css, i);
                result.Append(css, i, end - i);
                i = end;
                declarationStart = false;
                continue;
            }

            if (c is '{' or ';' or '}')
            {
                result.Append(c);
                i++;
                declarationStart = true;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                result.Append(c);
                i++;
                continue;
            }

            if (declarationStart && string.Compare(css, i, "content", 0, 7, StringComparison.OrdinalIgnoreCase) == 0
                && AfterName(css, i + 7) is { } colon)
            {
                var valueEnd = ValueEnd(css, colon + 1);
                var value = css[(colon + 1)..valueEnd];
                if (Concerns(value))
                {
                    var (plain, important) = SplitImportant(value);
                    values.Add(plain.Trim());
                    result.Append(css, i, colon + 1 - i)
                        .Append(" \"\\").Append(((int)Marker).ToString("X", CultureInfo.InvariantCulture)).Append(' ')
                        .Append((values.Count - 1).ToString(CultureInfo.InvariantCulture)).Append('"')
                        .Append(important ? " !important" : "");
                    i = valueEnd;
                    declarationStart = false;
                    continue;
                }
            }

            declarationStart = false;
            result.Append(c);
            i++;
        }

        return result.ToString();
    }

    /// <summary>The index a marker string stands for, or null when <paramref name="text"/> is not one.</summary>
    public static int? IndexOf(string text) =>
        text.Length > 1 && text[0] == Marker && int.TryParse(text.AsSpan(1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;

    /// <summary>The colon after a property name (white space between allowed), or null when the name goes on or no colon follows.</summary>
    private static int? AfterName(string css, int i)
    {
        while (i < css.Length && char.IsWhiteSpace(css[i])) i++;
        return i < css.Length && css[i] == ':' ? i : null;
    }

    /// <summary>Where a declaration's value ends: at a <c>;</c> or <c>}</c> outside strings and parentheses.</summary>
    private static int ValueEnd(string css, int i)
    {
        var depth = 0;
        while (i < css.Length)
        {
            var c = css[i];
            if (c is '"' or '\'')
            {
                i = StringEnd(css, i);
                continue;
            }

            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (c is ';' or '}' && depth == 0) return i;
            i++;
        }

        return css.Length;
    }

    /// <summary>The index after a quoted string that starts at <paramref name="start"/> (backslash escapes stepped over).</summary>
    private static int StringEnd(string css, int start)
    {
        var quote = css[start];
        var i = start + 1;
        while (i < css.Length && css[i] != quote && css[i] != '\n')
        {
            i += css[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, css.Length);
    }

    private static (string Value, bool Important) SplitImportant(string value)
    {
        var bang = value.LastIndexOf('!');
        return bang >= 0 && value[(bang + 1)..].Trim().Equals("important", StringComparison.OrdinalIgnoreCase)
            ? (value[..bang], true)
            : (value, false);
    }
}
