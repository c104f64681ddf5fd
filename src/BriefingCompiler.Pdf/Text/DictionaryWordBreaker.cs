using System.Globalization;

namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// Word boundaries inside Thai, Lao, Khmer and Myanmar text, which is written without spaces between words
/// (UAX #14 class SA: "requires dictionary-based breaking"). Each stretch of one of these scripts is divided into
/// dictionary words by maximal matching: of all the ways to cover it with words of the script's
/// <see cref="BreakDictionary"/> and unknown pieces, the one with the fewest characters outside known words, then
/// the fewest words (Sornlertlamvanich's maximal matching; ICU's dictionary break engines also maximise the
/// covered text). Unknown text (a name, a loanword the list lacks) is kept together between known words.
/// A boundary is only ever placed between grapheme clusters, never after a prefix vowel (Thai and Lao เ แ โ ใ ไ),
/// before a following vowel or repetition mark (ะ า ำ ๆ) or a consonant silenced by ์, or after a Khmer coeng or Myanmar virama (they join
/// the next consonant).
/// </summary>
internal static class DictionaryWordBreaker
{
    /// <summary>The longest word looked for (UTF-16 units); ICU's lists stay well below it.</summary>
    private const int MaxWordLength = 64;

    /// <summary>Whether <paramref name="text"/> has a character of a script broken by dictionary. One pass of
    /// range checks: what a paragraph without such text pays.</summary>
    public static bool NeedsDictionary(string text)
    {
        foreach (var c in text)
            if (BundledBreakDictionaries.IndexFor(c) >= 0) return true;
        return false;
    }

    /// <summary>The word boundaries strictly inside each stretch of dictionary-broken script in
    /// <paramref name="text"/>, ascending (UTF-16 offsets where a word starts). The bundled dictionaries.</summary>
    public static List<int> FindWordStarts(string text) => FindWordStarts(text, BundledBreakDictionaries.IndexFor, BundledBreakDictionaries.Get);

    /// <summary>As <see cref="FindWordStarts(string)"/>, with the dictionaries given (<paramref name="indexFor"/>
    /// names the dictionary of a character, -1 for none).</summary>
    public static List<int> FindWordStarts(string text, Func<char, int> indexFor, Func<int, BreakDictionary> dictionary)
    {
        var starts = new List<int>();
        var i = 0;
        while (i < text.Length)
        {
            var index = indexFor(text[i]);
            if (index < 0)
            {
                i++;
                continue;
            }

            // A stretch of one script; letters of another script, spaces and punctuation end it (UAX #14 decides
            // the breaks there).
            var end = i + 1;
            while (end < text.Length && (indexFor(text[end]) == index || IsJoiner(text[end]))) end++;
            Segment(text, i, end, dictionary(index), starts);
            i = end;
        }

        return starts;
    }

    private static bool IsJoiner(char c) => c is '\u200C' or '\u200D';

