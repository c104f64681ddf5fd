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
        return AbsorbShortEqualities(Merge(Regroup(Merge(pieces))));
    }

    /// <summary>All of a text as one kind of segment (a text that was added or removed as a whole).</summary>
    public static IReadOnlyList<TextSegment> Whole(SegmentOp op, string text) =>
        text.Length == 0 ? [] : [new TextSegment(op, text)];

    /// <summary>
    /// Token diffs of rewritten text keep stray equal bits ("同", "the") between changes, which makes a
    /// redline hard to read. An equal run between two changes is folded into them when it is
    /// whitespace between two changes of the same shape ("[-a-]{+x+} [-b-]{+y+}" → "[-a b-]{+x y+}"), or
    /// when it is no longer than the changes on either side (the semantic clean-up of diff-match-patch).
    /// Repeated until nothing folds.
    /// </summary>
    private static List<TextSegment> AbsorbShortEqualities(List<TextSegment> segments)
    {
        var folded = true;
        while (folded)
        {
            folded = false;
            for (var i = 1; i < segments.Count - 1; i++)
            {
                var equal = segments[i];
                if (equal.Op != SegmentOp.Equal || segments[i - 1].Op == SegmentOp.Equal || segments[i + 1].Op == SegmentOp.Equal)
                {
                    continue;
                }
                var left = RunShape(segments, i - 1, -1);
                var right = RunShape(segments, i + 1, +1);
                var sameShapeSpace = string.IsNullOrWhiteSpace(equal.Text)
                    && (left.Deleted > 0) == (right.Deleted > 0) && (left.Inserted > 0) == (right.Inserted > 0);
                var isShort = equal.Text.Length <= Math.Max(left.Deleted, left.Inserted)
                    && equal.Text.Length <= Math.Max(right.Deleted, right.Inserted);
                if (!sameShapeSpace && !isShort)
                {
                    continue;
                }
                var replacement = new List<TextSegment>();
                if (left.Deleted > 0 || right.Deleted > 0)
                {
                    replacement.Add(new TextSegment(SegmentOp.Deleted, equal.Text));
                }
                if (left.Inserted > 0 || right.Inserted > 0)
                {
                    replacement.Add(new TextSegment(SegmentOp.Inserted, equal.Text));
                }
                segments.RemoveAt(i);
                segments.InsertRange(i, replacement);
                segments = Merge(Regroup(segments));
                folded = true;
                break;
            }
        }
        return segments;
    }

    /// <summary>Within each run of changes, all deletions first, then all insertions (each in text order).</summary>
    private static List<TextSegment> Regroup(List<TextSegment> segments)
    {
        var regrouped = new List<TextSegment>();
        var run = new List<TextSegment>();
        foreach (var s in segments)
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

    /// <summary>How much text the run of changes starting at <paramref name="from"/> (walking by <paramref name="step"/>) deletes and inserts.</summary>
    private static (int Deleted, int Inserted) RunShape(List<TextSegment> segments, int from, int step)
    {
        int deleted = 0, inserted = 0;
        for (var j = from; j >= 0 && j < segments.Count && segments[j].Op != SegmentOp.Equal; j += step)
        {
            if (segments[j].Op == SegmentOp.Deleted)
            {
                deleted += segments[j].Text.Length;
            }
            else
            {
                inserted += segments[j].Text.Length;
            }
        }
        return (deleted, inserted);
    }

    /// <summary>Joins neighbouring segments of one kind (with a builder: a long equal run is thousands of tokens).</summary>
    private static List<TextSegment> Merge(List<TextSegment> segments)
    {
        var merged = new List<TextSegment>();
        var text = new System.Text.StringBuilder();
        SegmentOp? op = null;
        foreach (var s in segments)
        {
            if (s.Text.Length == 0)
            {
                continue;
            }
            if (op != s.Op)
            {
                Flush();
                op = s.Op;
            }
            text.Append(s.Text);
        }
        Flush();
        return merged;

        void Flush()
        {
            if (op is { } current && text.Length > 0)
            {
                merged.Add(new TextSegment(current, text.ToString()));
            }
            text.Clear();
        }
    }
}
