using System.Globalization;
using System.Text;

namespace BriefingCompiler.Diffing;

/// <summary>
/// Splits text into the units a reader notices when it changes. Chinese, Japanese and Korean are written
/// without spaces between words, so each ideograph, kana or hangul syllable is a token of its own (a
/// one-character edit then shows as one character, not as a whole clause). Runs of other letters, digits
/// and combining marks are words; an apostrophe between letters stays inside the word ("ICANN's").
/// Each whitespace run is one token and every other character (punctuation, symbols) is a token alone.
/// Concatenating the tokens gives back the input exactly.
/// </summary>
public static class TextTokenizer
{
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var rune = Rune.GetRuneAt(text, i);
            var start = i;
            if (Rune.IsWhiteSpace(rune))
            {
                i = SkipWhile(text, i, Rune.IsWhiteSpace);
            }
            else if (IsCjk(rune))
            {
                i += rune.Utf16SequenceLength;
            }
            else if (IsWordRune(rune))
            {
                i = SkipWord(text, i);
            }
            else
            {
                i += rune.Utf16SequenceLength;
            }
            tokens.Add(text[start..i]);
        }
        return tokens;
    }

    /// <summary>The tokens that carry content: whitespace dropped (for similarity measures).</summary>
    public static IEnumerable<string> ContentTokens(string text) =>
        Tokenize(text).Where(t => !string.IsNullOrWhiteSpace(t));

    /// <summary>Han ideographs, kana, hangul (and their compatibility and half-width forms).</summary>
    public static bool IsCjk(Rune rune)
    {
        var v = rune.Value;
        return v is >= 0x4E00 and <= 0x9FFF // CJK Unified Ideographs
            or >= 0x3400 and <= 0x4DBF // Extension A
            or >= 0x20000 and <= 0x3FFFF // Extensions B and later, compatibility supplement
            or >= 0xF900 and <= 0xFAFF // Compatibility Ideographs
            or >= 0x3040 and <= 0x30FF // Hiragana, Katakana
            or >= 0x31F0 and <= 0x31FF // Katakana Phonetic Extensions
            or >= 0xFF66 and <= 0xFF9F // Half-width Katakana
            or >= 0xAC00 and <= 0xD7AF // Hangul Syllables
            or >= 0x1100 and <= 0x11FF // Hangul Jamo
            or >= 0x3130 and <= 0x318F // Hangul Compatibility Jamo
            or 0x3005 or 0x3006 or 0x3007; // 々 〆 〇
    }

    private static bool IsWordRune(Rune rune)
    {
        if (IsCjk(rune))
        {
            return false;
        }
        var category = Rune.GetUnicodeCategory(rune);
        return Rune.IsLetterOrDigit(rune)
            || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark or UnicodeCategory.LetterNumber;
    }

    private static int SkipWord(string text, int i)
    {
        while (i < text.Length)
        {
            var rune = Rune.GetRuneAt(text, i);
            if (IsWordRune(rune))
            {
                i += rune.Utf16SequenceLength;
                continue;
            }
            // An apostrophe joins two word parts: "ICANN's", "l'Internet".
            if (rune.Value is '\'' or '\u2019' && i + 1 < text.Length && IsWordRune(Rune.GetRuneAt(text, i + 1)))
            {
                i += 1;
                continue;
            }
            break;
        }
        return i;
    }

    private static int SkipWhile(string text, int i, Func<Rune, bool> predicate)
    {
        while (i < text.Length)
        {
            var rune = Rune.GetRuneAt(text, i);
            if (!predicate(rune))
            {
                break;
            }
            i += rune.Utf16SequenceLength;
        }
        return i;
    }
}
