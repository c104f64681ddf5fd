namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// A paragraph after <see cref="BidiAlgorithm.Analyze"/>: its resolved embedding levels, and for each line (a
/// range of the text chosen by line breaking) the levels after rule L1 and the runs in visual order (L2).
/// Offsets are UTF-16 offsets into <see cref="Text"/>; both halves of a surrogate pair share a level. Immutable.
/// </summary>
public sealed class BidiParagraph
{
    private readonly int[] starts;     // UTF-16 offset of each code point
    private readonly BidiClass[] classes; // Bidi_Class of each code point
    private readonly byte[] levels;    // resolved level of each code point (rules P2–I2, X9-removed ones included)
    private readonly byte[] unitLevels;
    private readonly IReadOnlyList<byte> readOnlyUnitLevels;

    internal BidiParagraph(string text, int[] starts, BidiClass[] classes, byte[] levels, byte paragraphLevel)
    {
        Text = text;
        this.starts = starts;
        this.classes = classes;
        this.levels = levels;
        ParagraphLevel = paragraphLevel;
        unitLevels = new byte[text.Length];
        for (int k = 0; k < starts.Length; k++)
        {
            int end = k + 1 < starts.Length ? starts[k + 1] : text.Length;
            unitLevels.AsSpan(starts[k], end - starts[k]).Fill(levels[k]);
        }

        readOnlyUnitLevels = Array.AsReadOnly(unitLevels);
    }

    /// <summary>The paragraph's text.</summary>
    public string Text { get; }

    /// <summary>The paragraph embedding level: 0 left to right, 1 right to left.</summary>
    public byte ParagraphLevel { get; }

    /// <summary>True when the paragraph's base direction is right to left.</summary>
    public bool IsRightToLeft => (ParagraphLevel & 1) != 0;

    /// <summary>The resolved embedding level of each UTF-16 unit before the line rules. Characters that X9
    /// removes (embedding controls, BN such as ZWJ) carry the level of the character before them.</summary>
    public IReadOnlyList<byte> Levels => readOnlyUnitLevels;

    /// <summary>
    /// The levels of the UTF-16 units of the line [<paramref name="lineStart"/>, <paramref name="lineEnd"/>) after
    /// rule L1: segment and paragraph separators, and whitespace or isolate controls before them or at the end
    /// of the line, go back to the paragraph level.
    /// </summary>
    public byte[] LineLevels(int lineStart, int lineEnd)
    {
        var (first, end) = CodePointRange(lineStart, lineEnd);
        var lineLevels = ResetLine(first, end);
        var result = new byte[lineEnd - lineStart];
        for (int k = first; k < end; k++)
        {
            int unitEnd = k + 1 < starts.Length ? starts[k + 1] : Text.Length;
            result.AsSpan(starts[k] - lineStart, unitEnd - starts[k]).Fill(lineLevels[k - first]);
        }

        return result;
    }

    /// <summary>
    /// The line [<paramref name="lineStart"/>, <paramref name="lineEnd"/>) as runs of one level in visual order,
    /// left to right (rules L1 and L2). Shape each run on its own, right to left when
    /// <see cref="BidiRun.IsRightToLeft"/>. Both offsets must fall between code points.
    /// </summary>
    public IReadOnlyList<BidiRun> VisualRuns(int lineStart, int lineEnd)
    {
        var (first, end) = CodePointRange(lineStart, lineEnd);
        var runs = BidiAlgorithm.ReorderRuns(ResetLine(first, end));
        for (int i = 0; i < runs.Count; i++)
        {
            int runStart = starts[first + runs[i].Start];
            int runEnd = first + runs[i].End < starts.Length ? starts[first + runs[i].End] : Text.Length;
            runs[i] = new BidiRun(runStart, runEnd - runStart, runs[i].Level);
        }

        return runs;
    }

