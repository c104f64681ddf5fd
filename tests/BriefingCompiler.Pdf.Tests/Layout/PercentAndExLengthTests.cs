using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Layout;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>Lengths known only from the font or the containing block: ex (CSS 2.1 §4.3.2), percentage margins and
/// padding (§8.3, §8.4), and min-/max-width in shrink-to-fit widths (§10.3.5, §10.4).</summary>
public class PercentAndExLengthTests
{
    [Test]
    public void An_ex_is_the_x_height_of_the_first_available_font()
    {
        // Noto Sans Regular, the bundled sans-serif face, has an OS/2 sxHeight of 536 units of 1000.
        using var catalog = new FontCatalog();
        Assert.That(catalog.XHeightPerEm(["no such family", "sans-serif"], 400, false), Is.EqualTo(0.536f).Within(0.0001));

        using var document = new PdfRenderer(new FontSetTextSystem(catalog)).Layout("""
            <!DOCTYPE html><html><head><style>@page { size: 300pt 200pt; margin: 10pt }
            div { font: 20pt sans-serif }</style></head>
            <body><div id="x" style="width: 10ex; height: 2ex; padding-left: 1ex"></div><div id="em" style="width: 10em; height: 1px"></div></body></html>
            """);
        var probe = new LayoutProbe(document);

        Assert.That(probe.Find("x").Rect.Width, Is.EqualTo(11 * 0.536f * 20).Within(0.01), "width and padding in ex");
        Assert.That(probe.Find("x").Rect.Height, Is.EqualTo(2 * 0.536f * 20).Within(0.01));
        Assert.That(probe.Find("em").Rect.Width, Is.EqualTo(200f).Within(0.01), "an em stays the font size");
    }

    [Test]
    public void A_percentage_height_in_a_table_cell_is_of_the_cells_set_height()
    {
        var probe = LayoutProbe.OfBody("""<table style="border-spacing: 0"><tr><td style="height: 40pt; padding: 0"><div id="half" style="height: 50%"></div></td></tr></table>""");

        Assert.That(probe.Find("half").Rect.Height, Is.EqualTo(20f).Within(0.01));
    }

    [Test]
    public void Percentage_margins_and_padding_are_of_the_containing_block_width_on_every_side()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="c" style="width: 100pt">
              <div id="a" style="height: 10pt; padding-top: 10%; margin-left: 20%; margin-bottom: 30%"></div>
              <div id="b" style="height: 10pt; margin-top: 10%; padding: 0 5% 0 0"></div>
            </div>
            """);

        var a = probe.Find("a").Rect;
        var b = probe.Find("b").Rect;
        Assert.That(a.Height, Is.EqualTo(20f).Within(0.01), "10 pt of content and 10% of 100 pt of padding");
        Assert.That(a.Left, Is.EqualTo(10f + 20f).Within(0.01), "the page margin and 20% of 100 pt");
        Assert.That(a.Width, Is.EqualTo(80f).Within(0.01));
        Assert.That(b.Top - a.Bottom, Is.EqualTo(30f).Within(0.01), "30% and 10% collapse to the larger, 30 pt");
        Assert.That(b.Width, Is.EqualTo(100f).Within(0.01), "the right padding is inside the auto width");
    }

    [Test]
    public void A_float_shrinks_to_the_max_width_of_its_content()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="f" style="float: left"><div style="max-width: 30pt">many words in a line</div></div>
            <div id="g" style="float: right"><div style="min-width: 90pt">a</div></div>
            """);

        Assert.That(probe.Find("f").Rect.Width, Is.EqualTo(30f).Within(0.01));
        Assert.That(probe.Find("g").Rect.Width, Is.EqualTo(90f).Within(0.01));
    }
}
