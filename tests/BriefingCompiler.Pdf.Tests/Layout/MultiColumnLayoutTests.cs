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

    [Test]
    public void A_spanner_cuts_the_columns_into_two_balanced_sets()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="m" style="column-count: 2; column-gap: 20pt">
              <div id="a1" style="height: 20pt"></div><div id="a2" style="height: 20pt"></div>
              <h2 id="s" style="column-span: all; margin: 5pt 0; height: 10pt"></h2>
              <div id="b1" style="height: 30pt"></div><div id="b2" style="height: 30pt"></div>
            </div>
            """);

        // The first set: one block per column, 20 pt tall; the spanner across both columns below it, inside its
        // margins; the second set below that, balanced again.
        Assert.That((Rect(probe, "a1").Left, Rect(probe, "a1").Top), Is.EqualTo((10f, 10f)));
        Assert.That((Rect(probe, "a2").Left, Rect(probe, "a2").Top), Is.EqualTo((110f, 10f)));
        Assert.That((Rect(probe, "s").Left, Rect(probe, "s").Width), Is.EqualTo((10f, 180f)));
        Assert.That(Rect(probe, "s").Top, Is.EqualTo(35f).Within(0.6));
        Assert.That((Rect(probe, "b1").Left, Rect(probe, "b2").Left), Is.EqualTo((10f, 110f)));
        Assert.That(Rect(probe, "b1").Top, Is.EqualTo(Rect(probe, "s").Bottom + 5).Within(0.6));
        Assert.That(Rect(probe, "b2").Top, Is.EqualTo(Rect(probe, "b1").Top).Within(0.01));
        Assert.That(Rect(probe, "m").Bottom, Is.EqualTo(Rect(probe, "b1").Bottom).Within(0.6));
        Assert.That(probe.Document.Messages.Select(m => m.Message), Has.None.Contains("column-span"));
    }

    [Test]
    public void A_spanner_inside_a_block_of_the_columns_splits_that_block()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="column-count: 2; column-gap: 20pt">
              <section id="outer">
                <div id="a1" style="height: 20pt"></div><div id="a2" style="height: 20pt"></div>
                <h2 id="s" style="column-span: all; margin: 0; height: 10pt"></h2>
                <div id="b1" style="height: 20pt"></div><div id="b2" style="height: 20pt"></div>
              </section>
            </div>
            """);

        Assert.That((Rect(probe, "a2").Left, Rect(probe, "a2").Top), Is.EqualTo((110f, 10f)));
        Assert.That((Rect(probe, "s").Top, Rect(probe, "s").Width), Is.EqualTo((30f, 180f)));
        Assert.That((Rect(probe, "b1").Left, Rect(probe, "b1").Top), Is.EqualTo((10f, 40f)));
        Assert.That((Rect(probe, "b2").Left, Rect(probe, "b2").Top), Is.EqualTo((110f, 40f)));
    }

    [Test]
    public void With_a_height_of_its_own_what_does_not_fit_goes_into_overflow_columns()
    {
        var blocks = string.Concat(Enumerable.Range(1, 6).Select(i => $"""<div id="b{i}" style="height: 20pt"></div>"""));
        var probe = LayoutProbe.OfBody($"""<div style="column-count: 2; column-gap: 20pt; height: 40pt">{blocks}</div><div id="after"></div>""");

        // Two blocks a column: the fifth and sixth go into a third column to the right of the box, not to the next page.
        Assert.That(probe.Pages, Has.Count.EqualTo(1));
        Assert.That((Rect(probe, "b5").Left, Rect(probe, "b5").Top), Is.EqualTo((210f, 10f)));
        Assert.That(Rect(probe, "b6").Top, Is.EqualTo(30f).Within(0.01));
        Assert.That(Rect(probe, "after").Top, Is.EqualTo(50f).Within(0.01));
    }

    [Test]
    public void A_column_rule_reaches_the_bottom_of_a_container_with_a_height_of_its_own()
    {
        // CSS Multi-column 1 §4: the rule's ends are at the container's content edges, not at the balanced columns' ends.
        var probe = LayoutProbe.OfBody("""
            <div style="column-count: 2; column-gap: 20pt; column-rule: 2pt solid red; height: 60pt">
              <div style="height: 20pt"></div><div style="height: 20pt"></div>
            </div>
            """);

        var rules = new List<SKRect>();
        LayoutProbe.Walk(probe.Pages[0].Body, probe.Pages[0].Margins.Left, probe.Pages[0].Margins.Top, (fragment, rect) =>
        {
            if (fragment is BoxFragment { Box.Style.BorderLeft.Color: 0xFFFF0000 })
            {
                rules.Add(rect);
            }
        });

        Assert.That(rules, Has.Count.EqualTo(1));
        Assert.That((rules[0].Top, rules[0].Height), Is.EqualTo((10f, 60f)));
    }

    [Test]
    public void A_block_taller_than_the_columns_of_a_container_with_a_height_overflows_its_column_and_stays_on_the_page()
    {
        // The container fits the page; its first block does not fit a column. The next page would offer columns just
        // as tall, so the block goes into the first column all the same and the rest into the second.
        var probe = LayoutProbe.OfBody("""
            <div style="height: 100pt"></div>
            <div style="column-count: 2; column-gap: 20pt; height: 50pt">
              <div id="tall" style="height: 60pt"></div><div id="next" style="height: 20pt"></div>
            </div>
            """);

        Assert.That(probe.Pages, Has.Count.EqualTo(1));
        Assert.That((Rect(probe, "tall").Left, Rect(probe, "tall").Top), Is.EqualTo((10f, 110f)));
        Assert.That((Rect(probe, "next").Left, Rect(probe, "next").Top), Is.EqualTo((110f, 110f)));
    }

    [Test]
    public void A_table_cell_can_be_a_multi_column_container_as_wide_as_its_columns()
    {
        var probe = LayoutProbe.OfBody("""
            <table style="border-spacing: 0"><tr><td id="cell" style="padding: 0; column-count: 3; column-gap: 6pt">
              <div id="x1" style="width: 20pt; height: 10pt"></div><div id="x2" style="width: 20pt; height: 10pt"></div><div id="x3" style="width: 20pt; height: 10pt"></div>
            </td></tr></table>
            """);

        // Shrink-to-fit: three 20 pt columns and two 6 pt gaps, one block a column.
        Assert.That(Rect(probe, "cell").Width, Is.EqualTo(72f).Within(0.01));
        Assert.That((Rect(probe, "x2").Left, Rect(probe, "x2").Top), Is.EqualTo((36f, 10f)));
        Assert.That((Rect(probe, "x3").Left, Rect(probe, "x3").Top), Is.EqualTo((62f, 10f)));
        Assert.That(Rect(probe, "cell").Height, Is.EqualTo(10f).Within(0.01));
    }

    [Test]
    public void A_two_column_section_that_crosses_a_page_goes_on_in_two_columns()
    {
        // Page 1 has room for six lines a column below the heading: twelve paragraphs; the other eighteen go on
        // on page 2, nine a column.
        var paragraphs = string.Concat(Enumerable.Range(1, 30).Select(i => $"""<p id="p{i}" style="margin: 0">Paragraph {i}</p>"""));
        var probe = LayoutProbe.OfBody($"""
            <div style="height: 60pt"></div>
            <h2 id="h" style="margin: 0">Background</h2>
            <section style="column-count: 2; column-gap: 20pt">{paragraphs}</section>
            """);

        var second = Enumerable.Range(1, 30).Select(i => probe.Find($"p{i}")).Where(p => p.Page == 2).ToList();
        Assert.That(probe.Pages, Has.Count.EqualTo(2));
        Assert.That(second, Is.Not.Empty);
        Assert.That(second.Select(p => p.Rect.Left).Distinct(), Is.EquivalentTo(new[] { 10f, 110f }), "both columns on page 2");
        Assert.That(second[0].Rect.Top, Is.EqualTo(10f).Within(0.01));
        Assert.That(second.Count(p => p.Rect.Left > 100), Is.EqualTo(second.Count / 2), "balanced");
    }

    [Test]
    public void A_negative_column_count_or_gap_is_dropped_and_the_earlier_declaration_applies()
    {
        var probe = LayoutProbe.OfBody("""
            <style>#m { column-count: 2; column-count: -1; column-gap: 20pt; column-gap: -5pt; column-width: -10pt }</style>
            <div id="m"><div id="a" style="height: 20pt"></div><div id="b" style="height: 20pt"></div></div>
            """);

        // Two columns of (180 − 20) / 2 = 80 pt: the invalid declarations never reach the cascade.
        Assert.That((Rect(probe, "a").Left, Rect(probe, "a").Width), Is.EqualTo((10f, 80f)));
        Assert.That((Rect(probe, "b").Left, Rect(probe, "b").Top), Is.EqualTo((110f, 10f)));
    }

    [Test]
    public void Break_after_column_starts_the_next_column_and_nothing_outside_columns()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="column-count: 3; column-gap: 0; column-fill: auto; height: 100pt">
              <div id="a" style="height: 10pt; break-after: column"></div><div id="b" style="height: 10pt; break-after: column"></div><div id="c" style="height: 10pt"></div>
            </div>
            <div id="d" style="height: 10pt; break-after: column"></div><div id="e" style="height: 10pt"></div>
            """);

        Assert.That((Rect(probe, "b").Left, Rect(probe, "b").Top), Is.EqualTo((70f, 10f)));
        Assert.That((Rect(probe, "c").Left, Rect(probe, "c").Top), Is.EqualTo((130f, 10f)));
        Assert.That(probe.Pages, Has.Count.EqualTo(1));
        Assert.That(Rect(probe, "e").Top, Is.EqualTo(Rect(probe, "d").Bottom).Within(0.01), "no column around: no break");
    }
}
