using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// Filters a style sheet's or a <c>style</c> attribute's text before AngleSharp parses it, where AngleSharp.Css
/// accepts a value CSS makes invalid or reads one wrongly. An invalid declaration must be dropped at parse time
/// (CSS 2.1 §4.2, CSS Syntax 3 §8), so an earlier valid one of the same rule applies; AngleSharp keeps it, and it
/// would win the cascade. One pass over the declarations; each is checked by the rule its property has in a table:
/// <list type="bullet">
/// <item><c>width</c>, <c>height</c>, their <c>min-</c>/<c>max-</c> limits and <c>padding</c>: a negative number (not -0)
/// drops the declaration (CSS 2.1 §8.4, §10.2, §10.5, §10.7).</item>
/// <item><c>column-width</c>, <c>column-gap</c>, <c>column-rule-width</c>: a negative length drops it; <c>column-count</c>:
/// anything but a positive integer does (CSS Multi-column 1).</item>
/// <item><c>string-set</c>, <c>bookmark-label</c>: <c>content()</c> is written <c>content(text)</c>, its default (CSS GCPM 3:
/// AngleSharp drops a declaration holding an empty function); <c>bookmark-level: none</c> is written
/// <see cref="BookmarkLevelNone"/> (AngleSharp keeps positive integers only), which the box tree builder reads as none —
/// so the cascade still picks the winning <c>bookmark-level</c> among all of them.</item>
/// <item><c>page</c> (CSS Paged Media 3 §4.1) is written <see cref="PageProperty"/>: AngleSharp knows <c>page</c> but computes
/// no value for it (nor for unknown properties), and keeps an identifier in <c>running</c> (a property of an early GCPM
/// draft, which no browser or formatter supports now): an author's own <c>running</c> declarations are dropped, so that only
/// page names are read from it.</item>
/// <item><c>break-before</c>/<c>break-after</c>: <c>recto</c> and <c>verso</c> (CSS Fragmentation 3 §3.1) are dropped by
/// AngleSharp, which knows no value it could carry them in and keeps no unknown one. Such a declaration is written as
/// <c>page</c> (the forced break they are) and, beside it with the same importance, the custom property
/// <see cref="SideOf"/> the property holding the side; a <c>page</c> declaration gets the companion too, so the
/// companion's cascade follows the property's wherever <c>page</c> wins (the style resolver reads the side only there,
/// so an inherited companion never counts).</item>
/// <item>Any property: an <c>rgb()</c>/<c>rgba()</c> channel outside its range is written clamped to it (CSS Color 3
/// §4.2.1: 101% is 100%, -1 is 0); AngleSharp stores a channel in a byte without clamping, so 101% came out as a
/// near-black 1 and -1% as 253.</item>
/// <item><c>list-style</c>: a <c>none</c> sets whichever of the type and the image the value does not set otherwise
/// (CSS 2.1 §12.6.2); AngleSharp gives the first <c>none</c> to the type and dropped <c>none square</c> and
/// <c>url(m.png) none</c>. Such a value is written type, position, image, the order AngleSharp reads.</item>
/// <item><c>text-emphasis-style</c>, <c>-color</c>, <c>-position</c> (AngleSharp keeps none of them) are written as the custom
/// properties <see cref="TextEmphasisValue"/> names, which inherit as they do; the <c>text-emphasis</c> shorthand as its
/// style and colour longhands, an omitted one at its initial value. An invalid one is dropped and handed to the caller's
/// <c>dropped</c> (the document reports it).</item>
/// <item><c>ruby-position</c> (AngleSharp does not keep it either) is written as the custom property
/// <see cref="RubyPositionValue.Property"/>.</item>
/// </list>
/// Any other text is left as it is.
/// </summary>
public static partial class InvalidDeclarations
{
    /// <summary>What a rule makes of a value (without <c>!important</c>): the value to keep, rewritten or not, or null to drop the declaration.</summary>
    private delegate string? ValueRule(string value);

    // A value with a comment in it is left alone: the number may be the comment's.
    private static readonly ValueRule NonNegativeSize = value => !value.Contains("/*", StringComparison.Ordinal) && NegativeNumber().IsMatch(value) ? null : value;

