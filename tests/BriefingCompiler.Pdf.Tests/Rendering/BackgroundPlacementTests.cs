using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Tests.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// Which box a background image is placed in (CSS Backgrounds 3 §3.5, §3.10): a row group's or column's own box,
/// shown in each of its cells; and, with <c>background-attachment: fixed</c>, the page box, shown in the element's box.
/// </summary>
public class BackgroundPlacementTests
{
    /// <summary>20 × 20 px: the left half red, the right half blue.</summary>
    private static readonly string Folder = Directory.CreateTempSubdirectory("briefc-background-placement-").FullName;

    private const string Tile = "tile.png";

    static BackgroundPlacementTests() => File.WriteAllBytes(Path.Combine(Folder, Tile), TestImages.Png(20, 20));

    private static PageRaster Raster(string style, string body)
    {
        using var catalog = new FontCatalog();
        var html = $"<!DOCTYPE html><html><head><style>body {{ margin: 0 }} table {{ border-spacing: 0 }} td {{ width: 40px; height: 40px; padding: 0 }} {style}</style></head><body>{body}</body></html>";
        return new PdfRenderer(catalog).RenderRaster(html, new PdfRenderOptions { PageSize = new PageSize(300, 200), PageMargin = 0, PreviewDpi = 96, ResourceFolder = Folder }).Pages[0];
    }

    private const string TwoByTwo = "<table><tbody><tr><td></td><td></td></tr><tr><td></td><td></td></tr></tbody></table>";

    [Test]
    public void A_row_groups_image_is_placed_in_the_row_groups_box_not_in_each_cell()
    {
        var raster = Raster($"tbody {{ background: url({Tile}) no-repeat right bottom }}", TwoByTwo);

        Assert.Multiple(() =>
        {
            Assert.That(ImagePaintingTests.Pixel(raster, 65, 70), Is.EqualTo(SKColors.Red), "at the group's bottom right");
            Assert.That(ImagePaintingTests.Pixel(raster, 75, 70), Is.EqualTo(SKColors.Blue));
            Assert.That(ImagePaintingTests.Pixel(raster, 35, 30), Is.EqualTo(SKColors.White), "not at the first cell's bottom right");
        });
    }

    [Test]
    public void A_columns_image_is_placed_in_the_columns_box()
    {
        var raster = Raster($"col {{ background: url({Tile}) no-repeat left bottom }}", "<table><col><col>" + TwoByTwo[7..]);

        Assert.Multiple(() =>
        {
            Assert.That(ImagePaintingTests.Pixel(raster, 5, 70), Is.EqualTo(SKColors.Red), "at the column's bottom, in the last row");
            Assert.That(ImagePaintingTests.Pixel(raster, 5, 30), Is.EqualTo(SKColors.White), "not at the first cell's bottom");
        });
    }

    [Test]
    public void A_fixed_background_is_placed_in_the_page_box_and_shown_in_the_elements_box()
    {
        var raster = Raster($".f {{ height: 60px; width: 60px; background: url({Tile}) repeat-x fixed }}", "<div style=\"height: 10px\"></div><div class=\"f\"></div>");

        Assert.Multiple(() =>
        {
            Assert.That(ImagePaintingTests.Pixel(raster, 5, 15), Is.EqualTo(SKColors.Red), "the tile starts at the page's top, 10 px above the box");
            Assert.That(ImagePaintingTests.Pixel(raster, 5, 25), Is.EqualTo(SKColors.White), "so it ends 10 px into the box");
            Assert.That(ImagePaintingTests.Pixel(raster, 5, 5), Is.EqualTo(SKColors.White), "nothing outside the box");
        });
    }
}
