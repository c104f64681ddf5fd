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
}