    /// <summary>Maximal matching over text[start..end): dynamic programming from the end over the positions where
    /// a word may start, each left by a dictionary word or by one unknown piece (up to the next position a word may
    /// start at); the cost of the rest of the text is (characters in unknown pieces, words), compared in that order.
    /// Consecutive unknown pieces count as one word and get no boundary between them. Of the optimal divisions the
    /// one taking the longest word first at each step is chosen (ประจำ|ปี, not ประ|จำปี).</summary>
    private static void Segment(string text, int start, int end, BreakDictionary dictionary, List<int> starts)
    {
        var length = end - start;
        var allowed = AllowedBoundaries(text, start, end);
        var nextAllowed = new int[length];
        for (int p = length - 1, next = length; p >= 0; p--)
        {
            nextAllowed[p] = next;
            if (allowed[p]) next = p;
        }

        // The dictionary words starting at each position, looked up once: matchLengths[matchStarts[p]..matchStarts[p + 1]].
        var matchStarts = new int[length + 1];
        var matchLengths = new List<int>();
        Span<int> matches = stackalloc int[MaxWordLength];
        for (var p = 0; p < length; p++)
        {
            matchStarts[p] = matchLengths.Count;
            if (!allowed[p]) continue;
            var count = dictionary.MatchPrefixes(text.AsSpan(start + p, Math.Min(length - p, MaxWordLength)), matches);
            for (var m = 0; m < count; m++)
                if (allowed[p + matches[m]]) matchLengths.Add(matches[m]);
        }

        matchStarts[length] = matchLengths.Count;

        // Cost of text[p..] when the piece before p was a word (state 0) or unknown (state 1).
        var unknown = new int[2, length + 1];
        var words = new int[2, length + 1];
        for (var p = length - 1; p >= 0; p--)
        {
            if (!allowed[p]) continue;
            // The best division starting with a word does not depend on what came before.
            int wordUnknown = int.MaxValue, wordWords = int.MaxValue;
            for (var m = matchStarts[p]; m < matchStarts[p + 1]; m++)
            {
                var next = p + matchLengths[m];
                if (Better(unknown[0, next], words[0, next] + 1, wordUnknown, wordWords))
                {
                    wordUnknown = unknown[0, next];
                    wordWords = words[0, next] + 1;
                }
            }

            var q = nextAllowed[p];
            for (var state = 0; state < 2; state++)
            {
                var pieceUnknown = unknown[1, q] + (q - p);
                var pieceWords = words[1, q] + (state == 1 ? 0 : 1);
                var word = Better(wordUnknown, wordWords, pieceUnknown, pieceWords);
                unknown[state, p] = word ? wordUnknown : pieceUnknown;
                words[state, p] = word ? wordWords : pieceWords;
            }
        }

        // Walk forward taking, at each position, the longest word that keeps the optimum, else the unknown piece.
        var previousUnknown = 0;
        for (var p = 0; p < length;)
        {
            var chosen = -1;
            for (var m = matchStarts[p + 1] - 1; m >= matchStarts[p] && chosen < 0; m--)
            {
                var next = p + matchLengths[m];
                if (unknown[0, next] == unknown[previousUnknown, p] && words[0, next] + 1 == words[previousUnknown, p])
                    chosen = next;
            }

            var isUnknown = chosen < 0;
            if (p > 0 && !(isUnknown && previousUnknown == 1)) starts.Add(start + p);
            p = isUnknown ? nextAllowed[p] : chosen;
            previousUnknown = isUnknown ? 1 : 0;
        }
    }

    private static bool Better(int unknownA, int wordsA, int unknownB, int wordsB) =>
        unknownA < unknownB || (unknownA == unknownB && wordsA < wordsB);

    /// <summary>For each offset 0..length of text[start..end): whether a word may start there (the ends always).</summary>
    private static bool[] AllowedBoundaries(string text, int start, int end)
    {
        var allowed = new bool[end - start + 1];
        var span = text.AsSpan(start, end - start);
        for (var p = 0; p < span.Length;)
        {
            allowed[p] = true;
            p += StringInfo.GetNextTextElementLength(span[p..]);
        }

        allowed[^1] = true;
        for (var p = 1; p < span.Length; p++)
        {
            if (allowed[p] && (JoinsNext(span[p - 1]) || JoinsPrevious(span[p]) || IsSilenced(span, p))) allowed[p] = false;
        }

        return allowed;
    }

    /// <summary>A Thai consonant silenced by a thanthakhat (์ U+0E4C, possibly after a vowel mark) is read with the
    /// syllable before it: การ์ด, แคนน์.</summary>
    private static bool IsSilenced(ReadOnlySpan<char> span, int p) =>
        (p + 1 < span.Length && span[p + 1] == '\u0E4C') || (p + 2 < span.Length && span[p + 2] == '\u0E4C' && char.GetUnicodeCategory(span[p + 1]) == UnicodeCategory.NonSpacingMark);

    /// <summary>Prefix vowels (written first, read after their consonant), Khmer coeng and Myanmar virama.</summary>
    private static bool JoinsNext(char c) => c is >= '\u0E40' and <= '\u0E44' or >= '\u0EC0' and <= '\u0EC4' or '\u17D2' or '\u1039';

    /// <summary>Following vowels that are letters (not marks) and the repetition marks.</summary>
    private static bool JoinsPrevious(char c) => c is '\u0E30' or '\u0E32' or '\u0E33' or '\u0E45' or '\u0E46'
        or '\u0EB0' or '\u0EB2' or '\u0EB3' or '\u0EC6';
}
