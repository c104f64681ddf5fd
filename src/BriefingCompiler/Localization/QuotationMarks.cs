namespace BriefingCompiler.Localization;

/// <summary>
/// A language's quotation marks, which straight quotes typed in a briefing's Markdown become in the HTML and PDF:
/// <c>"…"</c> the primary pair, <c>'…'</c> the secondary, and the space set inside the primary pair (French puts a
/// narrow no-break space inside « »). An apostrophe is ’ in every language.
/// </summary>
public sealed record QuotationMarks(string Open, string Close, string OpenInner, string CloseInner, string InnerSpace = "")
{
    public const string Apostrophe = "\u2019";

    /// <summary>
    /// The marks of <paramref name="language"/> (a BCP 47 tag). Chosen: English and Chinese “ ” ‘ ’; French « » with
    /// U+202F inside (Imprimerie nationale) and “ ” inside; Spanish « » with “ ” inside (RAE's recommendation: angular
    /// marks first); Russian « » with „ “ inside; Arabic « » with “ ” inside; German „ “ ‚ ‘; Japanese and Traditional
    /// Chinese 「 」『 』; every other language the English marks.
    /// </summary>
    public static QuotationMarks For(string language)
    {
        var tag = language.ToLowerInvariant();
        return LabelKeys.BaseLanguage(language) switch
        {
            "fr" => new("\u00AB", "\u00BB", "\u201C", "\u201D", "\u202F"),
            "es" => new("\u00AB", "\u00BB", "\u201C", "\u201D"),
            "ru" => new("\u00AB", "\u00BB", "\u201E", "\u201C"),
            "ar" => new("\u00AB", "\u00BB", "\u201C", "\u201D"),
            "de" => new("\u201E", "\u201C", "\u201A", "\u2018"),
            "ja" => new("\u300C", "\u300D", "\u300E", "\u300F"),
            "zh" when tag.Contains("-hant", StringComparison.Ordinal) || tag is "zh-tw" or "zh-hk" or "zh-mo" => new("\u300C", "\u300D", "\u300E", "\u300F"),
            _ => new("\u201C", "\u201D", "\u2018", "\u2019"),
        };
    }
}
