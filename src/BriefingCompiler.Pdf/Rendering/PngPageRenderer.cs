using SkiaSharp;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>Draws each page's paint list on a white raster surface and encodes it as PNG: previews made by the PDF's own drawing code.</summary>
public sealed class PngPageRenderer(CanvasPainter painter)
{
    public IReadOnlyList<byte[]> Render(IReadOnlyList<PagePaint> pages, float dpi)
    {
        var scale = dpi / 72f;
        var images = new List<byte[]>(pages.Count);
        foreach (var page in pages)
        {
            var info = new SKImageInfo((int)MathF.Ceiling(page.Width * scale), (int)MathF.Ceiling(page.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
            using var surface = SKSurface.Create(info);
            var canvas = surface.Canvas;
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            painter.Paint(canvas, page, annotations: false);
            canvas.Flush();
            using var image = surface.Snapshot();
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            images.Add(data.ToArray());
        }

        return images;
    }
}