    /// <summary>
    /// A copy in which the characters at <paramref name="edges"/> offsets (each a single UTF-16 unit standing for an
    /// inline element's edge, <see cref="TextRun.Spacer"/>) take the level of the nearest character after them
    /// (<see cref="EdgeGlue.ToNext"/>: an element's start) or before them (its end) that is not such an edge glued to
    /// another, the paragraph level when there is none; an <see cref="EdgeGlue.Own"/> edge keeps the level the analysis
    /// gave it (the edge of an element's own embedding, read inside it). All keep their level at a line's end (rule L1
    /// resets white space there, not an element's border): the edge stays beside the content it belongs to, whichever
    /// way that reads.
    /// </summary>
    internal BidiParagraph Glued(IReadOnlyList<(int Offset, EdgeGlue Glue)> edges)
    {
        if (edges.Count == 0)
        {
            return this;
        }

        var isGlued = new bool[starts.Length];
        foreach (var (offset, glue) in edges)
        {
            isGlued[CodePointAt(offset, nameof(edges))] = glue != EdgeGlue.Own;
        }

        var newLevels = (byte[])levels.Clone();
        var newClasses = (BidiClass[])classes.Clone();
        foreach (var (offset, glue) in edges)
        {
            var k = CodePointAt(offset, nameof(edges));
            if (glue != EdgeGlue.Own)
            {
                var step = glue == EdgeGlue.ToNext ? 1 : -1;
                var other = k + step;
                while (other >= 0 && other < starts.Length && isGlued[other])
                {
                    other += step;
                }

                newLevels[k] = other >= 0 && other < starts.Length ? levels[other] : ParagraphLevel;
            }

            // A strong class of its level's direction: no rule of the line resets it.
            newClasses[k] = (newLevels[k] & 1) != 0 ? BidiClass.R : BidiClass.L;
        }

        return new BidiParagraph(Text, starts, newClasses, newLevels, ParagraphLevel);
    }

    /// <summary>
    /// The analysis of <paramref name="text"/> from this analysis of a copy of it with characters inserted (bidi
    /// controls standing for inline elements' embeddings, one UTF-16 unit each, at the sorted offsets
    /// <paramref name="inserted"/> of this text): their levels dropped, every other character keeping its resolved
    /// level and taking its own Bidi_Class back (the copy may have analysed it as another), so the line rules see
    /// <paramref name="text"/> as written.
    /// </summary>
    internal BidiParagraph Without(IReadOnlyList<int> inserted, string text)
    {
        if (inserted.Count == 0 && text == Text)
        {
            return this;
        }

        var keptStarts = new List<int>(starts.Length);
        var keptClasses = new List<BidiClass>(starts.Length);
        var keptLevels = new List<byte>(starts.Length);
        var next = 0;
        for (int k = 0; k < starts.Length; k++)
        {
            if (next < inserted.Count && inserted[next] == starts[k])
            {
                next++;
                continue;
            }

            var offset = starts[k] - next;
            keptStarts.Add(offset);
            keptClasses.Add(BidiAlgorithm.ClassOf(BidiAlgorithm.CodePointAt(text, offset)));
            keptLevels.Add(levels[k]);
        }

        if (next != inserted.Count || text.Length != Text.Length - inserted.Count)
        {
            throw new ArgumentException("the inserted offsets are not single units of this analysis's text", nameof(inserted));
        }

        return new BidiParagraph(text, keptStarts.ToArray(), keptClasses.ToArray(), keptLevels.ToArray(), ParagraphLevel);
    }

    /// <summary>The levels of the code points [first, end) with rule L1 applied to them as one line.</summary>
    private byte[] ResetLine(int first, int end)
    {
        var lineLevels = levels.AsSpan(first, end - first).ToArray();
        BidiAlgorithm.ResetWhitespaceLevels(classes.AsSpan(first, end - first), lineLevels, ParagraphLevel);
        return lineLevels;
    }

    /// <summary>The code points [first, end) covering the UTF-16 range [lineStart, lineEnd).</summary>
    private (int First, int End) CodePointRange(int lineStart, int lineEnd)
    {
        if (lineStart < 0 || lineEnd > Text.Length || lineStart > lineEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(lineStart), $"line [{lineStart}, {lineEnd}) is not inside a text of {Text.Length} units");
        }

        return (CodePointAt(lineStart, nameof(lineStart)), CodePointAt(lineEnd, nameof(lineEnd)));
    }

    private int CodePointAt(int offset, string parameter)
    {
        if (offset == Text.Length)
        {
            return starts.Length;
        }

        int found = starts.AsSpan().BinarySearch(offset);
        if (found < 0)
        {
            throw new ArgumentException($"offset {offset} falls inside a surrogate pair", parameter);
        }

        return found;
    }
}
