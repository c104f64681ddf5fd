using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Tests.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// The table layers below cells (CSS 2.1 17.5.1): column groups, columns, row groups and rows paint their backgrounds
/// behind their cells (never in the spacing between them), in that order, under the cells' own; an image is placed in
/// the part's own box.
/// </summary>
public class TablePartBackgroundTests
{
    private static PageRaster Raster(string body, string? resourceFolder = null)
    {
        using var catalog = new FontCatalog();
        var html = "<!DOCTYPE html><html><head><style>body { margin: 0 } table { border-spacing: 0; table-layout: fixed; width: 200px }"
            + " td { height: 50px; padding: 0 }</style></head><body>" + body + "</body></html>";
        return new PdfRenderer(catalog).RenderRaster(html, new PdfRenderOptions { PageSize = new PageSize(300, 200), PageMargin = 0, PreviewDpi = 96, ResourceFolder = resourceFolder }).Pages.Single();
    }


    [Test]
    public void A_row_groups_background_shows_behind_its_cells()
    {
        var raster = Raster("<table><tbody style='background: #000000'><tr><td></td><td>x</td></tr></tbody>"
            + "<tbody><tr><td></td><td></td></tr></tbody></table>");

        RasterColours.AssertAt(raster,
            (20, 20, SKColors.Black, "first group, first cell"),
            (120, 45, SKColors.Black, "first group, second cell"),
            (20, 70, SKColors.White, "the second group has no background"));
    }

    [Test]
    public void Columns_paint_below_row_groups_and_rows_paint_above_both()
    {
        var raster = Raster("<table><colgroup style='background: #0000ff'><col style='background: #00ff00'/><col/></colgroup>"
            + "<tbody><tr><td></td><td></td></tr></tbody>"
            + "<tbody style='background: #ff0000'><tr><td></td><td></td></tr><tr style='background: #ffff00'><td></td><td></td></tr></tbody></table>");

        RasterColours.AssertAt(raster,
            (20, 20, SKColors.Lime, "the column over its group"),
            (120, 20, SKColors.Blue, "a column without a background shows its group's"),
            (20, 70, SKColors.Red, "the row group over the column"),
            (120, 120, SKColors.Yellow, "the row over its group"));
    }

    [Test]
    public void Css_table_displays_on_divs_have_the_same_layers()
    {
        var raster = Raster("<div style='display: table; width: 200px; table-layout: fixed'>"
            + "<div style='display: table-column; background: #0000ff'></div>"
            + "<div style='display: table-row-group'><div style='display: table-row'><div style='display: table-cell; height: 50px'></div>"
            + "<div style='display: table-cell; height: 50px'></div></div></div></div>");

        Assert.That(ImagePaintingTests.Pixel(raster, 20, 20), Is.EqualTo(SKColors.Blue));
        Assert.That(ImagePaintingTests.Pixel(raster, 150, 20), Is.EqualTo(SKColors.White), "one column only");
    }

    [Test]
    public void A_rows_background_shows_behind_its_cells_and_not_in_the_spacing_between_them()
    {
        // border-spacing 10px: cells of 85px at x 10-95 and 105-190, y 10-60.
        var raster = Raster("<table style='border-spacing: 10px'><tr style='background: #ff0000'><td></td><td></td></tr></table>");

        RasterColours.AssertAt(raster,
            (50, 30, SKColors.Red, "behind the first cell"),
            (150, 30, SKColors.Red, "behind the second cell"),
            (100, 30, SKColors.White, "the spacing between the cells"),
            (195, 30, SKColors.White, "the spacing after the last cell"));
    }

    [Test]
    public void A_column_groups_background_image_is_placed_in_the_groups_box_and_runs_on_across_its_columns()
    {
        // A 100 x 50 image, its left half red and its right half blue, not repeated, behind a group of two 50px
        // columns: placed in the group's box, its blue half is behind the second column (placed in each cell, the
        // second cell would start red).
        var folder = Directory.CreateTempSubdirectory("briefc-colgroup-").FullName;
        File.WriteAllBytes(Path.Combine(folder, "tile.png"), TestImages.Png(100, 50));
        var raster = Raster("<table style='width: 100px'><colgroup style='background: url(tile.png) no-repeat'><col/><col/></colgroup>"
            + "<tr><td></td><td></td></tr></table>", folder);
        Directory.Delete(folder, recursive: true);

        RasterColours.AssertAt(raster,
            (10, 25, SKColors.Red, "the first column"),
            (60, 25, SKColors.Blue, "the second column"));
    }

    [Test]
    public void A_collapsed_tables_outer_corners_are_covered_by_the_cells_borders()
    {
        var raster = Raster("<table style='border-collapse: collapse; background: #ff0000'><tr><td style='border: 20px solid #0000ff'></td></tr></table>");

        RasterColours.AssertAt(raster,
            (3, 3, SKColors.Blue, "top left"),
            (196, 3, SKColors.Blue, "top right"),
            (3, 86, SKColors.Blue, "bottom left: the 50px cell and its 20px borders end at 90px"));
    }

    [Test]
    public void Height_zero_makes_a_box_with_no_content_height_its_text_overflows()
    {
        // CSS 2.1 10.5: height: 0 is a used height of 0 (the background shows nowhere); before, 0 read as "not set".
        var raster = Raster("<div style='height: 0; background: #ff0000; font-size: 40px'>Filler</div><div style='height: 20px; background: #0000ff'></div>");

        Assert.That(ImagePaintingTests.Pixel(raster, 150, 5), Is.EqualTo(SKColors.Blue), "the next box starts at 0");
        Assert.That(ImagePaintingTests.Pixel(raster, 150, 25), Is.EqualTo(SKColors.White), "no red: the first box is 0 tall");
    }
}
