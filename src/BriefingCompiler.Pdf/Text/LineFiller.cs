using System.Globalization;

namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// Greedy line filling: each line takes as many break opportunities as fit the width, measured on the shaped
/// paragraph with trailing spaces hanging. A piece with no opportunity that fits overflows its line, as CSS
/// says an unbreakable word does (overflow-wrap: normal), unless its text asks to be cut (overflow-wrap: anywhere or
/// break-word): then it is cut at grapheme cluster boundaries. Mandatory breaks always end a line.
/// </summary>
internal static class LineFiller
{
    // Shaped widths are sums of floats: allow for their rounding so a line that exactly fits is not refused.
    private const float Tolerance = 0.01f;

    public static IReadOnlyList<LineSpan> Fill(ShapedParagraph paragraph, IReadOnlyList<LineBreakOpportunity> breaks, float width)
    {
        var text = paragraph.Text;
        var lines = new List<LineSpan>();
        var start = 0;
        var next = 0;
        while (start < text.Length)
        {
            while (next < breaks.Count && breaks[next].Position <= start) next++;
            if (next == breaks.Count)
            {
                lines.Add(new LineSpan(start, TrimEnd(paragraph, text.Length, start), text.Length, true));
                break;
            }

            var chosen = -1;
            for (var k = next; k < breaks.Count; k++)
            {
                var contentEnd = TrimEnd(paragraph, breaks[k].Position, start);
                var hyphen = breaks[k].Mandatory ? 0 : paragraph.HyphenAt(contentEnd)?.Advance ?? 0;
                if (paragraph.Width(start, contentEnd) + hyphen > width + Tolerance && !(chosen == -1 && contentEnd == start)) break;
                chosen = k;
                if (breaks[k].Mandatory) break;
            }

            if (chosen == -1 && !paragraph.RunOf[start].Style.BreakWordsAnywhere)
            {
                // The first piece does not fit even alone: it takes the line by itself and overflows it.
                chosen = next;
            }

            if (chosen == -1)
            {
                var end = CutGraphemes(paragraph, start, breaks[next].Position, width);
                lines.Add(new LineSpan(start, TrimEnd(paragraph, end, start), end, false));
                start = end;
                continue;
            }

            var opportunity = breaks[chosen];
            lines.Add(new LineSpan(start, TrimEnd(paragraph, opportunity.Position, start), opportunity.Position, opportunity.Mandatory));
            start = opportunity.Position;
            if (!opportunity.Mandatory)
                while (start < text.Length && text[start] == ' ') start++;
        }

        return lines;
    }

    /// <summary>The end of the longest run of whole grapheme clusters from <paramref name="start"/> (at least
    /// one) that fits the width and stops before <paramref name="limit"/>.</summary>
    private static int CutGraphemes(ShapedParagraph paragraph, int start, int limit, float width)
    {
        var text = paragraph.Text;
        var end = start + StringInfo.GetNextTextElementLength(text, start);
        while (end < limit)
        {
            var candidate = end + StringInfo.GetNextTextElementLength(text, end);
            if (candidate > limit || paragraph.Width(start, TrimEnd(paragraph, candidate, start)) > width + Tolerance) break;
            end = candidate;
        }

        return end;
    }

    /// <summary>
    /// Backs <paramref name="end"/> over spaces and line-break characters, which hang past the line end — not over spaces
    /// of a run whose style keeps them (<see cref="TextStyle.TrailingSpacesHang"/> false: <c>white-space: pre</c>).
    /// </summary>
    internal static int TrimEnd(ShapedParagraph paragraph, int end, int start)
    {
        var text = paragraph.Text;
        while (end > start && IsHanging(text[end - 1]) && (text[end - 1] != ' ' || paragraph.RunOf[end - 1].Style.TrailingSpacesHang)) end--;
        return end;
    }

    private static bool IsHanging(char c) =>
        c is ' ' or '\t' or '\u200B' or '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';
}
