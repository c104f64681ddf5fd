using BriefingCompiler.Pdf.Styling;
using NUnit.Framework;

namespace BriefingCompiler.Pdf.Tests.Styling;

/// <summary>The values of text-emphasis-style, -color, -position and the text-emphasis shorthand (CSS Text Decoration 3 §3),
/// and how the declarations reach the cascade (custom properties) or are dropped.</summary>
public class TextEmphasisValueTests
{
    [TestCase("filled dot", "\u2022")]
    [TestCase("open dot", "\u25E6")]
    [TestCase("circle", "\u25CF")]
    [TestCase("open", "\u25CB")]
    [TestCase("filled", "\u25CF")]
    [TestCase("double-circle open", "\u25CE")]
    [TestCase("FILLED Double-Circle", "\u25C9")]
    [TestCase("triangle", "\u25B2")]
    [TestCase("open triangle", "\u25B3")]
    [TestCase("sesame", "\uFE45")]
    [TestCase("open sesame", "\uFE46")]
    [TestCase("'\u2605'", "\u2605")]
    [TestCase("\"xyz\"", "x")]
    [TestCase("\"\\25B2 \"", "\u25B2")]
    [TestCase("\"e\u0301t\"", "e\u0301")]
    public void A_style_value_gives_its_mark(string value, string mark)
    {
        Assert.That(TextEmphasisValue.TryMark(value, out var found), Is.True);
        Assert.That(found, Is.EqualTo(mark));
    }

    [TestCase("none")]
    [TestCase("''")]
    public void None_and_an_empty_string_draw_no_mark(string value)
    {
        Assert.That(TextEmphasisValue.TryMark(value, out var found), Is.True);
        Assert.That(found, Is.Null);
    }

    [TestCase("filled open")]
    [TestCase("dot circle")]
    [TestCase("dot dot")]
    [TestCase("bogus")]
    [TestCase("'x' dot")]
    [TestCase("none dot")]
    [TestCase("'unclosed")]
    public void An_invalid_style_value_is_refused(string value) =>
        Assert.That(TextEmphasisValue.TryMark(value, out _), Is.False);

    [TestCase("over", false)]
    [TestCase("under", true)]
    [TestCase("over right", false)]
    [TestCase("left under", true)]
    public void A_position_says_over_or_under(string value, bool under)
    {
        Assert.That(TextEmphasisValue.TryUnder(value, out var found), Is.True);
        Assert.That(found, Is.EqualTo(under));
    }

    [TestCase("above left")]
    [TestCase("below right")]
    [TestCase("right")]
    [TestCase("over under")]
    [TestCase("over left right")]
    public void An_invalid_position_is_refused(string value) =>
        Assert.That(TextEmphasisValue.TryUnder(value, out _), Is.False);

    [TestCase("filled dot red", "filled dot", "red")]
    [TestCase("red filled dot", "filled dot", "red")]
    [TestCase("red", "none", "red")]
    [TestCase("open circle", "open circle", "currentcolor")]
    [TestCase("rgb(0, 128, 0) '\u2605'", "'\u2605'", "rgb(0, 128, 0)")]
    [TestCase("sesame #00f", "sesame", "#00f")]
    [TestCase("none", "none", "currentcolor")]
    [TestCase("inherit", "inherit", "inherit")]
    public void The_shorthand_is_split_into_style_and_colour(string value, string style, string colour) =>
        Assert.That(TextEmphasisValue.Shorthand(value), Is.EqualTo((style, colour)));

    [TestCase("dot red blue")]
    [TestCase("bogus")]
    [TestCase("filled red dot")]
    [TestCase("inherit red")]
    [TestCase("")]
    public void An_invalid_shorthand_is_refused(string value) =>
        Assert.That(TextEmphasisValue.Shorthand(value), Is.Null);

    [Test]
    public void The_declarations_are_written_as_custom_properties_the_shorthand_as_both_longhands()
    {
        var css = "p { text-emphasis: filled dot red !important } q { text-emphasis-style: 'x'; text-emphasis-color: blue; text-emphasis-position: under left }";

        Assert.That(InvalidDeclarations.Filter(css), Is.EqualTo(
            "p { --briefc-text-emphasis-style: filled dot !important; --briefc-text-emphasis-color: red !important } "
            + "q { --briefc-text-emphasis-style: 'x'; --briefc-text-emphasis-color: blue; --briefc-text-emphasis-position: under left }"));
    }

    [Test]
    public void An_invalid_declaration_is_dropped_and_reported_so_an_earlier_valid_one_applies()
    {
        var dropped = new List<(string, string)>();

        var filtered = InvalidDeclarations.Filter("p { text-emphasis-style: dot; text-emphasis-style: bogus; text-emphasis-position: above left; text-emphasis-color: nocolour }",
            (property, value) => dropped.Add((property, value)));

        Assert.That(filtered, Is.EqualTo("p { --briefc-text-emphasis-style: dot; ; ; }"));
        Assert.That(dropped, Is.EqualTo(new[] { ("text-emphasis-style", "bogus"), ("text-emphasis-position", "above left"), ("text-emphasis-color", "nocolour") }));
    }
}
