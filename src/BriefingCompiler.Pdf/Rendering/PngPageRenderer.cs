namespace BriefingCompiler.Pdf.Rendering;

/// <summary>Draws each page's paint list on a white raster surface and encodes it as PNG: previews drawn from the paint lists the PDF is written from.</summary>
public sealed class PngPageRenderer
{
    public IReadOnlyList<byte[]> Render(IReadOnlyList<PagePaint> pages, float dpi)
    {
        var rasterizer = new PageRasterizer();
        return [.. pages.Select(page => rasterizer.Rasterize(page, dpi).EncodePng())];
    }
}
