using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingCompiler.Localization;

/// <summary>
/// Reads dates written the way <see cref="DateFormatter"/> writes them, in any built-in language (the document's
/// first), plus ISO dates: what <c>briefc import</c> finds in a Word briefing. Arabic-Indic digits are read too.
/// </summary>
public static partial class DateParser
{
    private static readonly IReadOnlyList<(string Language, string[] Months)> MonthNames =
    [
        ("en", ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]),
        ("fr", ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]),
        ("es", ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]),
        ("ru", ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]),
        ("ar", ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]),
    ];

    /// <summary>The one date in <paramref name="text"/>, or null when there is none or it is not a real day.</summary>
    public static DateOnly? Parse(string text, string language)
    {
        var normalized = Normalize(text);
        if (IsoDate().Match(normalized) is { Success: true } iso)
            return Make(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value);
        if (ChineseDate().Match(normalized) is { Success: true } zh)
            return Make(zh.Groups[1].Value, zh.Groups[2].Value, zh.Groups[3].Value);
        var baseLanguage = LabelKeys.BaseLanguage(language);
        foreach (var (_, months) in MonthNames.OrderBy(m => m.Language == baseLanguage ? 0 : 1))
        {
            for (var m = 0; m < months.Length; m++)
            {
                // "4 November 2024", "1er novembre 2024", "4 de noviembre de 2024", "4 ноября 2024 г.", "November 4, 2024".
                var name = Regex.Escape(months[m]);
                var dayFirst = Regex.Match(normalized, $@"(?<!\d)(\d{{1,2}})(?:er)?\.?\s+(?:de\s+)?{name}\s+(?:de\s+)?(\d{{4}})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                if (dayFirst.Success)
                    return Make(dayFirst.Groups[2].Value, (m + 1).ToString(CultureInfo.InvariantCulture), dayFirst.Groups[1].Value);
                var monthFirst = Regex.Match(normalized, $@"{name}\s+(\d{{1,2}}),?\s+(\d{{4}})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                if (monthFirst.Success)
                    return Make(monthFirst.Groups[2].Value, (m + 1).ToString(CultureInfo.InvariantCulture), monthFirst.Groups[1].Value);
            }
        }
        return null;
    }

    /// <summary>
    /// A span of days as <see cref="DateFormatter.FormatRange"/> writes it ("9–14 November 2024", "2024 年 11 月 9 日至 14 日",
    /// "2024年11月9日～14日",
    /// two full dates joined by a dash), or a single day (start = end); null when there is no date.
    /// </summary>
    public static (DateOnly Start, DateOnly End)? ParseRange(string text, string language)
    {
        var normalized = Normalize(text);
        var parts = normalized.Split(['–', '—', '至', '～', '~'], 2);
        if (parts.Length == 2)
        {
            var left = Parse(parts[0], language);
            var right = Parse(parts[1], language);
            if (left is { } start && right is { } end)
                return (start, end);
            // "9–14 November 2024": the first part is a day of the second's month.
            if (right is { } end2 && DayOnly().Match(parts[0]) is { Success: true } day && Valid(end2.Year, end2.Month, int.Parse(day.Groups[1].Value, CultureInfo.InvariantCulture)) is { } start2)
                return (start2, end2);
            // "2024 年 11 月 9 日至 14 日": the second part is a day of the first's month.
            if (left is { } start3 && DayOnly().Match(parts[1]) is { Success: true } endDay && Valid(start3.Year, start3.Month, int.Parse(endDay.Groups[1].Value, CultureInfo.InvariantCulture)) is { } end3)
                return (start3, end3);
        }
        return Parse(normalized, language) is { } single ? (single, single) : null;
    }

    private static string Normalize(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\u0660' and <= '\u0669')
                chars[i] = (char)('0' + (chars[i] - '\u0660'));
            else if (chars[i] is >= '\u06F0' and <= '\u06F9')
                chars[i] = (char)('0' + (chars[i] - '\u06F0'));
            else if (chars[i] is '\u00A0' or '\u202F')
                chars[i] = ' ';
        }
        return new string(chars);
    }

    private static DateOnly? Make(string year, string month, string day) =>
        Valid(int.Parse(year, CultureInfo.InvariantCulture), int.Parse(month, CultureInfo.InvariantCulture), int.Parse(day, CultureInfo.InvariantCulture));

    private static DateOnly? Valid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    [GeneratedRegex(@"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"^\s*(\d{1,2})(?:er)?\s*(?:[日일])?\s*$")]
    private static partial Regex DayOnly();
}
