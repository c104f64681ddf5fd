using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// A line box is made of its inline boxes (CSS 2.1 §10.8): each element's own line-height centred on its font, its
/// vertical-align keyword placed against its parent's font or the line box, empty elements included. Laid out with
/// <see cref="MonospaceTextSystem"/>'s arithmetic metrics (ascent 0.8 em, descent 0.2 em) and struts from the same
/// figures, on a 200 × 200 pt page with 10 pt margins; the block's text is 12 pt on a 15 pt line (its strut reaches
/// 11.1 pt above the baseline and 3.9 pt below).
/// </summary>
public class InlineBoxLineHeightTests
{
    private static LayoutProbe Probe(string body, string css = "") => LayoutProbe.Of($$"""
        <!DOCTYPE html><html><head><style>
        @page { size: 200pt 200pt; margin: 10pt }
        body { margin: 0; font-size: 12pt; line-height: 15pt; font-family: sans-serif }
        {{css}}
        </style></head><body>{{body}}</body></html>
        """, new StrutTextSystem());

    /// <summary>Every line of the first page, top to bottom.</summary>
    private static List<LineFragment> Lines(LayoutProbe probe)
    {
        var lines = new List<(float Y, LineFragment Line)>();
        var page = probe.Pages[0];
        LayoutProbe.Walk(page.Body, 0, 0, (fragment, rect) =>
        {
            if (fragment is LineFragment line)
            {
                lines.Add((rect.Top, line));
            }
        });
        return lines.OrderBy(l => l.Y).Select(l => l.Line).ToList();
    }

    [Test]
    public void An_inline_elements_taller_line_height_makes_the_line_that_tall_around_its_text()
    {
        var line = Lines(Probe("""<p><span style="line-height: 40pt">x</span></p>""")).Single();

        Assert.That(line.Height, Is.EqualTo(40).Within(0.01));
        // The span's 12 pt of glyphs (9.6 above the baseline) with (40 - 12) / 2 pt of half-leading above them.
        Assert.That(line.Baseline, Is.EqualTo(14 + 9.6).Within(0.01));
    }

    [Test]
    public void An_empty_inline_element_still_has_its_box_in_the_line()
    {
        var probe = Probe("""<p id="p"><span style="line-height: 40pt"></span>x</p><p id="empty"><span style="line-height: 40pt"></span></p>""");

        Assert.That(Lines(probe).First().Height, Is.EqualTo(40).Within(0.01));
        Assert.That(probe.Find("empty").Rect.Height, Is.EqualTo(0), "a line with nothing but an empty element is no line (CSS 2.1 §9.4.2)");
    }

    [Test]
    public void Text_bottom_puts_the_bottom_of_the_elements_box_half_leading_included_on_its_parents_font()
    {
        var line = Lines(Probe("""<p style="line-height: 30pt">aa<span style="vertical-align: text-bottom">bb</span></p>""")).Single();

        // The span's 30 pt box reaches 9 pt of half-leading + 2.4 pt of descent below its baseline; its bottom is on the
        // parent's descent, 2.4 pt below the line's baseline: the span's baseline is 9 pt up.
        var span = line.Line.Runs.Single(r => r.Text == "bb");
        Assert.That(span.Style.BaselineShift, Is.EqualTo(9).Within(0.01));
        Assert.That(line.Height, Is.EqualTo(9 + 18.6 + 11.4).Within(0.01), "the span's box on top of the block's strut");
    }

    [Test]
    public void Top_and_bottom_align_an_elements_box_with_the_line_boxs_edges()
    {
        const string css = "span { font-size: 24pt; line-height: 24pt }";
        var bottom = Lines(Probe("""<p>a<span style="vertical-align: bottom">X</span></p>""", css)).Single();
        var top = Lines(Probe("""<p>a<span style="vertical-align: top">X</span></p>""", css)).Single();

        // The 24 pt span is taller than the 15 pt strut: the line is as tall as the span, grown upwards for bottom, downwards for top.
        Assert.That(bottom.Height, Is.EqualTo(24).Within(0.01));
        Assert.That(bottom.Baseline, Is.EqualTo(24 - 3.9).Within(0.01), "the strut sits at the line's bottom");
        Assert.That(bottom.Line.Runs.Single(r => r.Text == "X").Style.BaselineShift, Is.EqualTo(4.8 - 3.9).Within(0.01), "the span's box ends at the line's bottom");
        Assert.That(top.Height, Is.EqualTo(24).Within(0.01));
        Assert.That(top.Baseline, Is.EqualTo(11.1).Within(0.01), "the strut sits at the line's top");
        Assert.That(top.Line.Runs.Single(r => r.Text == "X").Style.BaselineShift, Is.EqualTo(11.1 - 19.2).Within(0.01), "the span's box starts at the line's top");
    }

    [Test]
    public void A_negative_inline_margin_pulls_what_follows_back()
    {
        var probe = Probe("""<p>aa<span style="margin-right: -6pt">bb</span>cc</p>""");

        var runs = Lines(probe).Single().Line.Runs;
        Assert.That(runs.Single(r => r.Text == "cc").X, Is.EqualTo(12 + 12 - 6).Within(0.01));
        Assert.That(probe.Document.Messages.Select(m => m.Code), Does.Not.Contain("PDF124"));
    }

    [Test]
    public void An_absolutely_positioned_inline_element_keeps_its_place_in_the_line_without_ending_it()
    {
        var probe = Probe("""<p>aa<span id="abs" style="position: absolute; top: 100pt">XX</span>bb</p>""");

        Assert.That(probe.LinesOf(1).First(), Does.StartWith("aa").And.EndWith("bb"), "one line: the positioned box is out of the flow");
        var (_, rect) = probe.Find("abs");
        Assert.That(rect.Left, Is.EqualTo(10 + 12).Within(0.01), "its static position: after aa");
        Assert.That(rect.Top, Is.EqualTo(10 + 100).Within(0.01), "top: 100pt from the page area, its containing block");
    }

    /// <summary><see cref="MonospaceTextSystem"/> that also gives struts (ascent 0.8 em, descent 0.2 em, half a line gap
    /// 0.1 em, x-height 0.5 em), as the real text system does for the faces a document uses.</summary>
    private sealed class StrutTextSystem : ITextSystem, ITextLayouter
    {
        private readonly MonospaceTextSystem text = new();

        public ITextLayouter CreateLayouter(IReadOnlyList<IReadOnlyList<TextRun>> paragraphs, MessageLog log) => this;

        public IReadOnlyList<TextLine> Layout(IReadOnlyList<TextRun> runs, float width, TextAlignment alignment, bool rightToLeft) =>
            text.Layout(runs, width, alignment, rightToLeft);

        public (float MinContent, float MaxContent) MeasureIntrinsicWidths(IReadOnlyList<TextRun> runs) => text.MeasureIntrinsicWidths(runs);

        public StrutMetrics? Strut(TextStyle style) =>
            new StrutMetrics(0.8f * style.FontSize, 0.2f * style.FontSize, 0.1f * style.FontSize, 0.5f * style.FontSize);
    }
}
