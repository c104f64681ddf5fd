using BriefingCompiler.Pdf.Tests.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// Flex containers (CSS Flexbox 1 §9) on the 200 × 200 pt test page of <see cref="LayoutProbe"/>: content box 180 pt
/// wide from (10, 10), 12 pt text on 15 pt lines, characters 6 pt wide.
/// </summary>
public class FlexLayoutTests
{
    private static SKRect Rect(LayoutProbe probe, string id) => probe.Find(id).Rect;

    private static void AssertBox(LayoutProbe probe, string id, float left, float top, float width, float height)
    {
        var rect = Rect(probe, id);
        Assert.That(new[] { rect.Left, rect.Top, rect.Width, rect.Height }, Is.EqualTo(new[] { left, top, width, height }).Within(0.01f), id);
    }

    [Test]
    public void Items_of_a_row_sit_side_by_side_and_share_the_free_space_by_flex_grow()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="c" style="display: flex; gap: 10pt">
              <div id="a" style="width: 20pt; height: 10pt"></div>
              <div id="b" style="flex: 1; height: 20pt"></div>
              <div id="d" style="flex: 2"></div>
            </div>
            """);

        // 180 − 20 − two gaps of 10 leaves 140, shared 1 : 2 from bases of 0.
        AssertBox(probe, "a", 10, 10, 20, 10);
        AssertBox(probe, "b", 40, 10, 140f / 3, 20);
        AssertBox(probe, "d", 50 + 140f / 3, 10, 280f / 3, 20);
        Assert.That(Rect(probe, "c").Height, Is.EqualTo(20f).Within(0.01), "as tall as its tallest item; d (auto height) is stretched to it");
        Assert.That(probe.Document.Messages.Select(m => m.Code), Does.Not.Contain("PDF102"));
    }

    [Test]
    public void Items_too_wide_shrink_by_their_basis_but_not_below_their_longest_word()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="display: flex">
              <div id="a" style="width: 120pt; height: 5pt"></div>
              <div id="b" style="width: 120pt; height: 5pt"></div>
            </div>
            <div style="display: flex">
              <div id="w" style="width: 150pt">abcdefghijklmnopqrst</div>
              <div id="x" style="width: 150pt; height: 5pt"></div>
            </div>
            """);

        Assert.That(Rect(probe, "a").Width, Is.EqualTo(90f).Within(0.01));
        Assert.That(Rect(probe, "b").Left, Is.EqualTo(100f).Within(0.01));
        Assert.That(Rect(probe, "w").Width, Is.EqualTo(20 * 6f).Within(0.01), "the automatic minimum: its min-content width (120 pt), more than its even share (90 pt)");
        Assert.That(Rect(probe, "x").Width, Is.EqualTo(60f).Within(0.01));
    }

    [Test]
    public void Justify_content_align_items_and_auto_margins_place_items_in_their_line()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="display: flex; justify-content: space-between; align-items: center; height: 40pt">
              <div id="a" style="width: 20pt; height: 10pt"></div>
              <div id="b" style="width: 20pt; height: 20pt"></div>
              <div id="c" style="width: 20pt; height: 10pt; align-self: flex-end"></div>
            </div>
            <div style="display: flex; justify-content: center">
              <div id="m" style="width: 20pt; height: 10pt"></div>
              <div id="n" style="width: 20pt; height: 10pt; margin-left: auto"></div>
            </div>
            """);

        AssertBox(probe, "a", 10, 25, 20, 10);
        AssertBox(probe, "b", 90, 20, 20, 20);
        AssertBox(probe, "c", 170, 40, 20, 10);
        Assert.That(Rect(probe, "m").Left, Is.EqualTo(10f).Within(0.01), "an auto margin takes the free space before justify-content");
        Assert.That(Rect(probe, "n").Left, Is.EqualTo(170f).Within(0.01));
    }

    [Test]
    public void Wrapping_rows_make_lines_separated_by_row_gap()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="c" style="display: flex; flex-wrap: wrap; row-gap: 5pt; column-gap: 10pt">
              <div id="a" style="width: 80pt; height: 10pt"></div>
              <div id="b" style="width: 80pt; height: 20pt"></div>
              <div id="d" style="width: 80pt; height: 10pt"></div>
            </div>
            """);

        AssertBox(probe, "a", 10, 10, 80, 10);
        AssertBox(probe, "b", 100, 10, 80, 20);
        AssertBox(probe, "d", 10, 35, 80, 10);
        Assert.That(Rect(probe, "c").Height, Is.EqualTo(35f).Within(0.01));
    }

    [Test]
    public void Order_row_reverse_and_right_to_left_set_the_main_axis()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="display: flex">
              <div id="a" style="width: 20pt; height: 5pt; order: 2"></div>
              <div id="b" style="width: 20pt; height: 5pt"></div>
            </div>
            <div style="display: flex; flex-direction: row-reverse">
              <div id="c" style="width: 20pt; height: 5pt"></div>
              <div id="d" style="width: 20pt; height: 5pt"></div>
            </div>
            <div style="display: flex; direction: rtl">
              <div id="e" style="width: 20pt; height: 5pt"></div>
              <div id="f" style="width: 20pt; height: 5pt"></div>
            </div>
            """);

        Assert.That(Rect(probe, "b").Left, Is.EqualTo(10f).Within(0.01));
        Assert.That(Rect(probe, "a").Left, Is.EqualTo(30f).Within(0.01));
        Assert.That(Rect(probe, "c").Left, Is.EqualTo(170f).Within(0.01));
        Assert.That(Rect(probe, "d").Left, Is.EqualTo(150f).Within(0.01));
        Assert.That(Rect(probe, "e").Left, Is.EqualTo(170f).Within(0.01));
        Assert.That(Rect(probe, "f").Left, Is.EqualTo(150f).Within(0.01));
    }

    [Test]
    public void A_column_stacks_its_items_and_grows_them_into_a_set_height()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="display: flex; flex-direction: column; gap: 5pt; align-items: center">
              <div id="a">abc</div>
              <div id="b" style="width: 50pt; height: 10pt"></div>
            </div>
            <div style="display: flex; flex-direction: column; height: 60pt">
              <div id="g" style="height: 10pt"></div>
              <div id="h" style="flex-grow: 1"></div>
            </div>
            """);

        AssertBox(probe, "a", 100 - 9, 10, 18, 15);
        AssertBox(probe, "b", 75, 30, 50, 10);
        AssertBox(probe, "g", 10, 40, 180, 10);
        AssertBox(probe, "h", 10, 50, 180, 50);
    }

    [Test]
    public void A_wrapping_column_of_set_height_starts_a_new_column_when_the_next_item_would_pass_it()
    {
        // 50 pt tall: a and b (20 + 5 gap + 20) fit, c starts the second column. Each column is as wide as its widest
        // item (30 and 40 pt); align-content stretch shares the 110 pt left between the two.
        var probe = LayoutProbe.OfBody("""
            <div id="c" style="display: flex; flex-flow: column wrap; height: 50pt; row-gap: 5pt">
              <div id="a" style="width: 30pt; height: 20pt"></div>
              <div id="b" style="width: 20pt; height: 20pt"></div>
              <div id="d" style="width: 40pt; height: 20pt"></div>
            </div>
            <div style="display: flex; flex-flow: column-reverse wrap; height: 50pt; align-content: flex-start" dir="rtl">
              <div id="e" style="width: 30pt; height: 20pt"></div>
              <div id="f" style="width: 30pt; height: 20pt"></div>
              <div id="g" style="width: 30pt; height: 20pt"></div>
            </div>
            """);

        AssertBox(probe, "a", 10, 10, 30, 20);
        AssertBox(probe, "b", 10, 35, 20, 20);
        AssertBox(probe, "d", 10 + 30 + 55, 10, 40, 20);
        Assert.That(Rect(probe, "c").Height, Is.EqualTo(50f).Within(0.01));
        // column-reverse fills each column from the bottom; right-to-left puts the first column on the right.
        AssertBox(probe, "e", 160, 90, 30, 20);
        AssertBox(probe, "f", 160, 70, 30, 20);
        AssertBox(probe, "g", 130, 90, 30, 20);
    }

    [Test]
    public void A_negative_flex_shrink_is_ignored_and_the_items_shrink_as_by_default()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="display: flex; width: 100pt">
              <div id="a" style="width: 100pt; height: 10pt; flex-shrink: -2"></div>
              <div id="b" style="width: 100pt; height: 10pt; flex-shrink: -3"></div>
            </div>
            """);

        AssertBox(probe, "a", 10, 10, 50, 10);
        AssertBox(probe, "b", 60, 10, 50, 10);
    }

    [Test]
    public void An_image_in_a_column_takes_its_width_from_its_flex_basis_and_aspect_ratio()
    {
        // A 40 × 20 px image (2 : 1) with a basis of 30 pt: 60 pt wide, 30 pt tall, whatever its own pixels say.
        var uri = "data:image/png;base64," + Convert.ToBase64String(TestImages.Png(40, 20));
        var probe = LayoutProbe.OfBody($"""
            <div style="display: flex; flex-direction: column; height: 10pt">
              <img id="i" src="{uri}" style="flex: none; flex-basis: 30pt; align-self: flex-start; min-height: 0"/>
            </div>
            """);

        AssertBox(probe, "i", 10, 10, 60, 30);
    }

    [Test]
    public void A_collapsed_item_takes_no_room_in_its_line_but_keeps_the_line_as_tall_as_it()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="c" style="display: flex">
              <div id="a" style="width: 20pt; height: 10pt; margin: 5pt"></div>
              <div id="x" style="width: 30pt; height: 40pt; margin: 5pt; visibility: collapse"></div>
              <div id="b" style="width: 20pt; height: 10pt; margin: 5pt"></div>
            </div>
            """);

        AssertBox(probe, "b", 10 + 30 + 5, 15, 20, 10);
        Assert.That(Rect(probe, "c").Height, Is.EqualTo(50f).Within(0.01), "the collapsed item's 40 pt and margins (its strut)");
        Assert.That(probe.All("x"), Is.Empty, "not placed, not painted");
    }

    [Test]
    public void A_column_container_breaks_between_its_items_across_pages()
    {
        var items = string.Concat(Enumerable.Range(1, 8).Select(i => $"""<div id="i{i}" style="height: 40pt; flex-shrink: 0"></div>"""));
        var probe = LayoutProbe.OfBody($"""<div style="display: flex; flex-direction: column; row-gap: 5pt">{items}</div>""");

        // 180 pt a page: four items of 40 pt with 5 pt gaps (175 pt) per page.
        Assert.That(probe.Find("i4").Page, Is.EqualTo(1));
        Assert.That(probe.Find("i5").Page, Is.EqualTo(2));
        Assert.That(Rect(probe, "i5").Top, Is.EqualTo(10f).Within(0.01));
        Assert.That(probe.Pages, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_row_line_moves_to_the_next_page_whole()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="height: 150pt"></div>
            <div style="display: flex; flex-wrap: wrap">
              <div id="a" style="width: 100pt; height: 20pt"></div>
              <div id="b" style="width: 100pt; height: 40pt"></div>
              <div id="c" style="width: 100pt">one line</div>
            </div>
            """);

        Assert.That(probe.Find("a").Page, Is.EqualTo(1));
        Assert.That(probe.Find("b").Page, Is.EqualTo(2), "its 40 pt do not fit in the 10 pt left under the first line");
        Assert.That(Rect(probe, "b").Top, Is.EqualTo(10f).Within(0.01));
        Assert.That(probe.Find("c").Page, Is.EqualTo(2));
        Assert.That(Rect(probe, "c").Top, Is.EqualTo(50f).Within(0.01));
    }

    [Test]
    public void A_row_line_taller_than_a_page_is_split_with_each_item_going_on()
    {
        var text = string.Join(" ", Enumerable.Repeat("word", 60));
        var probe = LayoutProbe.OfBody($"""
            <div style="display: flex; gap: 10pt">
              <div id="a" style="flex: 1">{text}</div>
              <div id="b" style="flex: 1">short</div>
            </div>
            """);

        Assert.That(probe.All("a").Select(f => f.Page), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(probe.All("b").Select(f => f.Page), Is.EqualTo(new[] { 1 }));
        Assert.That(probe.LinesOf(2), Is.Not.Empty);
    }
}
