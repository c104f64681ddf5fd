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
        var kept = new List<LineBreakOpportunity>(breaks.Count);
        foreach (var opportunity in breaks)
        {
            // keep-all: no break between two letters (a break after a space or punctuation stays).
            if (!opportunity.Mandatory && modes is not null && opportunity.Position > 0 && opportunity.Position < text.Length
                && modes[opportunity.Position] == WordBreakMode.KeepAll
                && IsLetter(text, opportunity.Position - 1) && IsLetter(text, opportunity.Position)) continue;
            kept.Add(opportunity);
        }

        var added = dictionary ? DictionaryWordBreaker.FindWordStarts(text) : [];
        if (modes is not null && modes.Contains(WordBreakMode.BreakAll))
        {
            var letters = new List<int>();
            for (var p = 0; p < text.Length;)
            {
                p += StringInfo.GetNextTextElementLength(text.AsSpan(p));
                if (p < text.Length && modes[p] == WordBreakMode.BreakAll && IsLetter(text, p - 1) && IsLetter(text, p))
                    letters.Add(p);
            }

            added = Merge(added, letters);
        }

        return added.Count == 0 ? kept : Merge(kept, added);
    }

    /// <summary>The opportunities and the added positions (both ascending) as one ascending list; an added
    /// position already there is not repeated.</summary>
    private static List<LineBreakOpportunity> Merge(List<LineBreakOpportunity> opportunities, List<int> added)
    {
        var merged = new List<LineBreakOpportunity>(opportunities.Count + added.Count);
        var a = 0;
        foreach (var opportunity in opportunities)
        {
            for (; a < added.Count && added[a] <= opportunity.Position; a++)
                if (added[a] < opportunity.Position && (merged.Count == 0 || merged[^1].Position < added[a]))
                    merged.Add(new LineBreakOpportunity(added[a], false));
            merged.Add(opportunity);
        }

        return merged; // the last opportunity is the end of the text, after every added position
    }

    /// <summary>Two ascending lists of positions as one, without repeats.</summary>
    private static List<int> Merge(List<int> first, List<int> second)
    {
        var merged = new List<int>(first.Count + second.Count);
        int i = 0, j = 0;
        while (i < first.Count || j < second.Count)
        {
            var next = j >= second.Count || (i < first.Count && first[i] <= second[j]) ? first[i++] : second[j++];
            if (merged.Count == 0 || merged[^1] < next) merged.Add(next);
        }

        return merged;
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
