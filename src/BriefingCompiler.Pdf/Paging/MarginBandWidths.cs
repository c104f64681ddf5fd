namespace BriefingCompiler.Pdf.Paging;

/// <summary>
/// The widths of the three margin boxes of a top or bottom band (CSS Paged Media 3 §5.3.2, Margin Box Variable Dimension
/// Computation Rules, with auto widths as all of ours are): the band's width is shared by what the boxes hold, so that long
/// contents wrap in their own box instead of running over their neighbours. With a centre box, the centre box shares the
/// band with an imaginary box twice as wide as the larger side box, so that it stays centred, and the side boxes get half
/// of what it leaves each; without one, the left and right boxes share the band. Sharing: when the boxes' max-content
/// widths fit, each gets its max-content width and the space left in proportion to it; else, when their min-content
/// widths fit, each gets its min-content width and the space left in proportion to the difference of the two; else each
/// gets its min-content width less the overflow in proportion to it. The left and right bands share their height by the
/// same rules (§5.3.2 applied to the vertical dimension): the paginator passes heights for widths, the top box as the left
/// one, the middle box as the centre one.
/// </summary>
public static class MarginBandWidths
{
    /// <summary>A box's min-content and max-content widths.</summary>
    public readonly record struct Intrinsic(float Min, float Max);

    /// <summary>The widths of the left, centre and right boxes in a band <paramref name="available"/> wide; null for a box
    /// that is not generated (no <c>content</c>), whose width is 0.</summary>
    public static (float Left, float Center, float Right) Resolve(float available, Intrinsic? left, Intrinsic? center, Intrinsic? right)
    {
        var a = left ?? default;
        var c = right ?? default;
        if (center is { } b)
        {
            var sides = new Intrinsic(2 * Math.Max(a.Min, c.Min), 2 * Math.Max(a.Max, c.Max));
            var centerWidth = Math.Max(0, Share(available, [b, sides])[0]);
            var side = Math.Max(0, (available - centerWidth) / 2);
            return (left is null ? 0 : side, centerWidth, right is null ? 0 : side);
        }

        var shares = Share(available, [a, c]);
        return (left is null ? 0 : Math.Max(0, shares[0]), 0, right is null ? 0 : Math.Max(0, shares[1]));
    }

    private static float[] Share(float available, Intrinsic[] boxes)
    {
        // Each box: its basis plus the space left (or less the overflow) by its factor's part of all factors (equal parts
        // when all factors are 0).
        float[] Grow(Func<Intrinsic, float> basis, Func<Intrinsic, float> factor)
        {
            var left = available - boxes.Sum(basis);
            var factors = boxes.Sum(factor);
            return boxes.Select(b => basis(b) + left * (factors > 0 ? factor(b) / factors : 1f / boxes.Length)).ToArray();
        }

        if (boxes.Sum(b => b.Max) <= available)
            return Grow(b => b.Max, b => b.Max);
        if (boxes.Sum(b => b.Min) <= available)
            return Grow(b => b.Min, b => b.Max - b.Min);
        return Grow(b => b.Min, b => b.Min);
    }
}
