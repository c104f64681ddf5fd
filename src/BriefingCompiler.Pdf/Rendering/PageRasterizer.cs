using SkiaSharp;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>Draws each page's paint list on a white raster surface: the PDF's own drawing code, on pixels.</summary>
public sealed class PageRasterizer(CanvasPainter painter)
{
    public IReadOnlyList<PageRaster> Rasterize(IReadOnlyList<PagePaint> pages, float dpi) => [.. pages.Select(page => Rasterize(page, dpi))];

    /// <summary>The most pixels one page's raster may have (an A4 page at 600 dpi has 35 million): about 200 MB of RGBA.</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>The longest side a page's raster may have, in pixels.</summary>
    public const int MaxSide = 16_384;

    /// <summary>
    /// <paramref name="dpi"/>, or less when the page at that resolution would exceed <see cref="MaxPixels"/> or
    /// <see cref="MaxSide"/>: a 14,400 pt page is drawn smaller instead of needing gigabytes.
    /// </summary>
    public static float FittingDpi(PagePaint page, float dpi)
    {
        var width = (double)page.Width * dpi / 72;
        var height = (double)page.Height * dpi / 72;
        var factor = Math.Min(1, Math.Min(Math.Sqrt(MaxPixels / Math.Max(1, width * height)), MaxSide / Math.Max(1, Math.Max(width, height))));
        // Rounded down a little, so the raster's rounded-up size stays within the bounds.
        return factor >= 1 ? dpi : (float)(dpi * factor * 0.999);
    }

    public PageRaster Rasterize(PagePaint page, float dpi)
    {
        var scale = FittingDpi(page, dpi) / 72f;
        var info = new SKImageInfo((int)MathF.Ceiling(page.Width * scale), (int)MathF.Ceiling(page.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"Skia could not make a {info.Width} × {info.Height} raster surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        painter.Paint(canvas, page, annotations: false);
        canvas.Flush();
        using var pixels = surface.PeekPixels() ?? throw new InvalidOperationException("The raster surface has no pixels to read.");
        var rowBytes = info.Width * PageRaster.BytesPerPixel;
        var rgba = new byte[rowBytes * info.Height];
        var source = pixels.GetPixelSpan();
        for (var row = 0; row < info.Height; row++)
        {
            source.Slice(row * pixels.RowBytes, rowBytes).CopyTo(rgba.AsSpan(row * rowBytes));
        }

        return new PageRaster(info.Width, info.Height, rgba);
    }
}
