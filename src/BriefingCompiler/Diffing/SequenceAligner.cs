namespace BriefingCompiler.Diffing;

/// <summary>
/// Aligns two lists by content similarity instead of by index, so one inserted item does not make every
/// item after it look changed. First an order-preserving alignment that maximises the total similarity of
/// matched pairs (an LCS in which "equal" is "similar enough" and a better match counts more); then items
/// left over on both sides that are still very alike are paired as moved.
/// </summary>
public static class SequenceAligner
{
    /// <summary>Pairs below this similarity are not the same item edited, but different items.</summary>
    public const double MatchThreshold = 0.5;

    /// <summary>A move is claimed only for a pair this alike (a move that also changed much reads as remove + add).</summary>
    public const double MoveThreshold = 0.75;

    /// <summary>
    /// The steps in reading order: walking the new list, with each removed item where it stood in the old
    /// list and each moved item where it now stands.
    /// </summary>
    public static IReadOnlyList<AlignmentStep> Align<T>(IReadOnlyList<T> oldItems, IReadOnlyList<T> newItems, Func<T, T, double> similarity)
    {
        // Most edits touch a few items: identical heads and tails are matched without the quadratic part.
        int n = oldItems.Count, m = newItems.Count;
        var head = 0;
        while (head < n && head < m && similarity(oldItems[head], newItems[head]) >= 1.0)
        {
            head++;
        }
        var tail = 0;
        while (tail < n - head && tail < m - head && similarity(oldItems[n - 1 - tail], newItems[m - 1 - tail]) >= 1.0)
        {
            tail++;
        }
        var steps = new List<AlignmentStep>();
        for (var k = 0; k < head; k++)
        {
            steps.Add(new AlignmentStep(AlignmentKind.Matched, k, k));
        }
        steps.AddRange(AlignMiddle(oldItems, newItems, similarity, head, n - tail, head, m - tail));
        for (var k = tail; k > 0; k--)
        {
            steps.Add(new AlignmentStep(AlignmentKind.Matched, n - k, m - k));
        }
        return steps;
    }

    private static List<AlignmentStep> AlignMiddle<T>(
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
        return [.. PairMoves(steps, sim).Select(step => step with
        {
            OldIndex = step.OldIndex + oldStart,
            NewIndex = step.NewIndex + newStart,
        })];
    }

    /// <summary>Leftover removed/added pairs that are very alike become moves, best pairs first.</summary>
    private static List<AlignmentStep> PairMoves(List<AlignmentStep> steps, double[,] sim)
    {
        var removed = steps.Where(s => s.Kind == AlignmentKind.Removed).Select(s => s.OldIndex!.Value).ToList();
        var added = steps.Where(s => s.Kind == AlignmentKind.Added).Select(s => s.NewIndex!.Value).ToList();
        var candidates = removed
            .SelectMany(i => added.Select(j => (Old: i, New: j, Similarity: sim[i, j])))
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
