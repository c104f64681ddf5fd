using System.Globalization;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// Where the <c>::first-letter</c> of a text is (CSS 2.1 §5.12.2, css-pseudo-4 §3.2): the first typographic letter unit
/// (a grapheme cluster: a letter, digit or symbol with its combining marks) with the punctuation of classes Ps, Pe, Pi,
/// Pf and Po before and after it, and the spaces between that punctuation and the letter. White space before it is
/// not part of it (a no-break space neither). Pure: the text is that of the first line's content before white space is
/// collapsed.
/// </summary>
public static class FirstLetterSpan
{
    /// <summary>The range [Start, End) of the first letter in <paramref name="text"/>; null when the text holds punctuation and spaces only.</summary>
    public static (int Start, int End)? Find(string text)
    {
        var i = 0;
        while (i < text.Length && IsSpace(text, i))
            i++;
        var start = i;
        // Punctuation before the letter, with spaces between it and the letter.
        while (i < text.Length && (IsPunctuation(text, i) || (i > start && IsSpace(text, i))))
            i += Length(text, i);
        if (i >= text.Length || IsSeparatorOrControl(text, i))
            return null;

        i += StringInfo.GetNextTextElementLength(text, i);
        var end = i;
        // Punctuation after it; spaces only where punctuation follows them.
        while (i < text.Length)
        {
            if (IsPunctuation(text, i))
            {
                i += Length(text, i);
                end = i;
            }
            else if (IsSpace(text, i))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return (start, end);
    }

    private static int Length(string text, int at) => char.IsSurrogatePair(text, at) ? 2 : 1;

    private static bool IsSpace(string text, int at) => char.IsWhiteSpace(text, at);

    private static bool IsSeparatorOrControl(string text, int at) =>
        CharUnicodeInfo.GetUnicodeCategory(text, at) is UnicodeCategory.Control or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format;

    /// <summary>The punctuation CSS 2.1 counts into the first letter: open, close, initial and final quote, other.</summary>
    public static bool IsPunctuation(string text, int at) =>
        at >= 0 && at < text.Length && !char.IsLowSurrogate(text[at]) && CharUnicodeInfo.GetUnicodeCategory(text, at) is UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation;
}
