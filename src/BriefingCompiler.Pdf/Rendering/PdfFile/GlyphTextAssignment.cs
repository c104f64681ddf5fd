using System.Text;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// The text each glyph of a run stands for, for the font's ToUnicode map. A cluster (the characters HarfBuzz
/// shaped together) gives all its text to one glyph — its widest, the base on the baseline — and none to the
/// others: a ligature gives "fi" to its one glyph, and a letter Noto Naskh Arabic draws as a dotless base plus
/// dots gives the letter to the base and nothing to the dots, so extraction neither loses the letter nor inserts
/// a stray character (or a gap) for a dot. The dotless base standing for ب in one place and for ن in another
/// is two (glyph, text) pairs, so two CIDs: no glyph needs one text for all its uses. Control characters are
/// no text.
/// </summary>
internal static class GlyphTextAssignment
{
    /// <param name="advance">A glyph's advance in the font (any unit): the widest glyph of a cluster carries its text.</param>
    public static string[] Of(GlyphRun run, Func<ushort, float> advance)
    {
        var texts = new string[run.Glyphs.Length];
        Array.Fill(texts, "");
        if (texts.Length == 0) return texts;
        var utf8 = Encoding.UTF8.GetBytes(run.Text);
        var starts = DistinctSorted(run.Clusters);
        string TextOf(uint cluster)
        {
            var k = Array.BinarySearch(starts, cluster);
            var end = k + 1 < starts.Length ? starts[k + 1] : (uint)utf8.Length;
            var from = Math.Min(cluster, (uint)utf8.Length);
            var length = (int)(Math.Max(end, from) - from);
            // Most clusters of Latin text are one printable ASCII character: its string is made once.
            if (length == 1 && utf8[from] is >= 0x20 and < 0x7F) return PrintableAscii[utf8[from] - 0x20];
            var text = Encoding.UTF8.GetString(utf8, (int)from, length);
            // A control character (a stray bell or escape in the HTML) is drawn as nothing and is no text.
            return HasControl(text) ? new string(text.Where(c => !char.IsControl(c)).ToArray()) : text;
        }

        // HarfBuzz keeps a cluster's glyphs together (in visual order, so a right-to-left cluster's are reversed).
        for (var start = 0; start < texts.Length;)
        {
            var end = start + 1;
            while (end < texts.Length && run.Clusters[end] == run.Clusters[start]) end++;
            var carrier = start;
            for (var i = start + 1; i < end; i++)
            {
                if (advance(run.Glyphs[i]) > advance(run.Glyphs[carrier])) carrier = i;
            }

            texts[carrier] = TextOf(run.Clusters[start]);
            start = end;
        }

        return texts;
    }

    private static readonly string[] PrintableAscii = Enumerable.Range(0x20, 0x7F - 0x20).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>The cluster offsets, each once, in increasing order (what binary search needs).</summary>
    private static uint[] DistinctSorted(uint[] clusters)
    {
        var sorted = (uint[])clusters.Clone();
        Array.Sort(sorted);
        var count = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (count == 0 || sorted[i] != sorted[count - 1]) sorted[count++] = sorted[i];
        }

        return count == sorted.Length ? sorted : sorted[..count];
    }

    private static bool HasControl(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c)) return true;
        }

        return false;
    }
}
