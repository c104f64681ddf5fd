using SkiaSharp;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>Draws each page's paint list on a white raster surface: the PDF's own drawing code, on pixels.</summary>
public sealed class PageRasterizer(CanvasPainter painter)
{
    public IReadOnlyList<PageRaster> Rasterize(IReadOnlyList<PagePaint> pages, float dpi) => [.. pages.Select(page => Rasterize(page, dpi))];

    public PageRaster Rasterize(PagePaint page, float dpi)
    {
        var scale = dpi / 72f;
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
