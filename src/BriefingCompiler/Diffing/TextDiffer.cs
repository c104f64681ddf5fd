using DiffPlex;

namespace BriefingCompiler.Diffing;

/// <summary>
/// Token-level diff of two texts: words for spaced scripts, single characters for CJK (see
/// <see cref="TextTokenizer"/>). DiffPlex's Myers differ does the alignment over our tokens.
/// </summary>
public static class TextDiffer
{
    public static IReadOnlyList<TextSegment> Diff(string oldText, string newText)
    {
        if (oldText == newText)
        {
            return oldText.Length == 0 ? [] : [new TextSegment(SegmentOp.Equal, oldText)];
        }
        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, TokenChunker.Instance);
        var pieces = new List<TextSegment>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++)
            {
                pieces.Add(new TextSegment(SegmentOp.Equal, result.PiecesOld[a]));
            }
            for (var k = 0; k < block.DeleteCountA; k++)
            {
                pieces.Add(new TextSegment(SegmentOp.Deleted, result.PiecesOld[block.DeleteStartA + k]));
            }
            for (var k = 0; k < block.InsertCountB; k++)
            {
                pieces.Add(new TextSegment(SegmentOp.Inserted, result.PiecesNew[block.InsertStartB + k]));
            }
            a = block.DeleteStartA + block.DeleteCountA;
        }
        for (; a < result.PiecesOld.Count; a++)
        {
            pieces.Add(new TextSegment(SegmentOp.Equal, result.PiecesOld[a]));
        }
        return Merge(AbsorbLoneSpaces(Merge(pieces)));
    }

    /// <summary>All of a text as one kind of segment (a text that was added or removed as a whole).</summary>
    public static IReadOnlyList<TextSegment> Whole(SegmentOp op, string text) =>
        text.Length == 0 ? [] : [new TextSegment(op, text)];

    /// <summary>
    /// "[-a-]{+x+} [-b-]{+y+}" reads worse than "[-a b-]{+x y+}": a whitespace-only equal run between two
    /// changes of the same shape (both replacements, both deletions or both insertions) is folded into them.
    /// </summary>
    private static List<TextSegment> AbsorbLoneSpaces(List<TextSegment> segments)
    {
        var result = new List<TextSegment>();
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            var isGap = s.Op == SegmentOp.Equal && string.IsNullOrWhiteSpace(s.Text)
                && i > 0 && i < segments.Count - 1
                && segments[i - 1].Op != SegmentOp.Equal && segments[i + 1].Op != SegmentOp.Equal;
            (bool Deleted, bool Inserted) shape = isGap ? RunShape(segments, i - 1, -1) : (false, false);
            if (isGap && shape == RunShape(segments, i + 1, +1))
            {
                if (shape.Deleted)
                {
                    result.Add(new TextSegment(SegmentOp.Deleted, s.Text));
                }
                if (shape.Inserted)
                {
                    result.Add(new TextSegment(SegmentOp.Inserted, s.Text));
                }
            }
            else
            {
                result.Add(s);
            }
        }
        // Regroup: within each run of changes, all deletions first, then all insertions.
        var regrouped = new List<TextSegment>();
        var run = new List<TextSegment>();
        foreach (var s in result)
        {
            if (s.Op == SegmentOp.Equal)
            {
                Flush();
                regrouped.Add(s);
            }
            else
            {
                run.Add(s);
            }
        }
        Flush();
        return regrouped;

        void Flush()
        {
            regrouped.AddRange(run.Where(r => r.Op == SegmentOp.Deleted));
            regrouped.AddRange(run.Where(r => r.Op == SegmentOp.Inserted));
            run.Clear();
        }
    }

    /// <summary>Which operations the run of changes starting at <paramref name="from"/> (walking by <paramref name="step"/>) holds.</summary>
    private static (bool Deleted, bool Inserted) RunShape(List<TextSegment> segments, int from, int step)
    {
        bool deleted = false, inserted = false;
        for (var j = from; j >= 0 && j < segments.Count && segments[j].Op != SegmentOp.Equal; j += step)
        {
            deleted |= segments[j].Op == SegmentOp.Deleted;
            inserted |= segments[j].Op == SegmentOp.Inserted;
        }
        return (deleted, inserted);
    }

    private static List<TextSegment> Merge(List<TextSegment> segments)
    {
        var merged = new List<TextSegment>();
        foreach (var s in segments)
        {
            if (s.Text.Length == 0)
            {
                continue;
            }
            if (merged.Count > 0 && merged[^1].Op == s.Op)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + s.Text };
            }
            else
            {
                merged.Add(s);
            }
        }
        return merged;
    }
}
