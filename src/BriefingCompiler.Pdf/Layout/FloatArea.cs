using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// The floats placed so far in one block formatting context on one page, as margin boxes in the context
/// root's border-box coordinates, and the CSS 2.1 rules that place the next one (9.5.1) and shorten line
/// boxes beside them (9.5). Layout adds floats as it places them and takes back those of content it gives up
/// (<see cref="Truncate"/>), so the area always holds exactly the floats of the fragments kept.
/// </summary>
public sealed class FloatArea
{
    private readonly List<PlacedFloat> floats = [];

    public int Count => floats.Count;

    public IReadOnlyList<PlacedFloat> Floats => floats;

    /// <summary>Takes back the floats placed after the first <paramref name="count"/>.</summary>
    public void Truncate(int count)
    {
        if (count < floats.Count)
        {
            floats.RemoveRange(count, floats.Count - count);
        }
    }

    public void Add(PlacedFloat placed) => floats.Add(placed);

    /// <summary>The lowest bottom of the floats of these sides (null: none), where a box with that clear goes.</summary>
    public float? Bottom(ClearSide sides)
    {
        float? bottom = null;
        foreach (var placed in floats)
        {
            if (((placed.Side == FloatSide.Left ? ClearSide.Left : ClearSide.Right) & sides) != 0)
            {
                bottom = Math.Max(bottom ?? float.MinValue, placed.Bottom);
            }
        }

        return bottom;
    }

    /// <summary>The sides with a float that reaches below <paramref name="y"/>: a box starting there that clears them has clearance.</summary>
    public ClearSide SidesBelow(float y)
    {
        var sides = ClearSide.None;
        foreach (var placed in floats)
        {
            if (placed.Bottom > y + 0.01f)
            {
                sides |= placed.Side == FloatSide.Left ? ClearSide.Left : ClearSide.Right;
            }
        }

        return sides;
    }

    /// <summary>Whether any float reaches below <paramref name="y"/> (else nothing from there on is beside a float).</summary>
    public bool AnyBelow(float y)
    {
        foreach (var placed in floats)
        {
            if (placed.Bottom > y + 0.01f)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The part of [<paramref name="left"/>, <paramref name="right"/>] that the floats beside the band from
    /// <paramref name="top"/> to <paramref name="bottom"/> leave free, and whether any float is beside it.
    /// </summary>
    public (float Left, float Right, bool Narrowed) Band(float top, float bottom, float left, float right)
    {
        var narrowed = false;
        foreach (var placed in floats)
        {
            if (!placed.Overlaps(top, bottom))
            {
                continue;
            }

            if (placed.Side == FloatSide.Left && placed.Right > left)
            {
                left = placed.Right;
                narrowed = true;
            }
            else if (placed.Side == FloatSide.Right && placed.Left < right)
            {
                right = placed.Left;
                narrowed = true;
            }
        }

        return (left, right, narrowed);
    }

    /// <summary>The highest bottom, below <paramref name="top"/>, of the floats beside the band: where the band is next wider.</summary>
    public float? NextBottom(float top, float bottom)
    {
        float? next = null;
        foreach (var placed in floats)
        {
            if (placed.Overlaps(top, bottom) && placed.Bottom > top + 0.01f)
            {
                next = Math.Min(next ?? float.MaxValue, placed.Bottom);
            }
        }

        return next;
    }

    /// <summary>
    /// Where a float's margin box of this size goes (CSS 2.1 9.5.1): not above <paramref name="top"/> (its
    /// place in the flow) nor above an earlier float's top, as high as it fits beside the earlier floats, then
    /// as far to its side of the containing block (<paramref name="left"/> to <paramref name="right"/>) as it
    /// goes. A float wider than the room left where no float is beside it is placed all the same, at its side.
    /// </summary>
    public (float X, float Y) Place(FloatSide side, float width, float height, float top, float left, float right)
    {
        foreach (var placed in floats)
        {
            top = Math.Max(top, placed.Top);
        }

        // Each step moves below one more float, so this ends after at most as many steps as there are floats.
        for (var step = 0; step <= floats.Count; step++)
        {
            var bottom = top + Math.Max(height, 0);
            float free = left, freeRight = right;
            float otherSide = side == FloatSide.Left ? float.MaxValue : float.MinValue;
            bool beside = false, sameSide = false;
            foreach (var placed in floats)
            {
                if (!placed.Overlaps(top, bottom))
                {
                    continue;
                }

                beside = true;
                sameSide |= placed.Side == side;
                if (placed.Side == FloatSide.Left)
                {
                    free = Math.Max(free, placed.Right);
                    otherSide = side == FloatSide.Right ? Math.Max(otherSide, placed.Right) : otherSide;
                }
                else
                {
                    freeRight = Math.Min(freeRight, placed.Left);
                    otherSide = side == FloatSide.Left ? Math.Min(otherSide, placed.Left) : otherSide;
                }
            }

            // Rules 2 and 3: not over the floats beside it (also those outside the containing block); rule 7: with a
            // float of its own side beside it, not out of the containing block either.
            var fits = side == FloatSide.Left
                ? free + width <= Math.Min(otherSide, sameSide ? right : float.MaxValue) + 0.01f
                : freeRight - width >= Math.Max(otherSide, sameSide ? left : float.MinValue) - 0.01f;
            if (!beside || fits || NextBottom(top, bottom) is not { } next)
            {
                return (side == FloatSide.Left ? free : freeRight - width, top);
            }

            top = next;
        }

        return (side == FloatSide.Left ? left : right - width, top);
    }
}

/// <summary>A placed float's margin box, in its formatting context's coordinates.</summary>
public readonly record struct PlacedFloat(FloatSide Side, float Left, float Top, float Right, float Bottom)
{
    /// <summary>Whether the float is beside some of the band from <paramref name="top"/> to <paramref name="bottom"/> (a band of no height: beside that line).</summary>
    public bool Overlaps(float top, float bottom) =>
        Bottom > top + 0.01f && Top < Math.Max(bottom, top + 0.02f) - 0.01f && Right > Left;
}
