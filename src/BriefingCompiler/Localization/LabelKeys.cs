namespace BriefingCompiler.Localization;

/// <summary>
/// The label keys a briefing's <c>labels</c> mapping may override, and the languages that have built-in
/// labels and date formats (the six UN languages, Japanese, Korean and Traditional Chinese). Shared by validation and
/// templating.
/// </summary>
public static class LabelKeys
{
    public static readonly IReadOnlyList<string> All =
    [
        "objective", "background", "agenda", "positions", "references", "document_control", "title",
        "audience", "distribution_date", "version", "tentative", "agenda_item", "page", "draft",
        "translation_notice", "session", "contents", "figure",
    ];

    /// <summary>Keys whose value is a pattern, with the placeholders it must contain.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Placeholders = new Dictionary<string, string[]>
    {
        ["version"] = ["{0}"],
        ["agenda_item"] = ["{0}"],
        ["page"] = ["{0}", "{1}"],
        ["session"] = ["{0}"],
        ["figure"] = ["{0}"],
    };

    /// <summary>The languages with built-in labels and date formats: the six UN languages first (so that a label two
    /// languages share, such as 背景, is recognised as the UN language's), then Japanese, Korean and Traditional Chinese.
    /// Entries are what <see cref="LabelLanguage"/> returns.</summary>
    public static readonly IReadOnlyList<string> BuiltInLanguages = ["ar", "en", "es", "fr", "ru", "zh", "ja", "ko", "zh-Hant"];

    /// <summary>The key of a language's built-in labels: the primary subtag, except that Chinese written in Traditional
    /// characters (<c>zh-Hant</c>, or of Taiwan, Hong Kong or Macao without <c>Hans</c>) is <c>zh-Hant</c>.</summary>
    public static string LabelLanguage(string tag)
    {
        var language = BaseLanguage(tag);
        if (language != "zh") return language;
        var subtags = tag.ToLowerInvariant().Split('-', '_');
        return !subtags.Contains("hans") && (subtags.Contains("hant") || subtags.Contains("tw") || subtags.Contains("hk") || subtags.Contains("mo"))
            ? "zh-Hant"
            : "zh";
    }

    /// <summary>The primary language subtag, lower-cased: <c>zh-Hans-CN</c> → <c>zh</c>.</summary>
    public static string BaseLanguage(string tag)
    {
        var dash = tag.IndexOf('-');
        return (dash < 0 ? tag : tag[..dash]).ToLowerInvariant();
    }
}
