namespace BriefingCompiler.Localization;

/// <summary>
/// Writes dates the way a reader of each built-in language expects (Traditional Chinese as Chinese; Japanese and
/// Korean without the spaces Chinese briefings put around the numbers, "2024年11月9日", "2024년 11월 9일"). Pure code over <see cref="DateOnly"/>:
/// the tool runs with InvariantGlobalization, so there are no culture month names to borrow, and our own
/// tables also keep the output identical on every machine.
/// </summary>
public static class DateFormatter
{
    private static readonly IReadOnlyList<string> EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly IReadOnlyList<string> FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly IReadOnlyList<string> SpanishMonths =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    // Russian dates use the genitive case of the month name ("4 ноября").
    private static readonly IReadOnlyList<string> RussianMonthsGenitive =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    // The transliterated month names used by ICANN and UN Arabic documents (يناير … ديسمبر), not the Syriac ones.
    private static readonly IReadOnlyList<string> ArabicMonths =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    /// <summary>Formats <paramref name="date"/> for <paramref name="language"/> (any BCP 47 tag; unknown ones get English).</summary>
    public static string Format(DateOnly date, string language)
    {
        var m = date.Month - 1;
        return LabelKeys.BaseLanguage(language) switch
        {
            "zh" => $"{date.Year} 年 {date.Month} 月 {date.Day} 日",
            "ja" => $"{date.Year}年{date.Month}月{date.Day}日",
            "ko" => $"{date.Year}년 {date.Month}월 {date.Day}일",
            "fr" => $"{FrenchDay(date.Day)} {FrenchMonths[m]} {date.Year}",
            "es" => $"{date.Day} de {SpanishMonths[m]} de {date.Year}",
            "ru" => $"{date.Day} {RussianMonthsGenitive[m]} {date.Year} г.",
            "ar" => $"{date.Day} {ArabicMonths[m]} {date.Year}",
            _ => $"{date.Day} {EnglishMonths[m]} {date.Year}",
        };
    }

    /// <summary>
    /// Formats a span of days, shortened when both ends share a month ("9–14 November 2024",
    /// "2024 年 11 月 9 日至 14 日"); otherwise both dates in full joined by a dash.
    /// </summary>
    public static string FormatRange(DateOnly start, DateOnly end, string language)
    {
        if (start == end)
            return Format(start, language);
        var lang = LabelKeys.BaseLanguage(language);
        if (start.Year != end.Year || start.Month != end.Month)
            return lang switch
            {
                "zh" => $"{Format(start, language)}至{Format(end, language)}",
                "ja" or "ko" => $"{Format(start, language)}～{Format(end, language)}",
                _ => $"{Format(start, language)} – {Format(end, language)}",
            };
        var m = start.Month - 1;
        return lang switch
        {
            "zh" => $"{start.Year} 年 {start.Month} 月 {start.Day} 日至 {end.Day} 日",
            "ja" => $"{start.Year}年{start.Month}月{start.Day}日～{end.Day}日",
            "ko" => $"{start.Year}년 {start.Month}월 {start.Day}일～{end.Day}일",
            "fr" => $"{FrenchDay(start.Day)}–{end.Day} {FrenchMonths[m]} {start.Year}",
            "es" => $"{start.Day}–{end.Day} de {SpanishMonths[m]} de {start.Year}",
            "ru" => $"{start.Day}–{end.Day} {RussianMonthsGenitive[m]} {start.Year} г.",
            "ar" => $"{start.Day}–{end.Day} {ArabicMonths[m]} {start.Year}",
            _ => $"{start.Day}–{end.Day} {EnglishMonths[m]} {start.Year}",
        };
    }

    // French writes the first day of a month as an ordinal: "1er novembre 2024".
    private static string FrenchDay(int day) => day == 1 ? "1er" : day.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
