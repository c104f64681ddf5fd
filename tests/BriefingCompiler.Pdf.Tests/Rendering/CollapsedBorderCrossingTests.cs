using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Tests.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// Where the grid lines of a table with collapsing borders cross, the square takes one colour: that of the strongest
/// border meeting there, a full tie going to the one on the left, then above (CSS 2.1 §17.6.2.1 rule 4, as browsers
/// paint it; W3C border-conflict-element-001d) — not whichever cell happens to be painted last.
/// </summary>
public class CollapsedBorderCrossingTests
{
    private static PageRaster Raster(string cells) =>
        AbsolutePositionTests.Raster("<table>" + cells + "</table>", "table { border-collapse: collapse } td { width: 20px; height: 20px; padding: 0; border: 20px solid }");

    [Test]
    public void A_crossing_of_equal_borders_takes_the_colour_of_the_one_on_its_left()
    {
        // Grid lines at 10, 50 and 90 px each way. Every tie on a line goes to the cell above or on the left: the
        // line left of the middle crossing is blue, the one above blue, the one right yellow, the one below green.
        var raster = Raster("<tr><td style='border-color: blue'></td><td style='border-color: yellow; border-left-color: red'></td></tr>"
            + "<tr><td style='border-color: green; border-top-color: red'></td><td style='border-color: orange; border-top-color: red; border-left-color: red'></td></tr>");

        RasterColours.AssertAt(raster,
        [
            (30, 50, SKColors.Blue, "the line left of the crossing"),
            (70, 50, SKColors.Yellow, "the line right of it"),
            (50, 70, SKColors.Green, "the line below it"),
            .. new[] { (42, 42), (57, 42), (42, 57), (57, 57) }.Select(at => (at.Item1, at.Item2, SKColors.Blue, $"the crossing at ({at.Item1}, {at.Item2})")),
        ]);
    }

    [Test]
    public void A_wider_border_owns_the_crossing()
    {
        // The column line below the middle crossing is 30 px wide; the row lines stay at 10, 50 and 90 px. Found
        // across the second row, it runs up through the crossing (40–60 px), across its whole width.
        var raster = Raster("<tr><td style='border-color: blue'></td><td style='border-color: yellow'></td></tr>"
            + "<tr><td style='border-color: green'></td><td style='border-color: orange; border-left: 30px solid fuchsia'></td></tr>");

        var left = Enumerable.Range(0, 150).First(x => ImagePaintingTests.Pixel(raster, x, 70) == SKColors.Fuchsia);
        RasterColours.AssertAt(raster,
            (left + 29, 70, SKColors.Fuchsia, "the line is 30 px wide"),
            (left + 2, 42, SKColors.Fuchsia, "the crossing's upper left"),
            (left + 27, 42, SKColors.Fuchsia, "the crossing's upper right"),
            (left + 15, 35, SKColors.Blue, "above the crossing, the thinner line of the first row"));
    }
}
