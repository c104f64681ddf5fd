using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Tests.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// A glyph edge that falls on a pixel boundary is a sharp edge in a raster, as in a browser: hundreds of W3C reftests
/// draw squares of Ahem text over red and compare them with boxes. Drawn through the page's points-to-pixels scale,
/// Skia left the last column of a full block partly covered.
/// </summary>
public class RasterGlyphEdgeTests
{
    [Test]
    public void A_full_block_60_px_wide_covers_whole_columns_0_to_59()
    {
        // Noto Sans Mono's U+2588 is 0.6 em wide, from the pen position: 60 px at 100 px, starting at x = 0.
        const string html = """
            <!DOCTYPE html><html><head><style>body { margin: 0 }
            div { font: 100px/1 "Noto Sans Mono"; color: black }</style></head><body><div>&#x2588;</div></body></html>
            """;
        using var catalog = new FontCatalog();
        var raster = new PdfRenderer(catalog).RenderRaster(html, new PdfRenderOptions { PageSize = new PageSize(150, 150), PageMargin = 0, PreviewDpi = 96 }).Pages.Single();

        int[] row = [.. new[] { 0, 1, 58, 59, 60, 61 }.Select(x => (int)ImagePaintingTests.Pixel(raster, x, 50).Red)];
        // Sharp to within 1 %: glyphs are filled as outlines (at quarter-pixel x, as Skia's glyph cache placed them), and
        // Skia's anti-aliasing leaves 2 of 255 in column 60 — invisible, where the old drawing left a column half covered.
        Assert.That(row.Select(r => r is <= 3 ? 0 : r >= 252 ? 255 : r), Is.EqualTo(new[] { 0, 0, 0, 0, 255, 255 }), string.Join(",", row));
    }
}
