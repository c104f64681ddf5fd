namespace BriefingCompiler.Diffing;

/// <summary>
/// How alike two texts are, from 0 (nothing shared) to 1 (same tokens): the Dice coefficient of their bags
/// of content tokens. Order-blind and linear in length, which is what matching list items needs (the
/// word-by-word diff is computed later, only for the pairs that matched).
/// </summary>
public static class Similarity
{
    public static double OfTexts(string a, string b) =>
        a == b ? 1.0 : OfBags(TextTokenizer.ContentTokens(a), TextTokenizer.ContentTokens(b));

    public static double OfBags(IEnumerable<string> a, IEnumerable<string> b)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var sizeA = 0;
        foreach (var token in a)
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
            sizeA++;
        }
        var sizeB = 0;
        var shared = 0;
        foreach (var token in b)
        {
            sizeB++;
            if (counts.TryGetValue(token, out var left) && left > 0)
            {
                counts[token] = left - 1;
                shared++;
            }
        }
        return sizeA + sizeB == 0 ? 1.0 : 2.0 * shared / (sizeA + sizeB);
    }
}
