using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Tests.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>Pixel colours a rendered page must show, checked together (every mismatch is reported, each with where it is).</summary>
internal static class RasterColours
{
    public static void AssertAt(PageRaster raster, params (int X, int Y, SKColor Colour, string Where)[] expected) =>
        Assert.Multiple(() =>
        {
            foreach (var (x, y, colour, where) in expected)
                Assert.That(ImagePaintingTests.Pixel(raster, x, y), Is.EqualTo(colour), where);
        });
}
