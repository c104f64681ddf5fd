using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Tests.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// position: absolute and fixed (CSS 2.1 9.6, 10.3.7, 10.6.4), z-index and the canvas background, read from the
/// pixels of pages 300 × 200 px with no margin.
/// </summary>
public class AbsolutePositionTests
{
    /// <summary>A body on a 300 × 200 px page without margins, at 96 dpi (other rendering tests draw theirs with it too).</summary>
    internal static PageRaster Raster(string body, string style = "")
    {
        using var catalog = new FontCatalog();
        var html = "<!DOCTYPE html><html><head><style>body { margin: 0 } " + style + "</style></head><body>" + body + "</body></html>";
        return new PdfRenderer(catalog).RenderRaster(html, new PdfRenderOptions { PageSize = new PageSize(225, 150), PageMargin = 0, PreviewDpi = 96 }).Pages.Single();
    }


    [Test]
    public void An_absolute_box_between_top_and_bottom_is_capped_by_max_height_and_centred_by_auto_margins()
    {
        var raster = Raster("<div style='position: relative; width: 100px; height: 100px'>"
            + "<div style='position: absolute; top: 0; bottom: 0; left: 0; right: 0; margin: auto; max-width: 34px; max-height: 34px; background: #ff0000'></div></div>");

        Assert.Multiple(() =>
        {
            // 34 × 34 px in the middle of the 100 × 100 px block: (33, 33)–(67, 67).
            Assert.That(ImagePaintingTests.Pixel(raster, 34, 34), Is.EqualTo(SKColors.Red));
            Assert.That(ImagePaintingTests.Pixel(raster, 66, 66), Is.EqualTo(SKColors.Red));
            Assert.That(ImagePaintingTests.Pixel(raster, 50, 31), Is.EqualTo(SKColors.White));
            Assert.That(ImagePaintingTests.Pixel(raster, 50, 69), Is.EqualTo(SKColors.White));
        });
    }

    [Test]
    public void An_absolute_box_is_placed_in_its_positioned_ancestors_padding_box_and_takes_no_room()
    {
        var raster = Raster("<div style='position: relative; margin-left: 50px; padding: 10px; height: 80px; border: 5px solid #000000'>"
            + "<div style='position: absolute; left: 20px; top: 30px; width: 40px; height: 20px; background: #ff0000'></div>"
            + "<div style='height: 10px; background: #0000ff'></div></div>");

        Assert.Multiple(() =>
        {
            // Padding box of the ancestor starts at (55, 5): the box goes to (75, 35)–(115, 55).
            Assert.That(ImagePaintingTests.Pixel(raster, 76, 36), Is.EqualTo(SKColors.Red));
            Assert.That(ImagePaintingTests.Pixel(raster, 114, 54), Is.EqualTo(SKColors.Red));
            Assert.That(ImagePaintingTests.Pixel(raster, 74, 36), Is.EqualTo(SKColors.White));
            Assert.That(ImagePaintingTests.Pixel(raster, 116, 54), Is.EqualTo(SKColors.White));
            // The next child in flow starts at the content top (15 px), as if the absolute box were not there.
            Assert.That(ImagePaintingTests.Pixel(raster, 100, 16), Is.EqualTo(SKColors.Blue));
        });
    }

    [Test]
    public void Right_and_bottom_place_it_from_the_far_edges_and_left_with_right_stretches_it()
    {
        var raster = Raster("<div style='position: absolute; right: 10px; bottom: 20px; width: 30px; height: 30px; background: #ff0000'></div>"
            + "<div style='position: absolute; left: 10px; right: 10px; top: 5px; height: 10px; background: #0000ff'></div>");

        Assert.Multiple(() =>
        {
            // The page area (300 × 200 px) is the initial containing block.
            Assert.That(ImagePaintingTests.Pixel(raster, 289, 179), Is.EqualTo(SKColors.Red));
            Assert.That(ImagePaintingTests.Pixel(raster, 261, 151), Is.EqualTo(SKColors.Red));
            Assert.That(ImagePaintingTests.Pixel(raster, 291, 179), Is.EqualTo(SKColors.White));
            Assert.That(ImagePaintingTests.Pixel(raster, 11, 10), Is.EqualTo(SKColors.Blue));
            Assert.That(ImagePaintingTests.Pixel(raster, 288, 10), Is.EqualTo(SKColors.Blue));
            Assert.That(ImagePaintingTests.Pixel(raster, 291, 10), Is.EqualTo(SKColors.White));
        });
    }

