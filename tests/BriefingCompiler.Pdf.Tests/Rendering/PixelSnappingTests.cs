using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Tests.Layout;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// Raster pages paint backgrounds and solid straight borders on whole pixels, as browsers do: boxes that meet
/// between two pixels leave no lighter seam, and a red box covered by green ones shows no red fringe.
/// </summary>
public class PixelSnappingTests
{
    [Test]
    public void Boxes_meeting_between_pixels_leave_no_seam_and_no_fringe()
    {
        // 96 dpi: 1 pt = 4/3 px. The boxes start 10.3 pt (13.7 px) down and meet at 30.5 pt (40.67 px).
        const string html = """
            <!DOCTYPE html><html><head><style>
            @page { size: 100pt 100pt; margin: 0 }
            body { margin: 0 }
            .red { background: red; height: 40.4pt; margin-top: 10.3pt; width: 50pt }
            .green { background: green; height: 20.2pt; width: 50pt }
            .cover { margin-top: -40.4pt }
            .edge { border-left: 10.3pt solid green; width: 0; height: 10pt; margin-top: 0 }
            </style></head><body><div class="red"></div><div class="cover"><div class="green"></div><div class="green"></div></div><div class="edge"></div></body></html>
            """;
        var raster = new PdfRenderer(new MonospaceTextSystem()).RenderRaster(html, new PdfRenderOptions { PreviewDpi = 96 }).Pages[0];

        var column = 20;
        var colours = new HashSet<(byte R, byte G, byte B)>();
        for (var y = 0; y < raster.Height; y++)
        {
            var at = (y * raster.Width + column) * PageRaster.BytesPerPixel;
            colours.Add((raster.Rgba[at], raster.Rgba[at + 1], raster.Rgba[at + 2]));
        }

        Assert.That(colours, Is.SubsetOf(new[] { ((byte)255, (byte)255, (byte)255), ((byte)0, (byte)128, (byte)0) }),
            "only white and green: no blended seam between the green boxes, no red at their snapped edges");
    }
}
