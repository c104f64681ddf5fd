using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// Two CSS GCPM values AngleSharp.Css drops before the cascade sees them, written before the style sheets are parsed in a
/// form it keeps with the same meaning: <c>content()</c> (an empty function: AngleSharp drops the whole declaration) is
/// <c>content(text)</c>, its default; <c>bookmark-level: none</c> (AngleSharp knows the property and keeps positive integers
/// only) is <c>bookmark-level: </c><see cref="BookmarkLevelNone"/>, which the box tree builder reads as none — so the cascade
/// still picks the winning <c>bookmark-level</c> among all of them.
/// </summary>
public static partial class PagedMediaDeclarations
{
    /// <summary>The level that stands for <c>none</c>: no outline is that deep.</summary>
    public const int BookmarkLevelNone = int.MaxValue;

    /// <summary><see cref="BookmarkLevelNone"/> as the cascade gives it.</summary>
    public const string BookmarkLevelNoneText = "2147483647";

    /// <summary>Whether a style sheet's text may hold one (a cheap test, so other documents pay nothing).</summary>
    public static bool Concerns(string css) =>
        css.Contains("content(", StringComparison.OrdinalIgnoreCase) || css.Contains("bookmark-level", StringComparison.OrdinalIgnoreCase);

    public static string Rewrite(string css) => LevelNone().Replace(EmptyContent().Replace(css, "content(text)"),
        "${name}" + BookmarkLevelNone.ToString(CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(?<![\w-])content\(\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex EmptyContent();

    [GeneratedRegex(@"(?<name>(?<=[{;\s])bookmark-level\s*:\s*)none(?![\w-])", RegexOptions.IgnoreCase)]
    private static partial Regex LevelNone();
}
