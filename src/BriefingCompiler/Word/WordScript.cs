using BriefingCompiler.Localization;

namespace BriefingCompiler.Word;

/// <summary>
/// What Word needs to know about the writing systems of a document: which East Asian font and language tag its
/// Chinese, Japanese or Korean runs get, and whether it is written right to left. Word picks the font of a run by
/// the characters' script, so a Chinese run needs <c>w:eastAsia</c> set and an Arabic run <c>w:rtl</c> and <c>w:cs</c>.
/// </summary>
public sealed record WordScript(string Language, string EastAsianFont, string EastAsianLanguage, bool IsRightToLeft)
{
    public const string LatinFont = "Noto Sans";
    public const string ComplexScriptFont = "Noto Naskh Arabic";

    public static WordScript For(string language)
    {
        var rightToLeft = LanguageConventions.For(language).IsRightToLeft;
        return LabelKeys.BaseLanguage(language) switch
        {
            "ja" => new WordScript(language, "Noto Sans JP", "ja-JP", rightToLeft),
            "ko" => new WordScript(language, "Noto Sans KR", "ko-KR", rightToLeft),
            "zh" => new WordScript(language, "Noto Sans SC", language.Contains('-') ? language : "zh-CN", rightToLeft),
            // Han in a document of another language is most likely Chinese quoted in it.
            _ => new WordScript(language, "Noto Sans SC", "zh-CN", rightToLeft),
        };
    }

    /// <summary>Whether the text holds a Han, kana, Hangul or full-width character: the run then needs the East Asian font.</summary>
    public static bool HasEastAsian(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF')
                return true;
        }
        return false;
    }

    /// <summary>Whether the text holds a Hebrew, Arabic, Syriac, Thaana or N'Ko letter (or their presentation forms).</summary>
    public static bool HasRightToLeft(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
                return true;
        }
        return false;
    }
}
