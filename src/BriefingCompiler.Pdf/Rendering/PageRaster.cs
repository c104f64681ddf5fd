using SkiaSharp;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>
/// One page drawn at some resolution: <see cref="Width"/> × <see cref="Height"/> pixels, four bytes each (red,
/// green, blue, alpha; rows top to bottom, no padding) on an opaque white page. What the PNG previews encode, and
/// what pixel comparisons (the conformance reftests) read directly.
/// </summary>
public sealed record PageRaster(int Width, int Height, byte[] Rgba)
{
    public const int BytesPerPixel = 4;

    /// <summary>The page as a PNG file (zlib level 1: previews are for looking at, and level 6 costs three times as long for ~15 % less).</summary>
    public unsafe byte[] EncodePng()
    {
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        fixed (byte* pixels = Rgba)
        {
            using var pixmap = new SKPixmap(info, (IntPtr)pixels, Width * BytesPerPixel);
            using var data = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 1))
                ?? throw new InvalidOperationException("Skia could not encode the page as PNG.");
            return data.ToArray();
        }
    }
}
