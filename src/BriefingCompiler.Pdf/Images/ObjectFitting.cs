using SkiaSharp;

namespace BriefingCompiler.Pdf.Images;

/// <summary>
/// Where an image goes inside a box (CSS Images 3, object-fit and object-position; also background-size and
/// background-position, which follow the same geometry): a pure function of sizes.
/// </summary>
public static class ObjectFitting
{
    /// <summary>
    /// The rectangle the whole image is mapped onto inside <paramref name="box"/>: <c>fill</c> stretches it to the
    /// box; <c>contain</c>/<c>cover</c> scale it evenly to fit inside / cover the box; <c>none</c> keeps its own
    /// size; <c>scale-down</c> is the smaller of none and contain. <paramref name="position"/> places what is left
    /// over: (0, 0) top left, (0.5, 0.5) centred (fractions of the free space; or points with <paramref name="positionInPoints"/>).
    /// </summary>
    public static SKRect Place(SKRect box, IntrinsicSize intrinsic, ObjectFit fit, (float X, float Y) position, bool positionInPoints = false)
    {
        var (width, height) = NaturalSize(intrinsic, box.Width, box.Height);
        (float W, float H) size = fit switch
        {
            ObjectFit.Fill => (box.Width, box.Height),
            ObjectFit.None => (width, height),
            ObjectFit.Contain => Scaled(width, height, Math.Min(box.Width / width, box.Height / height)),
            ObjectFit.Cover => Scaled(width, height, Math.Max(box.Width / width, box.Height / height)),
            _ => Scaled(width, height, Math.Min(1, Math.Min(box.Width / width, box.Height / height))),
        };
        var left = box.Left + (positionInPoints ? position.X : (box.Width - size.W) * position.X);
        var top = box.Top + (positionInPoints ? position.Y : (box.Height - size.H) * position.Y);
        return SKRect.Create(left, top, size.W, size.H);
    }

    private static (float, float) Scaled(float width, float height, float scale) =>
        float.IsFinite(scale) ? (width * scale, height * scale) : (width, height);

    /// <summary>The image's own size, what is missing taken from its ratio and the box (a vector image without a size fills the box).</summary>
    public static (float Width, float Height) NaturalSize(IntrinsicSize intrinsic, float boxWidth, float boxHeight)
    {
        float width, height;
        if (intrinsic is { Width: > 0 and var w, Height: > 0 and var h })
            (width, height) = (w, h);
        else if (intrinsic.Ratio is > 0 and var ratio)
        {
            if (intrinsic.Width is > 0 and var ww)
                (width, height) = (ww, ww / ratio);
            else if (intrinsic.Height is > 0 and var hh)
                (width, height) = (hh * ratio, hh);
            else
                (width, height) = boxWidth / ratio <= boxHeight ? (boxWidth, boxWidth / ratio) : (boxHeight * ratio, boxHeight);
        }
        else
            (width, height) = (boxWidth, boxHeight);
        return (Math.Max(width, 0.01f), Math.Max(height, 0.01f));
    }
}
