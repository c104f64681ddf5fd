using SkiaSharp;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>
/// Edges on whole device pixels, as browsers paint boxes, borders, images and clips on a screen: a box at a
/// fractional position (below a line 21.8 px tall) would otherwise blend its edge rows with what lies under it, and
/// a border and a background of the same size would come out as different grey rows. Only raster canvases snap;
/// the PDF keeps exact positions.
/// </summary>
public static class PixelSnapping
{
    /// <summary>
    /// The rectangle with each edge rounded to the nearest device pixel under <paramref name="matrix"/> (scale and
    /// translation only; anything else is left as it is). Less than half a pixel across or down: empty, as a
    /// browser shows nothing there — unless <paramref name="atLeastOnePixel"/> (a border: browsers draw a
    /// thin border one device pixel wide rather than not at all).
    /// </summary>
    public static SKRect Snap(SKMatrix matrix, SKRect rect, bool atLeastOnePixel = false)
    {
        if (matrix.SkewX != 0 || matrix.SkewY != 0 || matrix.Persp0 != 0 || matrix.Persp1 != 0 || !matrix.TryInvert(out var inverse))
        {
            return rect;
        }

        var device = matrix.MapRect(rect);
        var left = MathF.Round(device.Left);
        var top = MathF.Round(device.Top);
        var right = MathF.Round(device.Right);
        var bottom = MathF.Round(device.Bottom);
        if (atLeastOnePixel)
        {
            if (right <= left && device.Width > 0)
            {
                right = left + 1;
            }

            if (bottom <= top && device.Height > 0)
            {
                bottom = top + 1;
            }
        }

        return right > left && bottom > top ? inverse.MapRect(new SKRect(left, top, right, bottom)) : SKRect.Empty;
    }

    /// <summary>
    /// A solid horizontal or vertical line of the given thickness (centred on the segment, butt ends) as the
    /// rectangle it covers; null for a slanted line.
    /// </summary>
    public static SKRect? AreaOf(SKPoint from, SKPoint to, float thickness)
    {
        var half = thickness / 2;
        if (from.Y == to.Y)
        {
            return new SKRect(Math.Min(from.X, to.X), from.Y - half, Math.Max(from.X, to.X), from.Y + half);
        }

        if (from.X == to.X)
        {
            return new SKRect(from.X - half, Math.Min(from.Y, to.Y), from.X + half, Math.Max(from.Y, to.Y));
        }

        return null;
    }
}
