using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// The containing block a relatively positioned inline element makes for the absolutely positioned boxes inside it
/// (CSS 2.1 §10.1 item 4): the padding boxes of its first and last inline boxes — in a left-to-right element the top and
/// left of the first, the bottom and right of the last; in a right-to-left one the top and right of the first, the bottom
/// and left of the last (CSS 2 §10.1 4.1, 4.2), so one on a single line gives its own padding box. Each inline box is
/// the element's runs in one line (its descendants' included): across them horizontally, without the element's border
/// where its edge is in the line; vertically its content area (its first available font's ascent and descent at its font
/// size, about its baseline) and its padding above and below, as the painter draws its background. Only the lines of this
/// page are seen: an element split across pages makes its containing block of the part on the page.
/// </summary>
public static class InlineContainingBlock
{
    /// <summary>
    /// The containing block of <paramref name="element"/> from the <paramref name="lines"/> of one block fragment whose
    /// border box is at (<paramref name="x"/>, <paramref name="y"/>) on the page, where the element was laid out (its
    /// relative offset not applied); null when none of the lines holds it.
    /// </summary>
    public static ContainingBlock? Of(PositionedInline element, IEnumerable<Fragment> lines, float x, float y)
    {
        (float Left, float Top, float Right, float Bottom)? first = null, last = null;
        foreach (var fragment in lines)
        {
            if (fragment is LineFragment line && PaddingBox(element, line) is { } box)
            {
                first ??= box;
                last = box;
            }
        }

        if (first is not { } start || last is not { } end)
        {
            return null;
        }

        var rightToLeft = element.Style.RightToLeft;
        // A box split across lines may end left of where it starts (right of it, read right to left): no width then.
        var width = Math.Max(0, rightToLeft ? start.Right - end.Left : end.Right - start.Left);
        var left = rightToLeft ? start.Right - width : start.Left;
        return new ContainingBlock(x + left, y + start.Top, width, Math.Max(0, end.Bottom - start.Top), rightToLeft);
    }

    /// <summary>The padding box of the element's inline box in <paramref name="line"/>, relative to the line's parent fragment; null when the line has none of its runs.</summary>
    private static (float Left, float Top, float Right, float Bottom)? PaddingBox(PositionedInline element, LineFragment line)
    {
        var runs = line.Line.Runs;
        int firstRun = -1, lastRun = -1;
        GlyphRun? own = null;
        for (var i = 0; i < runs.Count; i++)
        {
            if (runs[i].Tag is InlineTag tag && element.Holds(tag.Containing))
            {
                if (firstRun < 0)
                {
                    firstRun = i;
                }

                lastRun = i;
                // The element's own text (not a descendant's in another size) gives its font's metrics and its baseline.
                if (own is null || (ReferenceEquals(tag.Containing, element) && runs[i].Style.FontSize == element.Style.FontSize && own.Style.FontSize != element.Style.FontSize))
                {
                    own = runs[i];
                }
            }
        }

        if (own is null)
        {
            return null;
        }

        var style = element.Style;
        var left = line.X + runs[firstRun].X + (IsOwnEdge(element, runs[firstRun]) && style.BorderLeft.IsVisible ? style.BorderLeft.Width : 0);
        var right = line.X + runs[lastRun].X + Math.Max(0, runs[lastRun].Width) - (IsOwnEdge(element, runs[lastRun]) && style.BorderRight.IsVisible ? style.BorderRight.Width : 0);
        var scale = own.Style.FontSize > 0 ? style.FontSize / own.Style.FontSize : 1;
        var ascent = (own.Strut?.Ascent ?? own.Font.AscentAt(own.Style.FontSize)) * scale;
        var descent = (own.Strut?.Descent ?? own.Font.DescentAt(own.Style.FontSize)) * scale;
        var baseline = line.Y + line.Baseline - own.Style.BaselineShift;
        return (left, baseline - ascent - style.Padding.Top, Math.Max(left, right), baseline + descent + style.Padding.Bottom);
    }

    /// <summary>Whether <paramref name="run"/> is the room of the element's own border and padding at one of its edges.</summary>
    private static bool IsOwnEdge(PositionedInline element, GlyphRun run) =>
        run.Tag is InlineTag { Edge: not null, Positioned: null, Running: null } tag && ReferenceEquals(tag.Containing, element) && run.Width > 0;
}
