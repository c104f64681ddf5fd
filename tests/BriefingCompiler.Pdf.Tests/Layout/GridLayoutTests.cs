using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// Grid containers (CSS Grid 1) on the 200 × 200 pt test page of <see cref="LayoutProbe"/>: content box 180 pt wide
/// from (10, 10), 12 pt text on 15 pt lines, characters 6 pt wide.
/// </summary>
public class GridLayoutTests
{
    private static SKRect Rect(LayoutProbe probe, string id) => probe.Find(id).Rect;

    private static void AssertBox(LayoutProbe probe, string id, float left, float top, float width, float height, string why = "")
    {
        var rect = Rect(probe, id);
        Assert.That(new[] { rect.Left, rect.Top, rect.Width, rect.Height }, Is.EqualTo(new[] { left, top, width, height }).Within(0.01f), id + " " + why);
    }

    [Test]
    public void Fixed_and_fr_columns_share_the_width_and_items_fill_cells_in_row_order()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="g" style="display: grid; grid-template-columns: 40pt 1fr 2fr; gap: 6pt 10pt">
              <div id="a" style="height: 10pt"></div>
              <div id="b">x</div>
              <div id="c" style="height: 20pt"></div>
              <div id="d" style="height: 5pt"></div>
            </div>
            """);

        // 180 − 40 − 20 of gaps = 120 for 3 fr: 40 and 80.
        AssertBox(probe, "a", 10, 10, 40, 10);
        AssertBox(probe, "b", 60, 10, 40, 20, "its auto height is stretched to the row");
        AssertBox(probe, "c", 110, 10, 80, 20);
        AssertBox(probe, "d", 10, 36, 40, 5);
        Assert.That(Rect(probe, "g").Height, Is.EqualTo(31f).Within(0.01));
        Assert.That(probe.Document.Messages.Select(m => m.Code), Does.Not.Contain("PDF102"));
    }

    [Test]
    public void Repeat_minmax_and_auto_columns_are_sized_from_content_and_room()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="display: grid; grid-template-columns: auto repeat(2, minmax(30pt, 1fr))">
              <div id="a">abcd</div><div id="b" style="height: 5pt"></div><div id="c" style="height: 5pt"></div>
            </div>
            <div style="display: grid; grid-template-columns: repeat(auto-fill, 50pt)">
              <div id="f1" style="height: 5pt"></div><div id="f2" style="height: 5pt"></div><div id="f3" style="height: 5pt"></div><div id="f4" style="height: 5pt"></div>
            </div>
            """);

        Assert.That(Rect(probe, "a").Width, Is.EqualTo(24f).Within(0.01), "auto: as wide as its content when fr tracks take the rest");
        Assert.That(Rect(probe, "b").Width, Is.EqualTo(78f).Within(0.01));
        Assert.That(Rect(probe, "c").Left, Is.EqualTo(112f).Within(0.01));
        Assert.That(Rect(probe, "f3").Left, Is.EqualTo(110f).Within(0.01), "three 50 pt columns fit in 180 pt");
        Assert.That(Rect(probe, "f4").Left, Is.EqualTo(10f).Within(0.01));
        Assert.That(Rect(probe, "f4").Top, Is.EqualTo(Rect(probe, "f1").Bottom).Within(0.01));
    }

    [Test]
    public void Line_numbers_spans_and_named_areas_place_items()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="display: grid; grid-template-columns: 60pt 60pt 60pt; grid-auto-rows: 10pt">
              <div id="wide" style="grid-column: 1 / span 2"></div>
              <div id="last" style="grid-column: -2; grid-row: 2"></div>
              <div id="auto1"></div>
              <div id="auto2"></div>
            </div>
            <div style="display: grid; grid-template-columns: 90pt 90pt; grid-template-areas: 'logo title' 'meta meta'">
              <div id="t" style="grid-area: title; height: 10pt"></div>
              <div id="m" style="grid-area: meta; height: 10pt"></div>
              <div id="l" style="grid-area: logo; height: 20pt"></div>
            </div>
            """);

        AssertBox(probe, "wide", 10, 10, 120, 10);
        AssertBox(probe, "last", 130, 20, 60, 10);
        AssertBox(probe, "auto1", 130, 10, 60, 10);
        AssertBox(probe, "auto2", 10, 20, 60, 10);
        AssertBox(probe, "l", 10, 30, 90, 20);
        AssertBox(probe, "t", 100, 30, 90, 10);
        AssertBox(probe, "m", 10, 50, 180, 10);
    }

    [Test]
    public void Items_are_aligned_in_their_areas()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="display: grid; grid-template-columns: 90pt 90pt; justify-items: center">
              <div id="a">ab</div>
              <div id="b" style="height: 30pt; justify-self: end; width: 20pt"></div>
              <div id="c" style="align-self: end; height: 5pt; justify-self: stretch"></div>
            </div>
            """);

        AssertBox(probe, "a", 10 + 45 - 6, 10, 12, 30);
        AssertBox(probe, "b", 170, 10, 20, 30);
        AssertBox(probe, "c", 10, 40, 90, 5);
    }

    [Test]
    public void A_row_that_does_not_fit_moves_to_the_next_page_whole()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="height: 140pt"></div>
            <div style="display: grid; grid-template-columns: 1fr 1fr">
              <div id="a" style="height: 20pt"></div><div id="b" style="height: 10pt"></div>
              <div id="c" style="height: 30pt"></div><div id="d">one line</div>
            </div>
            """);

        Assert.That(probe.Find("a").Page, Is.EqualTo(1));
        Assert.That(probe.Find("c").Page, Is.EqualTo(2));
        Assert.That(probe.Find("d").Page, Is.EqualTo(2));
        Assert.That(Rect(probe, "c").Top, Is.EqualTo(10f).Within(0.01));
        Assert.That(Rect(probe, "d").Height, Is.EqualTo(30f).Within(0.01), "stretched to its row");
    }

    [Test]
    public void Right_to_left_grids_run_their_columns_from_the_right()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="display: grid; grid-template-columns: 60pt 1fr; direction: rtl">
              <div id="a" style="height: 5pt"></div><div id="b" style="height: 5pt"></div>
            </div>
            """);

        AssertBox(probe, "a", 130, 10, 60, 5);
        AssertBox(probe, "b", 10, 10, 120, 5);
    }
}