    private static readonly ValueRule NonNegativeLength = value => LoneNumber().Match(value.Trim()) is { Success: true } number && IsNegative(number) ? null : value;

    private static readonly ValueRule PositiveInteger = value => LoneNumber().Match(value.Trim()) is { Success: true } number
        && (number.Groups["unit"].Value.Length > 0 || IsNegative(number) || number.Groups["digits"].Value.Contains('.')
            || !number.Groups["digits"].Value.Any(c => c is >= '1' and <= '9'))
        ? null
        : value;

    private static readonly ValueRule EmptyContentIsText = value => EmptyContent().Replace(value, "content(text)");

    private static readonly ValueRule LevelNone = value => value.Trim() is var level && level.Equals("none", StringComparison.OrdinalIgnoreCase)
        ? value.Replace(level, BookmarkLevelNoneText, StringComparison.Ordinal)
        : value;

    private static readonly ValueRule ListStyleNone = value =>
    {
        static bool IsNone(string part) => part.Equals("none", StringComparison.OrdinalIgnoreCase);
        var parts = ListStylePart().Matches(value).Select(m => m.Value).ToArray();
        var nones = parts.Count(IsNone);
        var images = parts.Where(p => p.Contains('(')).ToArray();
        var positions = parts.Where(p => p.Equals("inside", StringComparison.OrdinalIgnoreCase) || p.Equals("outside", StringComparison.OrdinalIgnoreCase)).ToArray();
        var types = parts.Where(p => !images.Contains(p) && !positions.Contains(p) && !IsNone(p)).ToArray();
        if (nones == 0 || images.Length > 1 || positions.Length > 1 || types.Length > 1 || nones + images.Length + types.Length > 2)
            return value; // no none, or invalid (AngleSharp drops it, as it must)
        // Each none where it belongs: the type's slot first, unless the value gives a type.
        var type = types.FirstOrDefault() ?? "none";
        var image = images.FirstOrDefault() ?? (types.Length > 0 || nones == 2 ? "none" : null);
        string[] ordered = [.. new[] { type, positions.FirstOrDefault(), image }.OfType<string>()];
        return ordered.SequenceEqual(parts, StringComparer.OrdinalIgnoreCase) ? value : value[..^value.TrimStart().Length] + string.Join(' ', ordered) + value[value.TrimEnd().Length..];
    };

    /// <summary>The <c>bookmark-level</c> that stands for <c>none</c>: no outline is that deep.</summary>
    public const int BookmarkLevelNone = int.MaxValue;

    /// <summary><see cref="BookmarkLevelNone"/> as the cascade gives it.</summary>
    public const string BookmarkLevelNoneText = "2147483647";

    /// <summary>The name <c>page</c> declarations are given (<see cref="Filter"/>), under which the cascade keeps their value (see above).</summary>
    public const string PageProperty = "running";

    /// <summary>The custom property that carries the side of a <c>break-before</c> or <c>break-after</c> (<paramref name="property"/>)
    /// whose value is <c>recto</c> or <c>verso</c> (see above); its value is the declaration's.</summary>
    public static string SideOf(string property) => "--briefc-side-" + property;

    /// <summary>Whether a break value is one AngleSharp drops and the companion carries (<c>recto</c>, <c>verso</c>) or the
    /// <c>page</c> AngleSharp keeps in their place.</summary>
    private static bool CarriesSide(string value) =>
        value.Trim() is var word && (word.Equals("recto", StringComparison.OrdinalIgnoreCase) || word.Equals("verso", StringComparison.OrdinalIgnoreCase)
            || word.Equals("page", StringComparison.OrdinalIgnoreCase));

