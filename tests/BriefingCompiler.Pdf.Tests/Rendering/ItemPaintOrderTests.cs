using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Tests.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// Flex and grid items paint as inline-blocks do — each whole, background and text together, in the order the
/// container placed them — and one with a z-index makes a stacking context even when it is not positioned
/// (CSS Flexbox 1 §5.4, CSS Grid 1 §9.4).
/// </summary>
public class ItemPaintOrderTests
{
    private static PageRaster Raster(string body, string css)
    {
        var html = $$"""
            <!DOCTYPE html><html><head><style>body { margin: 0 } {{css}}</style></head><body>{{body}}</body></html>
            """;
        using var catalog = new FontCatalog();
        return new PdfRenderer(catalog).RenderRaster(html, new PdfRenderOptions { PageSize = new PageSize(150, 150), PageMargin = 0, PreviewDpi = 96 }).Pages.Single();
    }

    [Test]
    public void A_grid_item_with_z_index_paints_over_a_later_item_in_the_same_cell()
    {
        var raster = Raster(
            """<div id="grid"><div id="green"></div><div id="red"></div></div>""",
            """
            #grid { display: grid; grid-template: 100px / 100px }
            #grid > div { grid-area: 1 / 1 }
            #green { background: green; z-index: 1 }
            #red { background: red }
            """);

        Assert.That(ImagePaintingTests.Pixel(raster, 50, 50), Is.EqualTo(new SKColor(0, 128, 0)));
    }

    [Test]
    public void A_later_grid_item_covers_the_text_of_an_earlier_one_in_the_same_cell()
    {
        // Painted in layers (all backgrounds, then all text) the red block of the first item would show through.
        var raster = Raster(
            """<div id="grid"><div id="text">&#x2588;</div><div id="cover"></div></div>""",
            """
            #grid { display: grid; grid-template: 100px / 100px }
            #grid > div { grid-area: 1 / 1 }
            #text { font: 100px/1 "Noto Sans Mono"; color: red }
            #cover { background: green }
            """);

        Assert.That(ImagePaintingTests.Pixel(raster, 30, 50), Is.EqualTo(new SKColor(0, 128, 0)));
    }

    [Test]
    public void A_flex_item_with_a_negative_z_index_paints_under_its_container_siblings_in_flow()
    {
        // The red item is pulled under the green one by a negative margin; with z-index: -1 it goes below.
        var raster = Raster(
            """<div id="flex"><div id="green"></div><div id="red"></div></div>""",
            """
            #flex { display: flex }
            #flex > div { width: 100px; height: 100px }
            #green { background: green }
            #red { background: red; margin-left: -100px; z-index: -1 }
            """);

        Assert.That(ImagePaintingTests.Pixel(raster, 50, 50), Is.EqualTo(new SKColor(0, 128, 0)));
    }

    [Test]
    public void In_right_to_left_the_grid_order_still_mirrors()
    {
        var raster = Raster(
            """<div id="grid" dir="rtl"><div id="first"></div><div id="second"></div></div>""",
            """
            #grid { display: grid; grid-template-columns: 50px 50px; width: 100px }
            #grid > div { height: 50px }
            #first { background: green; z-index: 1 }
            #second { background: blue }
            """);

        Assert.That(ImagePaintingTests.Pixel(raster, 75, 25), Is.EqualTo(new SKColor(0, 128, 0)), "the first column is on the right");
        Assert.That(ImagePaintingTests.Pixel(raster, 25, 25), Is.EqualTo(new SKColor(0, 0, 255)));
    }
}
