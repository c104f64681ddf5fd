using System.Globalization;

namespace BriefingCompiler.Word;

/// <summary>Fills a label pattern's placeholders, as the template's <c>format_label</c> does.</summary>
internal static class WordLabels
{
    public static string Fill(string pattern, string first, string? second = null) =>
        pattern.Replace("{0}", first, StringComparison.Ordinal).Replace("{1}", second ?? "", StringComparison.Ordinal);

    public static string Fill(string pattern, int first) => Fill(pattern, first.ToString(CultureInfo.InvariantCulture));
}