    /// <summary>The rule per property (lower case); a property not listed has only the rule every property has (<see cref="ClampRgbChannels"/>).</summary>
    private static readonly Dictionary<string, ValueRule> Rules = new(StringComparer.Ordinal)
    {
        ["width"] = NonNegativeSize,
        ["height"] = NonNegativeSize,
        ["min-width"] = NonNegativeSize,
        ["min-height"] = NonNegativeSize,
        ["max-width"] = NonNegativeSize,
        ["max-height"] = NonNegativeSize,
        ["padding"] = NonNegativeSize,
        ["padding-top"] = NonNegativeSize,
        ["padding-right"] = NonNegativeSize,
        ["padding-bottom"] = NonNegativeSize,
        ["padding-left"] = NonNegativeSize,
        ["column-width"] = NonNegativeLength,
        ["column-gap"] = NonNegativeLength,
        ["column-rule-width"] = NonNegativeLength,
        ["column-count"] = PositiveInteger,
        ["string-set"] = EmptyContentIsText,
        ["bookmark-label"] = EmptyContentIsText,
        ["bookmark-level"] = LevelNone,
        [PageProperty] = _ => null,
        ["list-style"] = ListStyleNone,
    };

    /// <summary>Whether the text may hold a declaration a rule changes (a cheap test, so most sheets are not parsed twice).</summary>
    public static bool Concerns(string css) =>
        css.Contains('-') && (css.Contains("width", StringComparison.OrdinalIgnoreCase) || css.Contains("height", StringComparison.OrdinalIgnoreCase)
            || css.Contains("padding", StringComparison.OrdinalIgnoreCase) || css.Contains("column-", StringComparison.OrdinalIgnoreCase))
        || css.Contains("rgb", StringComparison.OrdinalIgnoreCase)
        || css.Contains("content(", StringComparison.OrdinalIgnoreCase) || css.Contains("bookmark-level", StringComparison.OrdinalIgnoreCase)
        || ((css.Contains("page", StringComparison.OrdinalIgnoreCase) || css.Contains(PageProperty, StringComparison.OrdinalIgnoreCase)) && PageDeclaration().IsMatch(css))
        || css.Contains("list-style", StringComparison.OrdinalIgnoreCase) && css.Contains("none", StringComparison.OrdinalIgnoreCase)
        || css.Contains("text-emphasis", StringComparison.OrdinalIgnoreCase)
        || css.Contains(RubyPositionValue.Name, StringComparison.OrdinalIgnoreCase)
        || css.Contains("break-", StringComparison.OrdinalIgnoreCase) && (css.Contains("recto", StringComparison.OrdinalIgnoreCase)
            || css.Contains("verso", StringComparison.OrdinalIgnoreCase) || css.Contains("page", StringComparison.OrdinalIgnoreCase));

    /// <summary>The text (a sheet, or the declarations of a <c>style</c> attribute) with each invalid declaration removed
    /// (the <c>;</c> after it kept) and each value a rule rewrites rewritten; <paramref name="dropped"/> is told of each
    /// text-emphasis declaration dropped as invalid (property, value).</summary>
    public static string Filter(string css, Action<string, string>? dropped = null) => Declaration().Replace(css, match =>
    {
        var name = match.Groups["name"].Value.ToLowerInvariant();
        var value = match.Groups["value"].Value;
        if (TextEmphasisValue.Properties.ContainsKey(name))
            return TextEmphasisDeclaration(match, name, ClampRgbChannels(value), dropped);
        if (name == RubyPositionValue.Name)
            return RubyPositionValue.Property + ":" + value + match.Groups["important"].Value;
        var kept = Rules.TryGetValue(name, out var rule) ? rule(value) : value;
        if (kept is null)
            return "";
        kept = ClampRgbChannels(kept);
        if (name == "page")
            return PageProperty + ":" + kept + match.Groups["important"].Value;
        if (name is "break-before" or "break-after" && CarriesSide(kept))
        {
            var important = match.Groups["important"].Value;
            var priority = important.Length > 0 ? " !important" : "";
            var trailing = important.Length > 0 ? important[important.TrimEnd().Length..] : kept[kept.TrimEnd().Length..];
            return match.Groups["head"].Value + " page" + priority + "; " + SideOf(name) + ": " + kept.Trim().ToLowerInvariant() + priority + trailing;
        }

        return kept == value ? match.Value : match.Groups["head"].Value + kept + match.Groups["important"].Value;
    });

