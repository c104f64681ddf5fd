namespace BriefingCompiler.Pdf.Rendering;

/// <summary>Draws each page's paint list on a white raster surface and encodes it as PNG: previews made by the PDF's own drawing code.</summary>
public sealed class PngPageRenderer(CanvasPainter painter)
{
    public IReadOnlyList<byte[]> Render(IReadOnlyList<PagePaint> pages, float dpi)
    {
        var rasterizer = new PageRasterizer(painter);
        return [.. pages.Select(page => rasterizer.Rasterize(page, dpi).EncodePng())];
    }
}
