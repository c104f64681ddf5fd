using System.Text;

namespace BriefingCompiler.Translation;

/// <summary>
/// Sentence boundaries by the default rules of UAX #29 (Unicode Text Segmentation, section 5: SB1–SB998) over the
/// Sentence_Break property of the pinned Unicode version (<see cref="SentenceBreakData"/>, generated). Language-neutral
/// by design: the same rules for every language, as CAT tools' default SRX rules; a full stop after an abbreviation
/// followed by a lower-case word ("e.g. the") is no boundary (SB8), one followed by a capital is (UAX #29 has no list
/// of abbreviations).
/// </summary>
public static class SentenceBoundaries
{
    /// <summary>The UTF-16 offsets inside <paramref name="text"/> where a sentence starts (0 and the end not included), ascending.</summary>
    public static IReadOnlyList<int> Of(string text)
    {
        // SB5: Extend and Format attach to what precedes them (unless it is sot or a paragraph separator), so the rules
        // see one item per base character: its offset and class.
        var items = new List<(int Offset, SentenceBreakClass Class)>();
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var cls = ClassOf(rune.Value);
            if (cls is SentenceBreakClass.Extend or SentenceBreakClass.Format && items.Count > 0 && !IsParaSep(items[^1].Class))
            {
                index += rune.Utf16SequenceLength;
                continue;
            }
            items.Add((index, cls));
            index += rune.Utf16SequenceLength;
        }
        var boundaries = new List<int>();
        for (var i = 1; i < items.Count; i++)
        {
            if (BreaksBefore(items, i))
                boundaries.Add(items[i].Offset);
        }
        return boundaries;
    }

    private static bool BreaksBefore(List<(int Offset, SentenceBreakClass Class)> items, int i)
    {
        var before = items[i - 1].Class;
        var after = items[i].Class;
        if (before == SentenceBreakClass.CR && after == SentenceBreakClass.LF)
            return false; // SB3
        if (IsParaSep(before))
            return true; // SB4
        if (before == SentenceBreakClass.ATerm && after == SentenceBreakClass.Numeric)
            return false; // SB6
        if (before == SentenceBreakClass.ATerm && after == SentenceBreakClass.Upper && i >= 2
            && items[i - 2].Class is SentenceBreakClass.Upper or SentenceBreakClass.Lower)
            return false; // SB7
        // The left context of SB8–SB11: SATerm Close* Sp*, read backwards from i - 1.
        var j = i - 1;
        var spaces = 0;
        while (j >= 0 && items[j].Class == SentenceBreakClass.Sp)
        {
            j--;
            spaces++;
        }
        while (j >= 0 && items[j].Class == SentenceBreakClass.Close)
            j--;
        if (j < 0 || !IsSATerm(items[j].Class))
            return false; // SB998
        var term = items[j].Class;
        if (term == SentenceBreakClass.ATerm && LowerFollows(items, i))
            return false; // SB8
        if (after is SentenceBreakClass.SContinue or SentenceBreakClass.STerm or SentenceBreakClass.ATerm)
            return false; // SB8a
        if (spaces == 0 && (after == SentenceBreakClass.Close || after == SentenceBreakClass.Sp || IsParaSep(after)))
            return false; // SB9
        if (after == SentenceBreakClass.Sp || IsParaSep(after))
            return false; // SB10
        return true; // SB11
    }

    /// <summary>SB8's right side: ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower.</summary>
    private static bool LowerFollows(List<(int Offset, SentenceBreakClass Class)> items, int i)
    {
        for (var k = i; k < items.Count; k++)
        {
            var cls = items[k].Class;
            if (cls == SentenceBreakClass.Lower)
                return true;
            if (cls is SentenceBreakClass.OLetter or SentenceBreakClass.Upper || IsParaSep(cls) || IsSATerm(cls))
                return false;
        }
        return false;
    }

    private static bool IsParaSep(SentenceBreakClass cls) => cls is SentenceBreakClass.Sep or SentenceBreakClass.CR or SentenceBreakClass.LF;

    private static bool IsSATerm(SentenceBreakClass cls) => cls is SentenceBreakClass.STerm or SentenceBreakClass.ATerm;

    internal static SentenceBreakClass ClassOf(int codePoint)
    {
        var starts = SentenceBreakData.RunStarts;
        var low = 0;
        var high = starts.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (starts[middle] <= codePoint)
                low = middle;
            else
                high = middle - 1;
        }
        return (SentenceBreakClass)SentenceBreakData.RunValues[low];
    }
}
