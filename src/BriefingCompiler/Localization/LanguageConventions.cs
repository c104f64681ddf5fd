using System.Collections.Frozen;

namespace BriefingCompiler.Localization;

/// <summary>
/// Typographic conventions of a language that labels alone cannot carry: how a label introduces a value
/// ("发布对象：…", "Distribution: …", "Diffusion : …"), how an aside is parenthesized, the writing direction,
/// and the names of the other built-in languages (for the translation notice).
/// </summary>
public sealed record LanguageConventions(string LabelSeparator, string OpenParenthesis, string CloseParenthesis, bool IsRightToLeft)
{
    // Base subtags of languages written right to left; all others are left to right.
    private static readonly FrozenSet<string> RightToLeft =
        new[] { "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi" }.ToFrozenSet();

    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> LanguageNames =
        new Dictionary<string, FrozenDictionary<string, string>>
        {
            ["en"] = Names("Arabic", "Chinese", "English", "French", "Russian", "Spanish", "Japanese", "Korean"),
            ["zh"] = Names("阿拉伯文", "中文", "英文", "法文", "俄文", "西班牙文", "日文", "韩文"),
            ["zh-Hant"] = Names("阿拉伯文", "中文", "英文", "法文", "俄文", "西班牙文", "日文", "韓文"),
            ["fr"] = Names("arabe", "chinois", "anglais", "français", "russe", "espagnol", "japonais", "coréen"),
            ["es"] = Names("árabe", "chino", "inglés", "francés", "ruso", "español", "japonés", "coreano"),
            ["ru"] = Names("арабский", "китайский", "английский", "французский", "русский", "испанский", "японский", "корейский"),
            ["ar"] = Names("العربية", "الصينية", "الإنكليزية", "الفرنسية", "الروسية", "الإسبانية", "اليابانية", "الكورية"),
            ["ja"] = Names("アラビア語", "中国語", "英語", "フランス語", "ロシア語", "スペイン語", "日本語", "韓国語"),
            ["ko"] = Names("아랍어", "중국어", "영어", "프랑스어", "러시아어", "스페인어", "일본어", "한국어"),
        }.ToFrozenDictionary();

    public string Direction => IsRightToLeft ? "rtl" : "ltr";

    public static LanguageConventions For(string language)
    {
        var lang = LabelKeys.BaseLanguage(language);
        return lang switch
        {
            "zh" or "ja" => new LanguageConventions("：", "（", "）", false),
            // French puts a no-break space before a colon.
            "fr" => new LanguageConventions("\u00a0: ", " (", ")", false),
            _ => new LanguageConventions(": ", " (", ")", RightToLeft.Contains(lang)),
        };
    }

    /// <summary>"label: value" with the language's punctuation.</summary>
    public string Labelled(string label, string value) => label + LabelSeparator + value;

    /// <summary>An aside after a phrase: " (tentative)", "（待定）".</summary>
    public string Parenthesized(string text) => OpenParenthesis + text + CloseParenthesis;

    /// <summary>
    /// The name of <paramref name="otherLanguage"/> written in <paramref name="language"/>; a language without
    /// a built-in name is shown as its tag.
    /// </summary>
    public static string LanguageName(string otherLanguage, string language)
    {
        var names = LanguageNames.TryGetValue(LabelKeys.LabelLanguage(language), out var n) ? n : LanguageNames["en"];
        return names.TryGetValue(LabelKeys.BaseLanguage(otherLanguage), out var name) ? name : otherLanguage;
    }

    private static FrozenDictionary<string, string> Names(string ar, string zh, string en, string fr, string ru, string es, string ja, string ko) =>
        new Dictionary<string, string> { ["ar"] = ar, ["zh"] = zh, ["en"] = en, ["fr"] = fr, ["ru"] = ru, ["es"] = es, ["ja"] = ja, ["ko"] = ko }.ToFrozenDictionary();
}
