using BriefingCompiler.Pdf.Layout;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// Multi-column containers (CSS Multi-column 1) on the 200 × 200 pt test page of <see cref="LayoutProbe"/>: content
/// box 180 pt wide from (10, 10), 12 pt text on 15 pt lines, characters 6 pt wide.
/// </summary>
public class MultiColumnLayoutTests
{
    private static SKRect Rect(LayoutProbe probe, string id) => probe.Find(id).Rect;

    [Test]
    public void Columns_are_balanced()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="m" style="column-count: 2; column-gap: 20pt">
              <div id="p1" style="height: 20pt"></div><div id="p2" style="height: 20pt"></div>
              <div id="p3" style="height: 20pt"></div><div id="p4" style="height: 20pt"></div>
            </div>
            <div id="after" style="height: 5pt"></div>
            """);

        Assert.That((Rect(probe, "p1").Left, Rect(probe, "p1").Width, Rect(probe, "p1").Top), Is.EqualTo((10f, 80f, 10f)));
        Assert.That(Rect(probe, "p2").Top, Is.EqualTo(30f).Within(0.01));
        Assert.That((Rect(probe, "p3").Left, Rect(probe, "p3").Top), Is.EqualTo((110f, 10f)));
        Assert.That(Rect(probe, "m").Height, Is.EqualTo(40f).Within(0.6));
        Assert.That(Rect(probe, "after").Top, Is.EqualTo(Rect(probe, "m").Bottom).Within(0.01));
        Assert.That(probe.Document.Messages.Select(m => m.Code), Does.Not.Contain("PDF101"));
    }

    [Test]
    public void Column_width_gives_as_many_columns_as_fit()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="column-width: 50pt; column-gap: 10pt">
              <div id="a" style="height: 10pt"></div><div id="b" style="height: 10pt"></div><div id="c" style="height: 10pt"></div>
            </div>
            """);

        // (180 + 10) / (50 + 10) → 3 columns of 190 / 3 − 10 = 53.33 pt.
        Assert.That(Rect(probe, "a").Width, Is.EqualTo(190f / 3 - 10).Within(0.01));
        Assert.That(Rect(probe, "c").Left, Is.EqualTo(10 + 2 * 190f / 3).Within(0.01));
        Assert.That(Rect(probe, "c").Top, Is.EqualTo(10f).Within(0.01));
    }

    [Test]
    public void Columns_fill_the_page_in_turn_and_go_on_on_the_next()
    {
        var blocks = string.Concat(Enumerable.Range(1, 12).Select(i => $"""<div id="b{i}" style="height: 30pt"></div>"""));
        var probe = LayoutProbe.OfBody($"""<div style="column-count: 2">{blocks}</div>""");

        // A 180 pt page holds six blocks per column: twelve fill two columns of one page.
        Assert.That(probe.Pages, Has.Count.EqualTo(1));
        Assert.That(Rect(probe, "b7").Top, Is.EqualTo(10f).Within(0.01));

        var more = string.Concat(Enumerable.Range(1, 16).Select(i => $"""<div id="c{i}" style="height: 30pt"></div>"""));
        var long_ = LayoutProbe.OfBody($"""<div style="column-count: 2">{more}</div>""");
        Assert.That(long_.Pages, Has.Count.EqualTo(2));
        Assert.That(long_.Find("c12").Page, Is.EqualTo(1));
        Assert.That(long_.Find("c13").Page, Is.EqualTo(2));
        Assert.That(Rect(long_, "c15").Top, Is.EqualTo(10f).Within(0.01), "the rest is balanced on the last page: two and two");
        Assert.That(Rect(long_, "c15").Left, Is.GreaterThan(100f));
    }

    [Test]
    public void A_column_rule_is_drawn_between_columns()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="column-count: 2; column-gap: 20pt; column-rule: 2pt solid red">
              <div style="height: 20pt"></div><div style="height: 20pt"></div>
            </div>
            """);

        var rules = new List<SKRect>();
        foreach (var page in probe.Pages)
        {
            LayoutProbe.Walk(page.Body, page.Margins.Left, page.Margins.Top, (fragment, rect) =>
            {
                if (fragment is BoxFragment { Box.Style.BorderLeft.Color: 0xFFFF0000 })
                {
                    rules.Add(rect);
                }
            });
        }

        Assert.That(rules, Has.Count.EqualTo(1));
        Assert.That(rules[0].MidX, Is.EqualTo(100f).Within(0.01));
        Assert.That(rules[0].Height, Is.EqualTo(20f).Within(0.6));
    }
}
