using BriefingCompiler.Pdf.Layout;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// An inline element's horizontal margin, border and padding take room in its line (CSS 2.1 §10.3.1), before its
/// first letter and after its last, on the 200 × 200 pt page of <see cref="LayoutProbe"/>: content box 180 pt wide from
/// (10, 10), every character 6 pt wide (30 to a line).
/// </summary>
public class InlineEdgeLayoutTests
{
    /// <summary>The visible text of each line, top to bottom, with where each piece of it starts (page coordinates).</summary>
    private static List<List<(float X, string Text)>> Lines(LayoutProbe probe)
    {
        var lines = new List<(float Y, List<(float X, string Text)> Runs)>();
        var page = probe.Pages[0];
        LayoutProbe.Walk(page.Body, page.Margins.Left, page.Margins.Top, (fragment, rect) =>
        {
            if (fragment is LineFragment line)
            {
                lines.Add((rect.Top, line.Line.Runs.Where(r => !r.IsObject).Select(r => (rect.Left + r.X, r.Text)).OrderBy(r => r.Item1).ToList()));
            }
        });
        return lines.OrderBy(l => l.Y).Select(l => l.Runs).ToList();
    }

    [Test]
    public void Margin_border_and_padding_come_before_the_first_letter_and_after_the_last()
    {
        var probe = LayoutProbe.OfBody("""<p>aa<span>bb</span>cc</p>""",
            "span { margin: 0 4pt 0 6pt; border-left: 3pt solid; border-right: 2pt solid; padding: 0 12pt 0 9pt }");

        var runs = Lines(probe).Single();
        Assert.That(runs.Single(r => r.Text == "bb").X, Is.EqualTo(10 + 12 + 6 + 3 + 9).Within(0.01), "after aa: left margin, border and padding");
        Assert.That(runs.Single(r => r.Text == "cc").X, Is.EqualTo(40 + 12 + 12 + 2 + 4).Within(0.01), "after bb: right padding, border and margin");
        Assert.That(probe.Document.Messages.Select(m => m.Code), Does.Not.Contain("PDF124"), "laid out: no warning");
    }

    [Test]
    public void The_room_at_an_edge_stays_with_the_letters_beside_it_when_the_line_breaks()
    {
        // 27 letters and a space leave 12 pt: "bb" would fit, but not with its 12 pt of padding before it.
        var probe = LayoutProbe.OfBody($"""<p>{new string('a', 27)} <span>bb</span> cc</p>""", "span { padding-left: 12pt }");

        var lines = Lines(probe);
        Assert.That(lines, Has.Count.EqualTo(2));
        var second = probe.LinesOf(1)[1];
        Assert.That(second, Does.StartWith("\u202Fbb"), "the padding went to the next line with the word");
        Assert.That(probe.LinesOf(1)[0], Does.Not.Contain("\u202F"));
    }

    [Test]
    public void White_space_collapses_across_an_elements_edge()
    {
        var probe = LayoutProbe.OfBody("""<p>aa <span> bb</span></p>""", "span { padding-left: 6pt }");

        var runs = Lines(probe).Single();
        // "aa " (18 pt), the padding (6 pt), then "bb": the space inside the span collapsed into the one before it.
        Assert.That(runs.Single(r => r.Text.Trim() == "bb").X, Is.EqualTo(10 + 18 + 6).Within(0.01));
    }
}
