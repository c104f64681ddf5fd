using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Layout.Grid;

/// <summary>
/// The grid track sizing algorithm (CSS Grid 1 §11.4–11.8, simplified): fixed breadths first, intrinsic tracks from
/// the items in them (items spanning several tracks spread what they lack evenly over the intrinsic ones), tracks
/// grown to their limits while there is room, fr tracks sharing what is left (a track whose minimum is more than its
/// share keeps its minimum), and auto tracks stretched over the rest.
/// </summary>
public static class GridTrackSizing
{
    /// <summary>What an item needs of the tracks it spans: its min- and max-content contributions (margin boxes).</summary>
    public readonly record struct Contribution(int Start, int End, float Min, float Max);

    /// <summary>Track sizes in points. <paramref name="available"/> null: an indefinite size (percentages then count as auto, fr as content-sized).</summary>
    public static float[] Size(IReadOnlyList<GridTrackSize> tracks, float? available, float gap, IReadOnlyList<Contribution> items, bool stretchAuto)
    {
        var count = tracks.Count;
        var baseSizes = new float[count];
        var limits = new float[count];
        var flex = new float[count];
        bool Intrinsic(GridBreadth breadth) => breadth.Kind is GridBreadthKind.Auto or GridBreadthKind.MinContent or GridBreadthKind.MaxContent
            || (breadth.Kind == GridBreadthKind.Percent && available is null);
        float? Fixed(GridBreadth breadth) => breadth.Kind switch
        {
            GridBreadthKind.Length => breadth.Value,
            GridBreadthKind.Percent when available is { } size => size * breadth.Value / 100f,
            _ => null,
        };

        for (var t = 0; t < count; t++)
        {
            var track = tracks[t];
            baseSizes[t] = Fixed(track.Min) ?? 0;
            flex[t] = track.Max.Kind == GridBreadthKind.Fraction ? track.Max.Value : 0;
            limits[t] = Fixed(track.Max) ?? (flex[t] > 0 ? baseSizes[t] : Intrinsic(track.Max) ? 0 : baseSizes[t]);
        }

        // Intrinsic sizes: single-span items first, then the spanning ones (those crossing an fr track wait for the fr step).
        foreach (var spanning in new[] { false, true })
        {
            foreach (var item in items)
            {
                var span = item.End - item.Start;
                if ((span > 1) != spanning || item.End > count || item.Start < 0)
                {
                    continue;
                }

                var range = Enumerable.Range(item.Start, span).ToList();
                if (spanning && range.Any(t => flex[t] > 0))
                {
                    continue;
                }

                var gaps = gap * (span - 1);
                var minTracks = range.Where(t => Intrinsic(tracks[t].Min)).ToList();
                var lacking = item.Min - gaps - range.Sum(t => baseSizes[t]);
                if (lacking > 0 && minTracks.Count > 0)
                {
                    foreach (var t in minTracks)
                    {
                        baseSizes[t] += lacking / minTracks.Count;
                    }
                }

                var maxTracks = range.Where(t => flex[t] == 0 && Intrinsic(tracks[t].Max)).ToList();
                var wanted = (spanning ? item.Max : (maxTracks.Count > 0 && tracks[maxTracks[0]].Max.Kind == GridBreadthKind.MinContent ? item.Min : item.Max)) - gaps;
                var lackingLimit = wanted - range.Sum(t => Math.Max(limits[t], baseSizes[t]));
                if (lackingLimit > 0 && maxTracks.Count > 0)
                {
                    foreach (var t in maxTracks)
                    {
                        limits[t] = Math.Max(limits[t], baseSizes[t]) + lackingLimit / maxTracks.Count;
                    }
                }
            }
        }

        for (var t = 0; t < count; t++)
        {
            limits[t] = Math.Max(limits[t], baseSizes[t]);
        }

        var allGaps = gap * Math.Max(0, count - 1);
        // Maximise: non-flexible tracks grow towards their limits while there is room (all the way when there is no limit to the room).
        var free = available is { } room ? room - allGaps - baseSizes.Sum() : float.PositiveInfinity;
        for (var round = 0; round < count && free > 0.01f; round++)
        {
            var growing = Enumerable.Range(0, count).Where(t => flex[t] == 0 && limits[t] > baseSizes[t] + 0.001f).ToList();
            if (growing.Count == 0)
            {
                break;
            }

            var share = float.IsPositiveInfinity(free) ? float.PositiveInfinity : free / growing.Count;
            foreach (var t in growing)
            {
                var grow = Math.Min(share, limits[t] - baseSizes[t]);
                baseSizes[t] += grow;
                free -= grow;
            }
        }

        // Flexible tracks share the leftover space.
        if (flex.Any(f => f > 0))
        {
            var flexible = Enumerable.Range(0, count).Where(t => flex[t] > 0).ToList();
            float fraction;
            if (available is { } room2)
            {
                var inflexible = new HashSet<int>();
                fraction = 0;
                for (var round = 0; round <= flexible.Count; round++)
                {
                    var leftover = room2 - allGaps - Enumerable.Range(0, count).Where(t => flex[t] == 0 || inflexible.Contains(t)).Sum(t => baseSizes[t]);
                    var factors = flexible.Where(t => !inflexible.Contains(t)).Sum(t => flex[t]);
                    fraction = Math.Max(0, leftover) / Math.Max(1, factors);
                    var tooSmall = flexible.Where(t => !inflexible.Contains(t) && baseSizes[t] > fraction * flex[t]).ToList();
                    if (tooSmall.Count == 0)
                    {
                        break;
                    }

                    inflexible.UnionWith(tooSmall);
                }
            }
            else
            {
                // Indefinite: the fr that gives every flexible track at least its content (§11.7.1, max-content sizing).
                fraction = flexible.Max(t => flex[t] >= 1 ? baseSizes[t] / flex[t] : baseSizes[t]);
                foreach (var item in items)
                {
                    var range = Enumerable.Range(item.Start, Math.Max(0, Math.Min(item.End, count) - item.Start)).ToList();
                    var factors = range.Sum(t => flex[t]);
                    if (factors > 0)
                    {
                        var rest = item.Max - gap * (range.Count - 1) - range.Where(t => flex[t] == 0).Sum(t => baseSizes[t]);
                        fraction = Math.Max(fraction, rest / Math.Max(1, factors));
                    }
                }
            }

            foreach (var t in flexible)
            {
                baseSizes[t] = Math.Max(baseSizes[t], fraction * flex[t]);
            }
        }
        else if (stretchAuto && available is { } room3)
        {
            // Stretch auto tracks over what is left (justify-content/align-content: normal).
            var left = room3 - allGaps - baseSizes.Sum();
            var autos = Enumerable.Range(0, count).Where(t => tracks[t].Max.Kind == GridBreadthKind.Auto).ToList();
            if (left > 0 && autos.Count > 0)
            {
                foreach (var t in autos)
                {
                    baseSizes[t] += left / autos.Count;
                }
            }
        }

        return baseSizes;
    }
}
