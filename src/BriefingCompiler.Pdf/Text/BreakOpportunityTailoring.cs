using System.Globalization;

namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// Turns UAX #14's untailored opportunities (<see cref="LineBreaker"/>) into the ones the paragraph's text and
/// style allow: word boundaries inside Thai, Lao, Khmer and Myanmar words (<see cref="DictionaryWordBreaker"/>),
/// and CSS <c>word-break</c> (<see cref="WordBreakMode"/>) of the run each opportunity falls in — <c>keep-all</c> drops
/// the breaks between two letters, <c>break-all</c> adds one between any two letters or digits.
/// </summary>
internal static class BreakOpportunityTailoring
{
    /// <summary>The opportunities of the runs' joined <paramref name="text"/>. Returns <paramref name="breaks"/>
    /// itself when there is nothing to tailor (no dictionary script, every run <c>word-break: normal</c>): the
    /// common case costs a scan of the text.</summary>
    public static IReadOnlyList<LineBreakOpportunity> Apply(IReadOnlyList<LineBreakOpportunity> breaks, IReadOnlyList<TextRun> runs, string text)
    {
        var styled = runs.Any(r => r.Style.WordBreak != WordBreakMode.Normal);
        var dictionary = DictionaryWordBreaker.NeedsDictionary(text);
        if (!styled && !dictionary) return breaks;

        var modes = styled ? ModesOf(runs, text.Length) : null;
        var positions = new SortedDictionary<int, bool>();
        foreach (var opportunity in breaks)
        {
            // keep-all: no break between two letters (a break after a space or punctuation stays).
            if (!opportunity.Mandatory && modes is not null && opportunity.Position > 0 && opportunity.Position < text.Length
                && modes[opportunity.Position] == WordBreakMode.KeepAll
                && IsLetter(text, opportunity.Position - 1) && IsLetter(text, opportunity.Position)) continue;
            positions[opportunity.Position] = opportunity.Mandatory;
        }

        if (dictionary)
            foreach (var start in DictionaryWordBreaker.FindWordStarts(text))
                positions.TryAdd(start, false);

        if (modes is not null && modes.Contains(WordBreakMode.BreakAll))
        {
            for (var p = 0; p < text.Length;)
            {
                p += StringInfo.GetNextTextElementLength(text.AsSpan(p));
                if (p < text.Length && modes[p] == WordBreakMode.BreakAll && IsLetter(text, p - 1) && IsLetter(text, p))
                    positions.TryAdd(p, false);
            }
        }

        return positions.Select(p => new LineBreakOpportunity(p.Key, p.Value)).ToList();
    }

    /// <summary>The word-break of the run each UTF-16 offset of the joined text belongs to.</summary>
    private static WordBreakMode[] ModesOf(IReadOnlyList<TextRun> runs, int length)
    {
        var modes = new WordBreakMode[length];
        var offset = 0;
        foreach (var run in runs)
        {
            var count = Math.Min(run.Text.Length, length - offset);
            if (count <= 0) break;
            Array.Fill(modes, run.Style.WordBreak, offset, count);
            offset += run.Text.Length;
        }

        return modes;
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