    [Test]
    public void Without_offsets_it_stays_at_its_static_position_and_shrinks_to_fit()
    {
        var raster = Raster("<div style='height: 40px'></div><div style='position: absolute; background: #ff0000'><div style='width: 25px; height: 25px'></div></div>");

        Assert.That(ImagePaintingTests.Pixel(raster, 10, 50), Is.EqualTo(SKColors.Red), "at y = 40 px, where it would have been");
        Assert.That(ImagePaintingTests.Pixel(raster, 30, 50), Is.EqualTo(SKColors.White), "as wide as its content, not the page");
    }

    [Test]
    public void Positioned_boxes_paint_over_later_content_in_flow_in_z_index_order()
    {
        var raster = Raster("<div style='position: absolute; top: 0; left: 0; width: 100px; height: 100px; background: #00ff00; z-index: 2'></div>"
            + "<div style='position: absolute; top: 0; left: 0; width: 150px; height: 150px; background: #ff0000; z-index: 1'></div>"
            + "<div style='position: absolute; top: 0; left: 0; width: 200px; height: 200px; background: #0000ff; z-index: -1'></div>"
            + "<div style='height: 180px; width: 180px; background: #ffff00'></div>");

        Assert.Multiple(() =>
        {
            Assert.That(ImagePaintingTests.Pixel(raster, 50, 50), Is.EqualTo(SKColors.Lime), "z-index 2 on top");
            Assert.That(ImagePaintingTests.Pixel(raster, 120, 120), Is.EqualTo(SKColors.Red), "z-index 1 over the block in flow");
            Assert.That(ImagePaintingTests.Pixel(raster, 170, 170), Is.EqualTo(SKColors.Yellow), "the block in flow over z-index -1");
            Assert.That(ImagePaintingTests.Pixel(raster, 190, 190), Is.EqualTo(SKColors.Blue));
        });
    }

    [Test]
    public void Positioned_boxes_of_equal_z_index_paint_in_tree_order_an_absolute_box_under_a_later_relative_sibling()
    {
        // The absolute box waits for its containing block as a placeholder; back in its parent it keeps its place in the
        // tree, before the relatively positioned sibling that follows it (CSS 2.1 Appendix E, step 8).
        var raster = Raster("<div style='position: relative'>"
            + "<div style='position: absolute; width: 100px; height: 50px; background: #ff0000'></div>"
            + "<div style='position: relative; height: 50px; background: #0000ff'></div></div>");

        Assert.That(ImagePaintingTests.Pixel(raster, 50, 25), Is.EqualTo(SKColors.Blue));
    }

    [Test]
    public void One_auto_margin_takes_the_room_left_between_set_offsets_and_size()
    {
        // CSS 2.1 10.3.7 and 10.6.4: left, width, right (top, height, bottom) all set; the auto margin is solved for.
        var raster = Raster("<div style='position: relative; width: 200px; height: 100px'>"
            + "<div style='position: absolute; left: 10px; right: 10px; width: 50px; margin-left: auto; top: 10px; bottom: 10px; height: 30px; margin-top: auto; background: #ff0000'></div></div>");

        Assert.Multiple(() =>
        {
            // At (140, 60)–(190, 90): the margins take 130 px and 50 px.
            Assert.That(ImagePaintingTests.Pixel(raster, 141, 61), Is.EqualTo(SKColors.Red));
            Assert.That(ImagePaintingTests.Pixel(raster, 189, 89), Is.EqualTo(SKColors.Red));
            Assert.That(ImagePaintingTests.Pixel(raster, 138, 61), Is.EqualTo(SKColors.White));
            Assert.That(ImagePaintingTests.Pixel(raster, 141, 58), Is.EqualTo(SKColors.White));
        });
    }

    [Test]
    public void In_a_right_to_left_parent_the_static_position_is_at_its_right_edge()
    {
        var raster = Raster("<div style='direction: rtl; width: 200px'>"
            + "<div style='position: absolute; width: 40px; height: 20px; background: #ff0000'></div></div>");

        Assert.Multiple(() =>
        {
            Assert.That(ImagePaintingTests.Pixel(raster, 161, 10), Is.EqualTo(SKColors.Red));
            Assert.That(ImagePaintingTests.Pixel(raster, 199, 10), Is.EqualTo(SKColors.Red));
            Assert.That(ImagePaintingTests.Pixel(raster, 158, 10), Is.EqualTo(SKColors.White));
        });
    }

