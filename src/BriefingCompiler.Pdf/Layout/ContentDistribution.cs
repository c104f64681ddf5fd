using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// Where <c>justify-content</c> / <c>align-content</c> put free space among <c>count</c> things in a row (flex items,
/// flex lines, grid tracks): before the first, and between each two (CSS Box Alignment 3 §5.3, Flexbox §8.2).
/// The alignment comes already mapped to start, end, centre or a distribution. Negative free space falls back as
/// the specifications say: space-between to start, space-around and space-evenly to centre.
/// </summary>
public static class ContentDistribution
{
    public static (float Leading, float Between) Of(Alignment alignment, float free, int count)
    {
        if (count <= 0)
        {
            return (0, 0);
        }

        return alignment switch
        {
            Alignment.End or Alignment.FlexEnd => (free, 0),
            Alignment.Center => (free / 2, 0),
            Alignment.SpaceBetween => free > 0 && count > 1 ? (0, free / (count - 1)) : (0, 0),
            Alignment.SpaceAround => free > 0 ? (free / count / 2, free / count) : (free / 2, 0),
            Alignment.SpaceEvenly => free > 0 ? (free / (count + 1), free / (count + 1)) : (free / 2, 0),
            _ => (0, 0),
        };
    }
}
