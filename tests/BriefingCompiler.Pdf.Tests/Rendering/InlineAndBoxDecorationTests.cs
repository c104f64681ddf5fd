using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Tests.Layout;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>vertical-align on inline text, text-transform and border-radius, read from the paint list.</summary>
public class InlineAndBoxDecorationTests
{
    private static IReadOnlyList<PaintCommand> Paint(string body, string css = "") => LayoutProbe.OfBody(body, css).Document.Paints[0].Commands;

    private static float BaselineOf(IReadOnlyList<PaintCommand> commands, string text) =>
        commands.OfType<DrawGlyphs>().Single(g => g.Run.Text == text).BaselineY;

    [Test]
    public void Sup_and_sub_move_off_the_baseline_and_the_line_grows_to_hold_them()
    {
        var plain = Paint("<p>call</p><p>next</p>");
        var commands = Paint("<p>call<sup>2</sup> H<sub>2</sub></p><p>next</p>");

        var baseline = BaselineOf(commands, "call");
        Assert.That(commands.OfType<DrawGlyphs>().First(g => g.Run.Text == "2").BaselineY, Is.LessThan(baseline - 3), "a footnote call is raised (12 pt text: a third of it)");
        Assert.That(commands.OfType<DrawGlyphs>().Last(g => g.Run.Text == "2").BaselineY, Is.GreaterThan(baseline + 2), "a subscript is lowered");
        Assert.That(BaselineOf(commands, "next") - baseline, Is.GreaterThan(BaselineOf(plain, "next") - BaselineOf(plain, "call")),
            "the raised text makes its line taller, as in browsers");
    }

    [TestCase("vertical-align: 5pt", -5f)]
    [TestCase("vertical-align: -3pt", 3f)]
    [TestCase("vertical-align: 50%", -7.5f)]
    public void Lengths_and_percentages_shift_the_baseline_by_that_much(string css, float expected)
    {
        var commands = Paint($"""<p>a<span style="{css}">b</span></p>""");

        Assert.That(BaselineOf(commands, "b") - BaselineOf(commands, "a"), Is.EqualTo(expected).Within(0.01));
    }

    [Test]
    public void Text_transform_changes_the_case_of_the_text_drawn()
    {
        var commands = Paint("""<p><span style="text-transform: uppercase">up</span> <span style="text-transform: capitalize">two words</span> <span style="text-transform: lowercase">LOW</span></p>""");

        Assert.That(string.Concat(commands.OfType<DrawGlyphs>().Select(g => g.Run.Text)), Is.EqualTo("UP Two Words low"));
    }

    [Test]
    public void Border_radius_rounds_the_background_and_a_uniform_border()
    {
        var commands = Paint("""<div style="border: 2pt solid #ff0000; border-radius: 6pt; background: #00ff00">x</div>""");

        var fill = commands.OfType<FillRoundRectangle>().Single();
        var stroke = commands.OfType<StrokeRoundRectangle>().Single();
        Assert.That(fill.Shape.Radii[0].X, Is.EqualTo(6f).Within(0.01));
        Assert.That(stroke.Thickness, Is.EqualTo(2f));
        Assert.That(stroke.Shape.Radii[0].X, Is.EqualTo(5f).Within(0.01), "the stroke runs along the middle of the border");
        Assert.That(commands.OfType<DrawLine>(), Is.Empty);
        Assert.That(LayoutProbe.OfBody("""<div style="border-radius: 6pt">x</div>""").Document.Messages, Is.Empty, "border-radius is no longer reported");
    }

    [Test]
    public void An_inline_elements_background_covers_its_vertical_padding_without_a_border()
    {
        var commands = Paint("""<p>x<span style="background: #00ff00; padding-top: 10pt">y</span></p>""");

        // The stand-in font's content area — its 12 pt glyph box (9.6 pt above the baseline, 2.4 below) with half its
        // 2.4 pt line gap on each side (CSS 2.1 §10.6.1, FragmentPainter.ContentArea) — and the 10 pt of padding above it.
        var fill = commands.OfType<FillRectangle>().Single(f => f.Color == 0xFF00FF00);
        Assert.That(fill.Rect.Height, Is.EqualTo(12 + 2.4 + 10).Within(0.01));
        Assert.That(fill.Rect.Bottom - BaselineOf(commands, "y"), Is.EqualTo(2.4 + 1.2).Within(0.01));
    }

    [Test]
    public void An_absolutely_positioned_after_keeps_its_place_in_the_line()
    {
        var probe = LayoutProbe.OfBody("""<p id="p" class="abs">aa</p>""", ".abs::after { content: 'XX'; position: absolute }");

        var lines = new List<(float Y, string Text)>();
        LayoutProbe.Walk(probe.Pages[0].Body, 0, 0, (fragment, rect) =>
        {
            if (fragment is BriefingCompiler.Pdf.Layout.LineFragment line)
                lines.Add((rect.Top, string.Concat(line.Line.Runs.Where(r => !r.IsObject).Select(r => r.Text))));
        });
        var text = lines.Single(l => l.Text == "aa");
        var generated = lines.Single(l => l.Text == "XX");
        Assert.That(generated.Y, Is.EqualTo(text.Y).Within(0.01), "its static position is the line's top, not below the line");
    }
}