    [Test]
    public void Shrink_to_fit_ignores_absolute_children_and_respects_max_width()
    {
        // The outer box shrinks around its 60 px child in flow, not its 150 px absolute one; the inner one is capped at
        // 30 px by max-width although its content is wider.
        var raster = Raster("<div style='position: absolute; background: #ff0000'>"
            + "<div style='position: absolute; width: 150px; height: 5px'></div>"
            + "<div style='width: 60px; height: 20px'></div>"
            + "<div style='position: absolute; top: 30px; background: #0000ff'><div style='display: inline-block; max-width: 30px; height: 20px'><div style='width: 80px'></div></div></div></div>");

        Assert.Multiple(() =>
        {
            Assert.That(ImagePaintingTests.Pixel(raster, 58, 10), Is.EqualTo(SKColors.Red));
            Assert.That(ImagePaintingTests.Pixel(raster, 62, 10), Is.EqualTo(SKColors.White));
            Assert.That(ImagePaintingTests.Pixel(raster, 28, 40), Is.EqualTo(SKColors.Blue));
            Assert.That(ImagePaintingTests.Pixel(raster, 32, 40), Is.EqualTo(SKColors.White));
        });
    }

    [Test]
    public void An_overflow_clip_applies_when_the_clipping_box_is_the_containing_block()
    {
        var raster = Raster("<div style='position: relative; overflow: hidden; width: 100px; height: 50px'>"
            + "<div style='position: absolute; top: 0; left: 0; width: 200px; height: 100px; background: #ff0000'></div></div>");

        Assert.That(ImagePaintingTests.Pixel(raster, 50, 25), Is.EqualTo(SKColors.Red));
        Assert.That(ImagePaintingTests.Pixel(raster, 150, 25), Is.EqualTo(SKColors.White), "clipped at the containing block's padding box");
        Assert.That(ImagePaintingTests.Pixel(raster, 50, 75), Is.EqualTo(SKColors.White));
    }

    [Test]
    public void Percentage_heights_resolve_against_a_containing_block_of_known_height()
    {
        var raster = Raster("<div style='height: 100px'><div style='height: 50%; background: #ff0000'></div></div>"
            + "<div style='position: absolute; top: 0; left: 200px; width: 10px; height: 25%; background: #0000ff'></div>");

        Assert.Multiple(() =>
        {
            Assert.That(ImagePaintingTests.Pixel(raster, 10, 49), Is.EqualTo(SKColors.Red));
            Assert.That(ImagePaintingTests.Pixel(raster, 10, 51), Is.EqualTo(SKColors.White));
            Assert.That(ImagePaintingTests.Pixel(raster, 205, 49), Is.EqualTo(SKColors.Blue), "25 % of the 200 px page area");
            Assert.That(ImagePaintingTests.Pixel(raster, 205, 51), Is.EqualTo(SKColors.White));
        });
    }

    [Test]
    public void A_fixed_box_is_repeated_on_every_page()
    {
        using var catalog = new FontCatalog();
        var html = "<!DOCTYPE html><html><head><style>body { margin: 0 }</style></head><body>"
            + "<div style='height: 180px'></div><div style='position: fixed; right: 0; bottom: 0; width: 20px; height: 20px; background: #ff0000'></div>"
            + "<div style='height: 180px'></div><div style='height: 180px'></div></body></html>";
        var pages = new PdfRenderer(catalog).RenderRaster(html, new PdfRenderOptions { PageSize = new PageSize(225, 150), PageMargin = 0, PreviewDpi = 96 }).Pages;

        Assert.That(pages, Has.Count.EqualTo(3));
        Assert.That(pages.Select(page => ImagePaintingTests.Pixel(page, 290, 190)), Is.All.EqualTo(SKColors.Red), "bottom right of every page");
        Assert.That(pages.Select(page => ImagePaintingTests.Pixel(page, 270, 190)), Is.All.EqualTo(SKColors.White));
    }

    [Test]
    public void An_absolute_child_of_a_flex_container_is_not_an_item()
    {
        var raster = Raster("<div style='display: flex; position: relative; width: 200px'>"
            + "<div style='width: 50px; height: 50px; background: #00ff00'></div>"
            + "<div style='position: absolute; top: 60px; left: 0; width: 30px; height: 30px; background: #ff0000'></div>"
            + "<div style='width: 50px; height: 50px; background: #0000ff'></div></div>");

        Assert.That(ImagePaintingTests.Pixel(raster, 75, 25), Is.EqualTo(SKColors.Blue), "the next item follows the first directly");
        Assert.That(ImagePaintingTests.Pixel(raster, 15, 75), Is.EqualTo(SKColors.Red), "the absolute box where its offsets put it");
    }

    [Test]
    public void The_root_background_covers_the_whole_page()
    {
        var raster = Raster("<p style='margin: 0'>x</p>", "html { background: #00ff00; margin: 40px }");

        Assert.That(ImagePaintingTests.Pixel(raster, 2, 2), Is.EqualTo(SKColors.Lime), "the canvas, outside the root's box");
        Assert.That(ImagePaintingTests.Pixel(raster, 297, 197), Is.EqualTo(SKColors.Lime));
    }
}
