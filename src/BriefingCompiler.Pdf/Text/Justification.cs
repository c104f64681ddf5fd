namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// Where justification puts a line's free space: in lines holding CJK text, between characters next to a
/// CJK character (and at spaces); elsewhere at spaces only. A line without any opportunity stays as it is.
/// </summary>
internal static class Justification
{
    /// <summary>Extra width after each UTF-16 offset of the line [<paramref name="start"/>, <paramref name="end"/>)
    /// (index 0 is <paramref name="start"/>), or null when there is nothing to spread or nowhere to put it. Only
    /// the line's length: an array the paragraph's length per justified line made a long paragraph quadratic.</summary>
    public static float[]? ExtraAfter(string text, int start, int end, float free)
    {
        if (free <= 0 || end - start < 2) return null;
        var cjkLine = false;
        for (var i = start; i < end; i++) cjkLine |= IsCjk(text[i]);

        // An opportunity is the gap after character i (the last UTF-16 unit of a grapheme) and before i + 1.
        var gaps = new List<int>();
        var elements = System.Globalization.StringInfo.ParseCombiningCharacters(text[start..end]);
        for (var k = 1; k < elements.Length; k++)
        {
            var after = start + elements[k];
            var before = after - 1;
            var beforeStart = start + elements[k - 1];
            if (IsSpace(text[before]) || (cjkLine && (IsCjk(text[beforeStart]) || IsCjk(text[after]))))
                gaps.Add(before);
        }

        if (gaps.Count == 0) return null;
        var extra = new float[end - start];
        var each = free / gaps.Count;
        foreach (var gap in gaps) extra[gap - start] = each;
        return extra;
    }

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u3000';

    internal static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' or >= '\uAC00' and <= '\uD7AF'
            or >= '\uD840' and <= '\uD8BF'; // high surrogates of planes 2 and 3 (CJK extensions B and beyond)
}
