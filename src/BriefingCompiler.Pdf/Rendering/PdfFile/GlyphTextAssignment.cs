using System.Buffers;
using System.Text;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// The text each glyph of a run stands for, for the font's ToUnicode map. A cluster (the characters HarfBuzz
/// shaped together) gives all its text to one glyph — its widest, the base on the baseline — and none to the
/// others: a ligature gives "fi" to its one glyph, and a letter Noto Naskh Arabic draws as a dotless base plus
/// dots gives the letter to the base and nothing to the dots, so extraction neither loses the letter nor inserts
/// a stray character (or a gap) for a dot. The dotless base standing for ب in one place and for ن in another
/// is two (glyph, text) pairs, so two CIDs: no glyph needs one text for all its uses. Control characters and bidi
/// embedding, override and isolate controls are no text.
/// </summary>
/// <remarks>
/// One instance serves a whole document (<see cref="PdfResources.GlyphTexts"/>): each distinct cluster text is made
/// into a string once and handed out again after. Making one string per glyph (each CJK character is its own cluster)
/// filled the build's gen0 budget during this stage, and the collection that followed compacted the whole laid-out
/// document (issue 16). Its scratch buffers are reused from run to run, so it is for one thread.
/// </remarks>
internal sealed class GlyphTextAssignment
{
    private readonly HashSet<string> texts = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> textsBySpan;
    private readonly Dictionary<int, string> byCodePoint = [];
    private byte[] utf8 = [];
    private uint[] starts = [];
    private char[] chars = [];

    public GlyphTextAssignment() => textsBySpan = texts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <param name="advance">A glyph's advance in the font (any unit): the widest glyph of a cluster carries its text.</param>
    public string[] Of(GlyphRun run, Func<ushort, float> advance)
    {
        var result = new string[run.Glyphs.Length];
        Of(run, advance, result);
        return result;
    }

    /// <summary>The text of each glyph of <paramref name="run"/> into <paramref name="result"/> (as long as the run has
    /// glyphs): for a writer that is done with them before the next run, without an array per run.</summary>
    public void Of(GlyphRun run, Func<ushort, float> advance, Span<string> result)
    {
        result.Fill("");
        if (result.Length == 0) return;
        var byteCount = Encoding.UTF8.GetByteCount(run.Text);
        if (utf8.Length < byteCount) utf8 = new byte[Math.Max(byteCount, utf8.Length * 2)];
        Encoding.UTF8.GetBytes(run.Text, utf8);
        var bytes = utf8.AsSpan(0, byteCount);
        var startCount = DistinctSorted(run.Clusters);

        // HarfBuzz keeps a cluster's glyphs together (in visual order, so a right-to-left cluster's are reversed).
        var clusterIndex = -1;
        for (var start = 0; start < result.Length;)
        {
            var end = start + 1;
            while (end < result.Length && run.Clusters[end] == run.Clusters[start]) end++;
            var carrier = start;
            for (var i = start + 1; i < end; i++)
            {
                if (advance(run.Glyphs[i]) > advance(run.Glyphs[carrier])) carrier = i;
            }

            clusterIndex = IndexOf(starts.AsSpan(0, startCount), run.Clusters[start], clusterIndex);
            result[carrier] = TextOf(bytes, starts.AsSpan(0, startCount), clusterIndex);
            start = end;
        }
    }

    /// <summary>Where <paramref name="cluster"/> is among the sorted <paramref name="clusterStarts"/>: next to
    /// <paramref name="previous"/> (the cluster before it in glyph order) when the run's clusters go in order, one way or
    /// the other, as they almost always do; else found by halving.</summary>
    private static int IndexOf(ReadOnlySpan<uint> clusterStarts, uint cluster, int previous)
    {
        if ((uint)(previous + 1) < (uint)clusterStarts.Length && clusterStarts[previous + 1] == cluster) return previous + 1;
        if ((uint)(previous - 1) < (uint)clusterStarts.Length && clusterStarts[previous - 1] == cluster) return previous - 1;
        return clusterStarts.BinarySearch(cluster);
    }

