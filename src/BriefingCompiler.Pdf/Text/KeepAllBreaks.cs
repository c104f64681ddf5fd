using System.Globalization;

namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// CSS Text 3 <c>word-break: keep-all</c>: the break opportunities UAX #14 finds between two letters (Hangul
/// syllables, ideographs, kana…) are dropped where the text is set keep-all, so Korean breaks at its spaces as its
/// readers expect; opportunities at spaces, after punctuation and forced breaks stay.
/// </summary>
internal static class KeepAllBreaks
{
    /// <summary>The opportunities of the runs' joined text, without those inside keep-all words. Returns
    /// <paramref name="breaks"/> itself when no run is keep-all (the common case costs nothing).</summary>
    public static IReadOnlyList<LineBreakOpportunity> Apply(IReadOnlyList<LineBreakOpportunity> breaks, IReadOnlyList<TextRun> runs, string text)
    {
        if (!runs.Any(r => r.Style.KeepAll)) return breaks;
        var keepAll = new bool[text.Length];
        var offset = 0;
        foreach (var run in runs)
        {
            if (run.Style.KeepAll) Array.Fill(keepAll, true, offset, Math.Min(run.Text.Length, text.Length - offset));
            offset += run.Text.Length;
        }

        return breaks.Where(b => b.Mandatory || b.Position <= 0 || b.Position >= text.Length
                || !keepAll[b.Position] || !IsLetter(text, b.Position - 1) || !IsLetter(text, b.Position))
            .ToList();
    }

    /// <summary>A letter, digit or mark (of the character at or ending at <paramref name="index"/>).</summary>
    private static bool IsLetter(string text, int index)
    {
        if (char.IsLowSurrogate(text[index]) && index > 0) index--;
        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}
