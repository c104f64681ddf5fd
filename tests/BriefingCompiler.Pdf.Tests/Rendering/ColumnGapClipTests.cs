using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Tests.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// Content that overflows a column into a column gap is clipped in the middle of the gap (CSS Multi-column 1 §8.1);
/// the outer sides of the first and last columns are not clipped (the container's overflow decides, visible here).
/// Two 90 px columns with a 20 px gap: the first starts at 0, the gap's middle is at 100, the second ends at 200.
/// </summary>
public class ColumnGapClipTests
{
    private static readonly SKColor White = new(255, 255, 255);
    private static readonly SKColor Green = new(0, 128, 0);

    private static PageRaster Raster(string css)
    {
        var html = $$"""
            <!DOCTYPE html><html><head><style>
            body { margin: 0 }
            #columns { width: 200px; column-count: 2; column-gap: 20px }
            #columns > div { height: 50px; line-height: 0 }
            span { display: inline-block; height: 50px; width: 80px }
            {{css}}
            </style></head><body><div id="columns"><div><span id="first"></span></div><div><span id="second"></span></div></div></body></html>
            """;
        using var catalog = new FontCatalog();
        return new PdfRenderer(catalog).RenderRaster(html, new PdfRenderOptions { PageSize = new PageSize(225, 75), PageMargin = 0, PreviewDpi = 96 }).Pages.Single();
    }

    [Test]
    public void An_inline_block_wider_than_its_column_is_cut_in_the_middle_of_the_gap()
    {
        var raster = Raster("#first { width: 150px; background: green }");

        Assert.That(ImagePaintingTests.Pixel(raster, 95, 25), Is.EqualTo(Green), "the first half of the gap shows the overflow");
        Assert.That(ImagePaintingTests.Pixel(raster, 105, 25), Is.EqualTo(White), "past the gap's middle nothing of the first column is painted");
        Assert.That(ImagePaintingTests.Pixel(raster, 140, 25), Is.EqualTo(White));
    }

    [Test]
    public void The_last_column_overflows_the_container_unclipped()
    {
        var raster = Raster("#second { width: 150px; background: green }");

        Assert.That(ImagePaintingTests.Pixel(raster, 115, 25), Is.EqualTo(Green), "the second column starts at 110");
        Assert.That(ImagePaintingTests.Pixel(raster, 240, 25), Is.EqualTo(Green), "past the container's right edge at 200");
    }

    [Test]
    public void In_right_to_left_the_first_column_is_on_the_right_and_cut_at_the_gap_on_its_left()
    {
        var raster = Raster("#columns { direction: rtl } #first { width: 150px; background: green }");

        // The first column runs from 110 to 200; its line starts at the right, the block overflows to the left.
        Assert.That(ImagePaintingTests.Pixel(raster, 150, 25), Is.EqualTo(Green));
        Assert.That(ImagePaintingTests.Pixel(raster, 105, 25), Is.EqualTo(Green), "the gap's right half shows the overflow");
        Assert.That(ImagePaintingTests.Pixel(raster, 95, 25), Is.EqualTo(White), "past the gap's middle nothing of the first column is painted");
    }
}