    /// <summary>A text-emphasis declaration as the custom properties that carry it (see above), or nothing when it is invalid.</summary>
    private static string TextEmphasisDeclaration(Match match, string name, string value, Action<string, string>? dropped)
    {
        var important = match.Groups["important"].Value;
        var priority = important.Length > 0 ? " !important" : "";
        var trailing = important.Length > 0 ? important[important.TrimEnd().Length..] : value[value.TrimEnd().Length..];
        if (!TextEmphasisValue.IsValid(name, value))
        {
            dropped?.Invoke(name, value.Trim());
            return "";
        }

        if (TextEmphasisValue.Properties[name] is { } longhand)
            return longhand + ": " + value.Trim() + priority + trailing;
        var (style, colour) = TextEmphasisValue.Shorthand(value)!.Value;
        return TextEmphasisValue.StyleProperty + ": " + style + priority + "; " + TextEmphasisValue.ColorProperty + ": " + colour + priority + trailing;
    }

    /// <summary>The value with each <c>rgb()</c>/<c>rgba()</c> whose channels are out of range written with clamped channels.</summary>
    public static string ClampRgbChannels(string value) => !value.Contains("rgb", StringComparison.OrdinalIgnoreCase) ? value : RgbFunction().Replace(value, match =>
    {
        var parts = match.Groups["channels"].Value.Split([',', ' ', '\t', '\n', '\r', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is not (3 or 4))
            return match.Value;
        var clamped = new string[parts.Length];
        var changed = false;
        for (var i = 0; i < parts.Length; i++)
        {
            var percent = parts[i].EndsWith('%');
            if (!double.TryParse(percent ? parts[i][..^1] : parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var channel))
                return match.Value;
            var most = percent ? 100 : i == 3 ? 1 : 255;
            var inRange = Math.Clamp(channel, 0, most);
            changed |= inRange != channel;
            clamped[i] = inRange.ToString(CultureInfo.InvariantCulture) + (percent ? "%" : "");
        }

        return changed ? $"{match.Groups["name"].Value}({string.Join(", ", clamped)})" : match.Value;
    });

    private static bool IsNegative(Match number) =>
        number.Groups["sign"].Value == "-" && number.Groups["digits"].Value.Any(c => c is >= '1' and <= '9');

    /// <summary>A declaration: at the start of the text or after <c>{</c> or <c>;</c>, a property name, a colon and a value
    /// running to the next <c>;</c> or <c>}</c> (or the end); no brace inside, so a selector such as <c>a:hover</c> is
    /// never taken for one, nor a comment's prose, which follows no <c>{</c> or <c>;</c> directly.</summary>
    [GeneratedRegex(@"(?<=(?:^|[{;])\s*)(?<head>(?<name>-?[a-z][a-z-]*)\s*:)(?<value>[^;{}!]*)(?<important>!\s*important\s*)?(?=[;}]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();

    /// <summary>A negative number (not -0) that stands on its own in a value, not the end of a word or of a calc() term.</summary>
    [GeneratedRegex(@"(?<![\w.()-])-0*\.?0*[1-9]", RegexOptions.CultureInvariant)]
    private static partial Regex NegativeNumber();

    /// <summary>A lone number, with its sign and unit (a length or a plain number).</summary>
    [GeneratedRegex(@"^(?<sign>[+-]?)(?<digits>\d*\.?\d+)(?<unit>[a-z%]*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoneNumber();

    /// <summary>A <c>page</c> or <c>running</c> declaration (not <c>@page</c>, not <c>page-break-before</c>).</summary>
    [GeneratedRegex(@"(?<![\w@-])(?:page|running)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageDeclaration();

    [GeneratedRegex(@"(?<![\w-])content\(\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex EmptyContent();

    /// <summary>A component of a <c>list-style</c> value: a function (<c>url(…)</c>, a gradient) or a word.</summary>
    [GeneratedRegex(@"[\w-]+\((?:[^()]|\([^()]*\))*\)|[^\s()]+", RegexOptions.CultureInvariant)]
    private static partial Regex ListStylePart();

    [GeneratedRegex(@"(?<name>\brgba?)\((?<channels>[^()]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex RgbFunction();
}
