using BriefingCompiler.Pdf.Layout;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// <c>text-indent</c> (CSS 2.1 §16.1) on the 200 × 200 pt page of <see cref="LayoutProbe"/>: content box 180 pt wide from
/// (10, 10), 12 pt text on 15 pt lines, every character 6 pt wide (30 to a full line).
/// </summary>
public class TextIndentTests
{
    private const string Words = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp";

    /// <summary>Every line of a page, top to bottom: the left and right ends of its glyphs and its text.</summary>
    private static List<(float Left, float Right, string Text)> Lines(LayoutProbe probe, int pageNumber = 1)
    {
        var lines = new List<(float Left, float Right, float Y, string Text)>();
        var page = probe.Pages[pageNumber - 1];
        LayoutProbe.Walk(page.Body, page.Margins.Left, page.Margins.Top, (fragment, rect) =>
        {
            if (fragment is LineFragment line && line.Line.Runs.Count > 0)
            {
                var runs = line.Line.Runs;
                lines.Add((rect.Left + runs.Min(r => r.X), rect.Left + runs.Max(r => r.X + r.Width), rect.Top,
                    string.Concat(runs.OrderBy(r => r.SourceOffset).Select(r => r.Text)).Trim()));
            }
        });
        return lines.OrderBy(l => l.Y).Select(l => (l.Left, l.Right, l.Text)).ToList();
    }

    [Test]
    public void Only_the_first_line_starts_in_by_the_indent_and_is_broken_in_the_room_left()
    {
        var probe = LayoutProbe.OfBody($"<p>{Words}</p>", "p { text-indent: 24pt }");

        var lines = Lines(probe);
        Assert.That(lines[0].Left, Is.EqualTo(34f).Within(0.01), "24 pt in from the content edge");
        // 156 pt of room: 26 characters, so five 4-letter words (24 characters with their spaces) and not six (29).
        Assert.That(lines[0].Text, Is.EqualTo("aaaa bbbb cccc dddd eeee"));
        Assert.That(lines.Skip(1).Select(l => l.Left), Is.All.EqualTo(10f).Within(0.01), "the lines after it are not indented");
        Assert.That(lines[1].Text, Is.EqualTo("ffff gggg hhhh iiii jjjj kkkk"), "and have the full width (six words)");
        Assert.That(probe.Document.Messages.Where(m => m.Code == "PDF101"), Is.Empty, "supported: no warning");
    }

    [Test]
    public void A_negative_indent_hangs_the_first_line_into_the_padding()
    {
        var probe = LayoutProbe.OfBody($"<p>{Words}</p>", "p { padding-left: 30pt; text-indent: -30pt }");

        var lines = Lines(probe);
        Assert.That(lines[0].Left, Is.EqualTo(10f).Within(0.01), "out to the padding's edge");
        Assert.That(lines[0].Text, Is.EqualTo("aaaa bbbb cccc dddd eeee ffff"), "in the whole 180 pt: six words");
        Assert.That(lines.Skip(1).Select(l => l.Left), Is.All.EqualTo(40f).Within(0.01), "the others start in the content box");
        Assert.That(lines[1].Text, Is.EqualTo("gggg hhhh iiii jjjj kkkk"), "150 pt: five words");
    }

    [Test]
    public void A_percentage_is_of_the_containing_blocks_width()
    {
        var probe = LayoutProbe.OfBody($"<div><p>{Words}</p></div>", "div { width: 120pt } p { text-indent: 10% }");

        var lines = Lines(probe);
        Assert.That(lines[0].Left, Is.EqualTo(22f).Within(0.01), "10 % of the 120 pt block");
        Assert.That(lines[1].Left, Is.EqualTo(10f).Within(0.01));
    }

    [Test]
    public void In_right_to_left_text_the_indent_is_on_the_right()
    {
        var probe = LayoutProbe.OfBody($"<p>{Words}</p>", "p { direction: rtl; text-indent: 24pt }");

        var lines = Lines(probe);
        Assert.That(lines[0].Right, Is.EqualTo(166f).Within(0.01), "24 pt in from the right edge (190 pt)");
        Assert.That(lines.Skip(1).Select(l => l.Right), Is.All.EqualTo(190f).Within(0.01));
    }

    [Test]
    public void Centred_text_is_centred_in_the_room_the_indent_leaves()
    {
        var probe = LayoutProbe.OfBody("<p>abc</p><p>abc</p>", "p { text-align: center } p + p { text-indent: 24pt }");

        var lines = Lines(probe);
        Assert.That(lines[0].Left, Is.EqualTo(91f).Within(0.01), "(180 - 18) / 2 from the edge, without an indent");
        Assert.That(lines[1].Left, Is.EqualTo(103f).Within(0.01), "the 156 pt after the indent: 24 + (156 - 18) / 2");
    }

    [Test]
    public void It_is_inherited_and_moves_only_the_first_formatted_line_of_each_element()
    {
        var probe = LayoutProbe.OfBody(
            "<div>head<div>inner</div>tail</div>",
            "div { text-indent: 24pt }");

        var lines = Lines(probe);
        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { "head", "inner", "tail" }));
        Assert.That(lines[0].Left, Is.EqualTo(34f).Within(0.01), "the outer div's first line");
        Assert.That(lines[1].Left, Is.EqualTo(34f).Within(0.01), "the inner div inherits the indent: its own first line");
        Assert.That(lines[2].Left, Is.EqualTo(10f).Within(0.01), "text after a block child is not the element's first line");
    }

    [Test]
    public void The_first_line_after_a_floated_first_letter_is_indented_from_the_float()
    {
        var probe = LayoutProbe.OfBody($"<p>{Words}</p>", "p { text-indent: 12pt } p::first-letter { float: left; font-size: 36pt; line-height: 36pt }");

        var lines = Lines(probe);
        Assert.That(lines[0].Text, Is.EqualTo("a"), "the drop cap, 18 pt wide");
        Assert.That(lines[1].Left, Is.EqualTo(40f).Within(0.01), "the float's 18 pt and then the 12 pt indent");
        Assert.That(lines[2].Left, Is.EqualTo(28f).Within(0.01), "the second line beside the float, not indented");
    }

    [Test]
    public void A_paragraph_split_across_pages_is_indented_only_on_its_first_page()
    {
        var text = string.Join(' ', Enumerable.Repeat(Words, 8));
        var probe = LayoutProbe.OfBody($"<p>{text}</p>", "p { text-indent: 24pt; orphans: 1; widows: 1 }");

        Assert.That(probe.Pages, Has.Count.GreaterThan(1), "the paragraph runs onto a second page");
        var first = Lines(probe);
        Assert.That(first[0].Left, Is.EqualTo(34f).Within(0.01));
        Assert.That(first.Skip(1).Select(l => l.Left), Is.All.EqualTo(10f).Within(0.01));
        Assert.That(Lines(probe, 2).Select(l => l.Left), Is.All.EqualTo(10f).Within(0.01), "the continuation's first line is not the element's");
    }

    [Test]
    public void A_shrink_to_fit_float_is_as_wide_as_its_indented_first_line()
    {
        var probe = LayoutProbe.OfBody(
            """<div id="in">abc</div><div id="out">abcdef<br/>ab</div>""",
            "div { float: left; clear: left } #in { text-indent: 24pt } #out { text-indent: -12pt }");

        Assert.That(probe.Find("in").Rect.Width, Is.EqualTo(42f).Within(0.01), "18 pt of text after the 24 pt indent");
        Assert.That(probe.Find("out").Rect.Width, Is.EqualTo(24f).Within(0.01), "the 36 pt first line hangs 12 pt out; the second is 12 pt");
    }
}
