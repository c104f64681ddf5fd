using DiffPlex;

namespace BriefingCompiler.Diffing;

/// <summary>
/// Aligns two lists by content similarity instead of by index, so one inserted item does not make every
/// item after it look changed. Identical items are anchored first (Myers diff over item identities); between
/// anchors, an order-preserving alignment maximises the total similarity of matched pairs (an LCS in which
/// "equal" is "similar enough" and a better match counts more); finally, items left over on both sides
/// that are still very alike are paired as moved.
/// </summary>
public static class SequenceAligner
{
    /// <summary>Pairs below this similarity are not the same item edited, but different items.</summary>
    public const double MatchThreshold = 0.5;

    /// <summary>A move is claimed only for a pair this alike (a move that also changed much reads as remove + add).</summary>
    public const double MoveThreshold = 0.75;

    /// <summary>
    /// The steps in reading order: walking the new list, with each removed item where it stood in the old
    /// list and each moved item where it now stands. <paramref name="key"/> is equal exactly for identical
    /// items; <paramref name="similarity"/> is 1 for identical items and between 0 and 1 otherwise.
    /// </summary>
    public static IReadOnlyList<AlignmentStep> Align<T>(
        IReadOnlyList<T> oldItems, IReadOnlyList<T> newItems, Func<T, string> key, Func<T, T, double> similarity)
    {
        // Identical items are anchored first with a Myers diff over item identities (DiffPlex, linear in
        // the common case); the quadratic similarity alignment then runs only in the gaps between anchors.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        string Ids(IReadOnlyList<T> items) =>
            string.Join(' ', items.Select(item => ids.TryGetValue(key(item), out var id) ? id : ids[key(item)] = ids.Count));
        var anchors = Differ.Instance.CreateDiffs(Ids(oldItems), Ids(newItems), false, false, SpaceChunker.Instance);

        var steps = new List<AlignmentStep>();
        int a = 0, b = 0;
        foreach (var gap in anchors.DiffBlocks)
        {
            while (a < gap.DeleteStartA)
            {
                steps.Add(new AlignmentStep(AlignmentKind.Matched, a++, b++));
            }
            steps.AddRange(AlignGap(oldItems, newItems, similarity,
                gap.DeleteStartA, gap.DeleteStartA + gap.DeleteCountA, gap.InsertStartB, gap.InsertStartB + gap.InsertCountB));
            a = gap.DeleteStartA + gap.DeleteCountA;
            b = gap.InsertStartB + gap.InsertCountB;
        }
        while (a < oldItems.Count)
        {
            steps.Add(new AlignmentStep(AlignmentKind.Matched, a++, b++));
        }
        return PairMoves(steps, (i, j) => similarity(oldItems[i], newItems[j]));
    }

    /// <summary>Splits the space-separated item ids built by <see cref="Align{T}"/>.</summary>
    private sealed class SpaceChunker : IChunker
    {
        public static readonly SpaceChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Split(' ');
    }

    /// <summary>The best order-preserving alignment of one gap, by summed similarity (an LCS on "similar enough").</summary>
    private static List<AlignmentStep> AlignGap<T>(
        IReadOnlyList<T> oldItems, IReadOnlyList<T> newItems, Func<T, T, double> similarity,
        int oldStart, int oldEnd, int newStart, int newEnd)
    {
        int n = oldEnd - oldStart, m = newEnd - newStart;
        var sim = new double[n, m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                sim[i, j] = similarity(oldItems[oldStart + i], newItems[newStart + j]);
            }
        }

        // score[i, j]: best total similarity aligning the old items from i with the new items from j.
        var score = new double[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                var best = Math.Max(score[i + 1, j], score[i, j + 1]);
                if (sim[i, j] >= MatchThreshold)
                {
                    best = Math.Max(best, score[i + 1, j + 1] + sim[i, j]);
                }
                score[i, j] = best;
            }
        }

        var steps = new List<AlignmentStep>();
        int a = 0, b = 0;
        while (a < n || b < m)
        {
            if (a < n && b < m && sim[a, b] >= MatchThreshold && score[a, b] == score[a + 1, b + 1] + sim[a, b])
            {
                steps.Add(new AlignmentStep(AlignmentKind.Matched, a++, b++));
            }
            else if (a < n && (b == m || score[a, b] == score[a + 1, b]))
            {
                steps.Add(new AlignmentStep(AlignmentKind.Removed, a++, null));
            }
            else
            {
                steps.Add(new AlignmentStep(AlignmentKind.Added, null, b++));
            }
        }
        return [.. steps.Select(step => step with
        {
            OldIndex = step.OldIndex + oldStart,
            NewIndex = step.NewIndex + newStart,
        })];
    }

    /// <summary>Leftover removed/added pairs that are very alike become moves, best pairs first.</summary>
    private static List<AlignmentStep> PairMoves(List<AlignmentStep> steps, Func<int, int, double> sim)
    {
        var removed = steps.Where(s => s.Kind == AlignmentKind.Removed).Select(s => s.OldIndex!.Value).ToList();
        var added = steps.Where(s => s.Kind == AlignmentKind.Added).Select(s => s.NewIndex!.Value).ToList();
        var candidates = removed
            .SelectMany(i => added.Select(j => (Old: i, New: j, Similarity: sim(i, j))))
            .Where(c => c.Similarity >= MoveThreshold)
            .OrderByDescending(c => c.Similarity).ThenBy(c => c.Old).ThenBy(c => c.New);
        var movedFrom = new Dictionary<int, int>(); // new index → old index
        var usedOld = new HashSet<int>();
        foreach (var (oldIndex, newIndex, _) in candidates)
        {
            if (!usedOld.Contains(oldIndex) && !movedFrom.ContainsKey(newIndex))
            {
                usedOld.Add(oldIndex);
                movedFrom[newIndex] = oldIndex;
            }
        }
        var result = new List<AlignmentStep>();
        foreach (var step in steps)
        {
            if (step.Kind == AlignmentKind.Removed && usedOld.Contains(step.OldIndex!.Value))
            {
                continue; // reported where the item now stands
            }
            if (step.Kind == AlignmentKind.Added && movedFrom.TryGetValue(step.NewIndex!.Value, out var from))
            {
                result.Add(new AlignmentStep(AlignmentKind.Moved, from, step.NewIndex));
                continue;
            }
            result.Add(step);
        }
        return result;
    }
}
