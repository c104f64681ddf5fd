namespace BriefingCompiler.Pdf.Layout.Flex;

/// <summary>
/// The pure steps of the flex layout algorithm along the main axis: collecting items into lines (§9.3 step 5) and
/// resolving their flexible lengths (§9.7).
/// </summary>
internal static class FlexLengths
{
    /// <summary>Items into lines: all in one unless <paramref name="wrap"/>; else as many as fit, at least one per line.</summary>
    public static List<FlexLine> Lines(IReadOnlyList<FlexItem> items, float available, float gap, bool wrap)
    {
        var lines = new List<FlexLine>();
        var current = new List<FlexItem>();
        var used = 0f;
        foreach (var item in items)
        {
            var needed = current.Count == 0 ? item.OuterHypothetical : used + gap + item.OuterHypothetical;
            if (wrap && current.Count > 0 && needed > available + 0.01f)
            {
                lines.Add(new FlexLine(current));
                current = [];
                needed = item.OuterHypothetical;
            }

            current.Add(item);
            used = needed;
        }

        if (current.Count > 0)
        {
            lines.Add(new FlexLine(current));
        }

        return lines;
    }

    /// <summary>
    /// Resolves the flexible lengths of one line's items (§9.7): each item's <see cref="FlexItem.Target"/> is set.
    /// <paramref name="grow"/> and <paramref name="shrink"/> give each item's flex factors.
    /// </summary>
    public static void Resolve(IReadOnlyList<FlexItem> items, float available, float gap, Func<FlexItem, float> grow, Func<FlexItem, float> shrink)
    {
        var gaps = gap * Math.Max(0, items.Count - 1);
        var growing = items.Sum(i => i.OuterHypothetical) + gaps < available;
        float Factor(FlexItem item) => growing ? grow(item) : shrink(item);
        foreach (var item in items)
        {
            item.Target = item.Hypothetical;
            item.Frozen = Factor(item) == 0 || (growing ? item.BaseSize > item.Hypothetical : item.BaseSize < item.Hypothetical);
        }

        float Remaining() => available - gaps - items.Sum(i => (i.Frozen ? i.Target : i.BaseSize) + i.MarginMain);
        var initialFree = Remaining();
        for (var round = 0; round <= items.Count && items.Any(i => !i.Frozen); round++)
        {
            var free = Remaining();
            var unfrozen = items.Where(i => !i.Frozen).ToList();
            var factors = unfrozen.Sum(Factor);
            if (factors < 1 && Math.Abs(initialFree * factors) < Math.Abs(free))
            {
                free = initialFree * factors;
            }

            if (growing)
            {
                foreach (var item in unfrozen)
                {
                    item.Target = item.BaseSize + (factors > 0 ? free * grow(item) / factors : 0);
                }
            }
            else
            {
                var scaled = unfrozen.Sum(i => shrink(i) * i.BaseSize);
                foreach (var item in unfrozen)
                {
                    item.Target = item.BaseSize + (scaled > 0 ? free * shrink(item) * item.BaseSize / scaled : 0);
                }
            }

            // Min and max violations: clamp, then freeze the violators of the larger kind (all when they balance).
            var violation = 0f;
            var clamped = new Dictionary<FlexItem, float>();
            foreach (var item in unfrozen)
            {
                var value = Math.Max(item.Min, Math.Min(item.Max, item.Target));
                value = Math.Max(0, value);
                clamped[item] = value;
                violation += value - item.Target;
            }

            foreach (var item in unfrozen)
            {
                var value = clamped[item];
                var freeze = Math.Abs(violation) < 0.001f
                    || (violation > 0 && value > item.Target)
                    || (violation < 0 && value < item.Target);
                item.Target = value;
                item.Frozen = freeze;
            }
        }

        foreach (var item in items)
        {
            item.Target = Math.Max(0, item.Target);
        }
    }
}