    /// <summary>The text of the cluster that starts at byte <c>clusterStarts[k]</c> of the run's UTF-8.</summary>
    private string TextOf(ReadOnlySpan<byte> bytes, ReadOnlySpan<uint> clusterStarts, int k)
    {
        var cluster = clusterStarts[k];
        var end = k + 1 < clusterStarts.Length ? clusterStarts[k + 1] : (uint)bytes.Length;
        var from = Math.Min(cluster, (uint)bytes.Length);
        var length = (int)(Math.Max(end, from) - from);
        // Most clusters of Latin text are one printable ASCII character: a table, not even a look-up.
        if (length == 1 && bytes[(int)from] is >= 0x20 and < 0x7F) return PrintableAscii[bytes[(int)from] - 0x20];
        var clusterBytes = bytes.Slice((int)from, length);
        // Most others (a CJK character, a Cyrillic or Arabic letter) are one character too: found by its code point, an
        // integer, without decoding it into chars and hashing them.
        if (Rune.DecodeFromUtf8(clusterBytes, out var rune, out var consumed) == OperationStatus.Done && consumed == length) return OneCharacter(rune);
        // UTF-8 never takes fewer bytes than UTF-16 takes chars, so `length` chars hold the cluster.
        if (chars.Length < length) chars = new char[Math.Max(length, chars.Length * 2)];
        var decoded = Encoding.UTF8.GetChars(clusterBytes, chars);
        return Kept(chars.AsSpan(0, decoded));
    }

    /// <summary>The text of a cluster of one character, made once per document.</summary>
    private string OneCharacter(Rune rune)
    {
        if (byCodePoint.TryGetValue(rune.Value, out var known)) return known;
        Span<char> utf16 = stackalloc char[2];
        var text = Kept(utf16[..rune.EncodeToUtf16(utf16)]);
        byCodePoint.Add(rune.Value, text);
        return text;
    }

    /// <summary>The text of a cluster's characters (<paramref name="decoded"/>, filtered in place): the one string made of it.</summary>
    private string Kept(Span<char> decoded)
    {
        // A control character (a stray bell or escape in the HTML) is drawn as nothing and is no text; nor is a bidi
        // embedding, override or isolate control of the document's text (U+202A–U+202E, U+2066–U+2069): the order it
        // gave is in the page already, and copied text would carry it into wherever it is pasted.
        var kept = 0;
        foreach (var c in decoded)
        {
            if (!char.IsControl(c) && !BidiAlgorithm.IsDirectionalFormatting(c)) decoded[kept++] = c;
        }

        if (kept == 0) return "";
        var text = decoded[..kept];
        if (textsBySpan.TryGetValue(text, out var known)) return known;
        var made = new string(text);
        texts.Add(made);
        return made;
    }

    private static readonly string[] PrintableAscii = Enumerable.Range(0x20, 0x7F - 0x20).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>The cluster offsets, each once, in increasing order (what binary search needs), into <see cref="starts"/>; their count.</summary>
    private int DistinctSorted(uint[] clusters)
    {
        if (starts.Length < clusters.Length) starts = new uint[Math.Max(clusters.Length, starts.Length * 2)];
        var sorted = starts.AsSpan(0, clusters.Length);
        clusters.CopyTo(sorted);
        // HarfBuzz lists a left-to-right run's clusters in increasing order and a right-to-left run's in decreasing order
        // (reversed, increasing): a check, not a sort, for almost every run.
        if (sorted.Length > 1 && sorted[0] > sorted[^1]) sorted.Reverse();
        if (!IsIncreasing(sorted)) sorted.Sort();
        var count = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (count == 0 || sorted[i] != sorted[count - 1]) sorted[count++] = sorted[i];
        }

        return count;
    }

    private static bool IsIncreasing(ReadOnlySpan<uint> values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] < values[i - 1]) return false;
        }

        return true;
    }
}
