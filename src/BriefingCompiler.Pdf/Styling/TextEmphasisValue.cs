using System.Globalization;
using System.Text;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// The values of <c>text-emphasis-style</c>, <c>text-emphasis-color</c>, <c>text-emphasis-position</c> and the
/// <c>text-emphasis</c> shorthand (CSS Text Decoration 3 §3). AngleSharp keeps none of the longhands it does not know, so
/// <see cref="InvalidDeclarations"/> writes each valid declaration as the custom property named here (custom properties
/// inherit, as these properties do) and drops an invalid one; the style resolver reads them back with
/// <see cref="Mark"/>, <see cref="IsUnder"/> and the colour reader. Pure functions.
/// </summary>
public static class TextEmphasisValue
{
    /// <summary>The custom property <c>text-emphasis-style</c> is kept in.</summary>
    public const string StyleProperty = "--briefc-text-emphasis-style";

    /// <summary>The custom property <c>text-emphasis-color</c> is kept in.</summary>
    public const string ColorProperty = "--briefc-text-emphasis-color";

    /// <summary>The custom property <c>text-emphasis-position</c> is kept in.</summary>
    public const string PositionProperty = "--briefc-text-emphasis-position";

    /// <summary>The properties these values belong to, each with the custom property that carries it (the shorthand: none).</summary>
    public static readonly IReadOnlyDictionary<string, string?> Properties = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["text-emphasis-style"] = StyleProperty,
        ["text-emphasis-color"] = ColorProperty,
        ["text-emphasis-position"] = PositionProperty,
        ["text-emphasis"] = null,
    };

    /// <summary>The CSS-wide keywords: valid for every property, left for the resolver (inherit and unset take the parent's value, initial the initial one).</summary>
    private static bool IsWideKeyword(string value) => value is "inherit" or "initial" or "unset" or "revert";

    /// <summary>
    /// The mark a <c>text-emphasis-style</c> value draws (CSS Text Decoration 3 §3.1): null for <c>none</c> (and <c>initial</c>),
    /// a shape keyword's character (<c>filled</c> when only the shape is given, <c>circle</c> when only the fill: the
    /// shape of horizontal text), or the first grapheme cluster of a string; false when the value is not valid.
    /// </summary>
    public static bool TryMark(string value, out string? mark)
    {
        mark = null;
        var tokens = Tokens(value);
        if (tokens is null || tokens.Count == 0)
            return false;
        if (tokens.Count == 1 && tokens[0].ToLowerInvariant() is "none" or "initial")
            return true;
        if (tokens.Exists(t => t[0] is '"' or '\''))
        {
            if (tokens.Count != 1 || Unquoted(tokens[0]) is not { } text)
                return false;
            // The UA may truncate a string of more than one grapheme cluster (§3.1): its first is drawn; an empty string draws nothing.
            mark = text.Length == 0 ? null : StringInfo.GetNextTextElement(text);
            return true;
        }

        string? fill = null, shape = null;
        foreach (var token in tokens)
        {
            switch (token.ToLowerInvariant())
            {
                case "filled" or "open" when fill is null:
                    fill = token.ToLowerInvariant();
                    break;
                case "dot" or "circle" or "double-circle" or "triangle" or "sesame" when shape is null:
                    shape = token.ToLowerInvariant();
                    break;
                default:
                    return false;
            }
        }

        var filled = fill != "open";
        mark = (shape ?? "circle") switch
        {
            "dot" => filled ? "\u2022" : "\u25E6",
            "circle" => filled ? "\u25CF" : "\u25CB",
            "double-circle" => filled ? "\u25C9" : "\u25CE",
            "triangle" => filled ? "\u25B2" : "\u25B3",
            _ => filled ? "\uFE45" : "\uFE46",
        };
        return true;
    }

    /// <summary>Whether a <c>text-emphasis-position</c> value puts the marks under the text (<c>[over | under] &amp;&amp; [right | left]?</c>,
    /// CSS Text Decoration 3 §3.4; right and left matter only in vertical text); false when the value is not valid. The
    /// <c>above</c>/<c>below</c> of early drafts are not valid CSS, as in browsers.</summary>
    public static bool TryUnder(string value, out bool under)
    {
        under = false;
        var tokens = Tokens(value);
        if (tokens is null || tokens.Count == 0)
            return false;
        if (tokens.Count == 1 && tokens[0].ToLowerInvariant() == "initial")
            return true;
        string? side = null, across = null;
        foreach (var token in tokens)
        {
            switch (token.ToLowerInvariant())
            {
                case "over" or "under" when side is null:
                    side = token.ToLowerInvariant();
                    break;
                case "right" or "left" when across is null:
                    across = token;
                    break;
                default:
                    return false;
            }
        }

        under = side == "under";
        return side is not null;
    }

    /// <summary>Whether a <c>text-emphasis-color</c> value is a colour (or <c>currentColor</c>).</summary>
    public static bool IsColor(string value) =>
        value.Trim().ToLowerInvariant() is "currentcolor" || IsWideKeyword(value.Trim().ToLowerInvariant()) || CssValueReader.Color(value.Trim(), 0) is not null;

    /// <summary>
    /// A <c>text-emphasis</c> shorthand (<c>&lt;text-emphasis-style&gt; || &lt;text-emphasis-color&gt;</c>) split into its
    /// longhands' values, an omitted one at its initial value (<c>none</c>, <c>currentcolor</c>); null when not valid.
    /// </summary>
    public static (string Style, string Color)? Shorthand(string value)
    {
        var tokens = Tokens(value);
        if (tokens is null || tokens.Count == 0)
            return null;
        if (tokens.Count == 1 && IsWideKeyword(tokens[0].ToLowerInvariant()))
            return (tokens[0], tokens[0]);
        // The style's words (or its string) stand together, before or after the colour: try the colour at either end.
        for (var colourWords = 0; colourWords <= tokens.Count; colourWords++)
        {
            foreach (var colourFirst in new[] { false, true })
            {
                var colour = colourFirst ? tokens.Take(colourWords) : tokens.Skip(tokens.Count - colourWords);
                var style = colourFirst ? tokens.Skip(colourWords) : tokens.Take(tokens.Count - colourWords);
                var colourText = string.Join(' ', colour);
                var styleText = string.Join(' ', style);
                if ((colourWords == 0 || colourWords == 1 && IsColor(colourText) && !IsWideKeyword(colourText.ToLowerInvariant()))
                    && (styleText.Length == 0 ? colourWords > 0 : TryMark(styleText, out _) && !IsWideKeyword(styleText.ToLowerInvariant())))
                {
                    return (styleText.Length == 0 ? "none" : styleText, colourWords == 0 ? "currentcolor" : colourText);
                }
            }
        }

        return null;
    }

    /// <summary>Whether a longhand's value is valid for <paramref name="property"/> (a CSS-wide keyword is).</summary>
    public static bool IsValid(string property, string value) =>
        IsWideKeyword(value.Trim().ToLowerInvariant()) || property switch
        {
            "text-emphasis-style" => TryMark(value, out _),
            "text-emphasis-color" => IsColor(value),
            "text-emphasis-position" => TryUnder(value, out _),
            _ => Shorthand(value) is not null,
        };

    /// <summary>The value's components: words, quoted strings (quotes kept) and functions (<c>rgb(…)</c>, whole); null when a
    /// string or a parenthesis is not closed.</summary>
    private static List<string>? Tokens(string value)
    {
        var tokens = new List<string>();
        var at = 0;
        while (at < value.Length)
        {
            if (char.IsWhiteSpace(value[at]))
            {
                at++;
                continue;
            }

            var start = at;
            if (value[at] is '"' or '\'')
            {
                var quote = value[at++];
                while (at < value.Length && value[at] != quote)
                    at += value[at] == '\\' ? 2 : 1;
                if (at >= value.Length)
                    return null;
                at++;
            }
            else
            {
                var depth = 0;
                while (at < value.Length && (depth > 0 || !char.IsWhiteSpace(value[at])))
                {
                    depth += value[at] == '(' ? 1 : value[at] == ')' ? -1 : 0;
                    at++;
                }

                if (depth != 0)
                    return null;
            }

            tokens.Add(value[start..at]);
        }

        return tokens;
    }

    /// <summary>A quoted string's text, its escapes (<c>\"</c>, <c>\25CF </c>) read; null when malformed.</summary>
    private static string? Unquoted(string token)
    {
        if (token.Length < 2 || token[^1] != token[0])
            return null;
        var text = new StringBuilder();
        for (var i = 1; i < token.Length - 1; i++)
        {
            if (token[i] != '\\')
            {
                text.Append(token[i]);
                continue;
            }

            var hex = 0;
            while (hex < 6 && i + 1 + hex < token.Length - 1 && Uri.IsHexDigit(token[i + 1 + hex]))
                hex++;
            if (hex == 0)
            {
                if (i + 1 < token.Length - 1)
                    text.Append(token[++i]);
                continue;
            }

            var code = int.Parse(token.AsSpan(i + 1, hex), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            text.Append(code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD");
            i += hex;
            if (i + 1 < token.Length - 1 && char.IsWhiteSpace(token[i + 1]))
                i++;
        }

        return text.ToString();
    }
}
