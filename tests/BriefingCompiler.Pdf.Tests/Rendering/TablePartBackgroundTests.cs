using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Tests.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// The table layers below rows (CSS 2.1 17.5.1): column groups, columns and row groups paint their backgrounds
/// behind their cells, in that order, under the rows' and the cells' own.
/// </summary>
public class TablePartBackgroundTests
{
    private static PageRaster Raster(string body)
    {
        using var catalog = new FontCatalog();
        var html = "<!DOCTYPE html><html><head><style>body { margin: 0 } table { border-spacing: 0; table-layout: fixed; width: 200px }"
            + " td { height: 50px; padding: 0 }</style></head><body>" + body + "</body></html>";
        return new PdfRenderer(catalog).RenderRaster(html, new PdfRenderOptions { PageSize = new PageSize(300, 200), PageMargin = 0, PreviewDpi = 96 }).Pages.Single();
    }


    [Test]
    public void A_row_groups_background_shows_behind_its_cells()
    {
        var raster = Raster("<table><tbody style='background: #000000'><tr><td></td><td>x</td></tr></tbody>"
            + "<tbody><tr><td></td><td></td></tr></tbody></table>");

        Assert.Multiple(() =>
        {
            Assert.That(ImagePaintingTests.Pixel(raster, 20, 20), Is.EqualTo(SKColors.Black), "first group, first cell");
            Assert.That(ImagePaintingTests.Pixel(raster, 120, 45), Is.EqualTo(SKColors.Black), "first group, second cell");
            Assert.That(ImagePaintingTests.Pixel(raster, 20, 70), Is.EqualTo(SKColors.White), "the second group has no background");
        });
    }

    [Test]
    public void Columns_paint_below_row_groups_and_rows_paint_above_both()
    {
        var raster = Raster("<table><colgroup style='background: #0000ff'><col style='background: #00ff00'/><col/></colgroup>"
            + "<tbody><tr><td></td><td></td></tr></tbody>"
            + "<tbody style='background: #ff0000'><tr><td></td><td></td></tr><tr style='background: #ffff00'><td></td><td></td></tr></tbody></table>");

        Assert.Multiple(() =>
        {
            Assert.That(ImagePaintingTests.Pixel(raster, 20, 20), Is.EqualTo(SKColors.Lime), "the column over its group");
            Assert.That(ImagePaintingTests.Pixel(raster, 120, 20), Is.EqualTo(SKColors.Blue), "a column without a background shows its group's");
            Assert.That(ImagePaintingTests.Pixel(raster, 20, 70), Is.EqualTo(SKColors.Red), "the row group over the column");
            Assert.That(ImagePaintingTests.Pixel(raster, 120, 120), Is.EqualTo(SKColors.Yellow), "the row over its group");
        });
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
    public void Height_zero_makes_a_box_with_no_content_height_its_text_overflows()
    {
        // CSS 2.1 10.5: height: 0 is a used height of 0 (the background shows nowhere); before, 0 read as "not set".
        var raster = Raster("<div style='height: 0; background: #ff0000; font-size: 40px'>Filler</div><div style='height: 20px; background: #0000ff'></div>");

        Assert.That(ImagePaintingTests.Pixel(raster, 150, 5), Is.EqualTo(SKColors.Blue), "the next box starts at 0");
        Assert.That(ImagePaintingTests.Pixel(raster, 150, 25), Is.EqualTo(SKColors.White), "no red: the first box is 0 tall");
    }
}
