namespace BriefingCompiler.Localization;

/// <summary>
/// The label keys a briefing's <c>labels</c> mapping may override, and the languages that have built-in
/// labels and date formats (the six UN languages). Shared by validation and templating.
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

    public static readonly IReadOnlyList<string> BuiltInLanguages = ["ar", "en", "es", "fr", "ru", "zh"];

    /// <summary>The primary language subtag, lower-cased: <c>zh-Hans-CN</c> → <c>zh</c>.</summary>
    public static string BaseLanguage(string tag)
    {
        var dash = tag.IndexOf('-');
        return (dash < 0 ? tag : tag[..dash]).ToLowerInvariant();
    }
}
