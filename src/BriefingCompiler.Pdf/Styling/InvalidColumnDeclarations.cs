using System.Text.RegularExpressions;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// Drops multi-column declarations whose value CSS Multi-column 1 makes invalid — a negative <c>column-width</c>,
/// <c>column-gap</c> or <c>column-rule-width</c>, a <c>column-count</c> that is not a positive integer — from a
/// style sheet's text before AngleSharp parses it. AngleSharp.Css keeps such a declaration, so it would win the
/// cascade over an earlier valid one of the same rule (<c>column-count: 4; column-count: -1</c>); browsers ignore
/// it at parse time (CSS Syntax 3 §8: an invalid declaration is dropped), and the earlier one applies.
/// </summary>
public static partial class InvalidColumnDeclarations
{
    /// <summary>Whether a style sheet's text may hold such a declaration (a cheap test, so other sheets pay nothing).</summary>
    public static bool Concerns(string css) => css.Contains("column-", StringComparison.OrdinalIgnoreCase);

    /// <summary>The sheet with each invalid multi-column declaration removed (the <c>;</c> after it kept).</summary>
    public static string Remove(string css) =>
        Declaration().Replace(css, match => IsInvalid(match.Groups["name"].Value.ToLowerInvariant(), match.Groups["value"].Value.Trim()) ? "" : match.Value);

    /// <summary>Whether <paramref name="value"/> (without <c>!important</c>) is invalid for the property <paramref name="name"/>.</summary>
    public static bool IsInvalid(string name, string value)
    {
        var number = Number().Match(value);
        if (!number.Success)
        {
            return false;
        }

        var isNegative = number.Groups["sign"].Value == "-" && number.Groups["digits"].Value.Any(c => c is >= '1' and <= '9');
        return name switch
        {
            // <integer [1,∞]>: zero, negative and fractional counts are invalid.
            "column-count" => number.Groups["unit"].Value.Length > 0 || isNegative || number.Groups["digits"].Value.Contains('.')
                || !number.Groups["digits"].Value.Any(c => c is >= '1' and <= '9'),
            // Non-negative lengths.
            _ => isNegative,
        };
    }

    [GeneratedRegex(@"(?<=[{;]\s*)(?<name>column-count|column-width|column-gap|column-rule-width)\s*:(?<value>[^;{}!]*)(?<important>!\s*important\s*)?(?=[;}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();

    /// <summary>A lone number, with its sign and unit (a length or a plain number).</summary>
    [GeneratedRegex(@"^(?<sign>[+-]?)(?<digits>\d*\.?\d+)(?<unit>[a-z%]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
