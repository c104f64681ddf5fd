using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Rendering;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// Floats and clear (CSS 2.1 9.5, 10.3.5, 9.4.1) on the 200 × 200 pt test page of <see cref="LayoutProbe"/>:
/// content box 180 pt wide from (10, 10), 12 pt text on 15 pt lines, characters 6 pt wide.
/// </summary>
public class FloatLayoutTests
{
    [Test]
    public void A_float_with_a_percentage_height_takes_it_from_a_container_of_set_height()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="height: 60pt">
              <div id="f" style="float: left; width: 30pt; height: 50%"></div>
            </div>
            """);

        Assert.That(probe.Find("f").Rect.Height, Is.EqualTo(30f).Within(0.01));
    }

    [Test]
    public void Floats_go_to_their_side_beside_the_earlier_ones_and_below_them_when_there_is_no_room()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="l" style="float: left; width: 40pt; height: 30pt"></div>
            <div id="r" style="float: right; width: 50pt; height: 20pt"></div>
            <div id="r2" style="float: right; width: 50pt; height: 20pt"></div>
            <div id="l2" style="float: left; width: 60pt; height: 10pt"></div>
            """);

        Assert.That(Corner(probe, "l"), Is.EqualTo((10f, 10f)));
        Assert.That(Corner(probe, "r"), Is.EqualTo((140f, 10f)));
        Assert.That(Corner(probe, "r2"), Is.EqualTo((90f, 10f)), "left of the first right float");
        Assert.That(Corner(probe, "l2"), Is.EqualTo((50f, 30f)), "40 pt between the floats is too narrow: below the right ones, beside the left one");
    }

    [Test]
    public void A_float_sticks_out_of_its_containing_block_only_where_no_float_of_its_side_is_beside_it()
    {
        // Rule 7: beside a left float (even one outside its containing block) a left float may not stick out on the
        // right; rule 3: it may, as far as the right float beside it.
        var probe = LayoutProbe.OfBody("""
            <div style="float: left; width: 180pt; height: 150pt">
              <div style="float: left; width: 20pt; height: 40pt"></div>
              <div style="float: right; width: 20pt; height: 40pt"></div>
              <div style="margin: 0 50pt 0 30pt">
                <div id="moved" style="float: left; width: 110pt; height: 5pt"></div>
              </div>
              <div style="margin: 0 50pt 0 0">
                <div id="kept" style="float: right; width: 150pt; height: 5pt"></div>
              </div>
            </div>
            """);

        Assert.That(Corner(probe, "moved"), Is.EqualTo((40f, 50f)), "100 pt of room beside the left float: below the floats");
        Assert.That(probe.Find("kept").Rect.Right, Is.EqualTo(140f).Within(0.01), "at its containing block's right edge");
        Assert.That(probe.Find("kept").Rect.Top, Is.EqualTo(55f).Within(0.01), "not above the earlier float");
    }

    [Test]
    public void A_float_without_a_width_shrinks_to_its_content()
    {
        var probe = LayoutProbe.OfBody("""<div id="f" style="float: left; padding: 0 2pt">abc</div><div id="g" style="float: right">a long text that has to wrap at the page's width somewhere</div>""");

        Assert.That(probe.Find("f").Rect.Width, Is.EqualTo(3 * 6f + 4f).Within(0.01));
        Assert.That(probe.Find("g").Rect.Width, Is.EqualTo(180f).Within(0.01), "the containing block's width is the room it may take (10.3.5)");
        Assert.That(probe.Find("g").Rect.Top, Is.EqualTo(25f).Within(0.01), "so it goes below the first float");
    }

    [Test]
    public void A_shrink_to_fit_width_holds_floats_side_by_side_with_the_text_after_them()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="outer" style="float: left">
              <div id="a" style="float: left; width: 30pt; height: 5pt"></div><div id="b" style="float: right; width: 40pt; height: 5pt"></div>ab
            </div>
            <table><tr><td id="cell" style="padding: 0"><div style="float: left; width: 30pt; height: 5pt"></div><div style="float: left; width: 40pt; height: 5pt; clear: left"></div></td></tr></table>
            """);

        Assert.That(probe.Find("outer").Rect.Width, Is.EqualTo(30f + 40f + 12f).Within(0.01));
        Assert.That(probe.Find("b").Rect.Top, Is.EqualTo(10f).Within(0.01), "so nothing wraps");
        Assert.That(probe.Find("cell").Rect.Width, Is.EqualTo(40f).Within(0.01), "a cleared float starts a row of its own");
        Assert.That(probe.Find("cell").Rect.Height, Is.EqualTo(10f).Within(0.01), "a cell holds its floats");
    }

    [Test]
    public void A_float_inside_an_inline_element_is_floated_too()
    {
        var probe = LayoutProbe.OfBody("""<p style="margin: 0"><a href="#x"><span id="f" style="float: right; width: 30pt; height: 30pt"></span>after</a></p><p id="x">x</p>""");

        Assert.That(probe.Find("f").Rect, Is.EqualTo(SKRect.Create(160, 10, 30, 30)));
        Assert.That(Lines(probe)[0].Text, Is.EqualTo("after"));
        Assert.That(Lines(probe)[0].Rect.Width, Is.EqualTo(150f).Within(0.01), "beside the float");
        Assert.That(probe.Document.Messages.Select(m => m.Code), Does.Not.Contain("PDF121"));
    }

    [Test]
    public void Lines_beside_a_float_are_shortened_and_the_rest_take_the_full_width()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="float: left; width: 60pt; height: 30pt"></div>
            <p style="margin: 0">aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp</p>
            """);

        var lines = Lines(probe);
        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { "aaaa bbbb cccc dddd", "eeee ffff gggg hhhh", "iiii jjjj kkkk llll mmmm nnnn", "oooo pppp" }));
        Assert.That(lines[0].Rect.Left, Is.EqualTo(70f).Within(0.01));
        Assert.That(lines[0].Rect.Width, Is.EqualTo(120f).Within(0.01));
        Assert.That(lines[1].Rect.Left, Is.EqualTo(70f).Within(0.01));
        Assert.That(lines[2].Rect.Left, Is.EqualTo(10f).Within(0.01));
        Assert.That(lines[2].Rect.Top, Is.EqualTo(40f).Within(0.01));
    }

    [Test]
    public void A_line_with_no_room_beside_the_floats_moves_down_past_them()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="float: left; width: 150pt; height: 40pt"></div>
            <p style="margin: 0">abcdefghij klm</p>
            """);

        var lines = Lines(probe);
        Assert.That(lines[0].Text, Is.EqualTo("abcdefghij klm"));
        Assert.That(lines[0].Rect.Top, Is.EqualTo(50f).Within(0.01), "30 pt beside the float cannot hold a 60 pt word");
        Assert.That(lines[0].Rect.Left, Is.EqualTo(10f).Within(0.01));
    }

    [Test]
    public void Clear_places_a_block_below_the_floats_of_its_side()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="float: left; width: 40pt; height: 30pt"></div>
            <div style="float: right; width: 40pt; height: 60pt"></div>
            <div id="left" style="clear: left">x</div>
            <div id="both" style="clear: both">y</div>
            """);

        Assert.That(probe.Find("left").Rect.Top, Is.EqualTo(40f).Within(0.01));
        Assert.That(probe.Find("both").Rect.Top, Is.EqualTo(70f).Within(0.01));
    }

    [Test]
    public void A_formatting_context_root_holds_its_floats_and_keeps_clear_of_the_floats_beside_it()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="plain"><div style="float: left; width: 20pt; height: 50pt"></div>x</div>
            <div id="root" style="overflow: hidden; clear: both"><div style="float: left; width: 20pt; height: 50pt"></div>x</div>
            <div id="side" style="float: left; width: 50pt; height: 50pt"></div>
            <div id="beside" style="display: flow-root">y</div>
            """);

        Assert.That(probe.Find("plain").Rect.Height, Is.EqualTo(15f).Within(0.01), "a block that is no root lets its floats hang out");
        Assert.That(probe.Find("root").Rect.Height, Is.EqualTo(50f).Within(0.01));
        Assert.That(probe.Find("beside").Rect.Left, Is.EqualTo(60f).Within(0.01));
        Assert.That(probe.Find("beside").Rect.Width, Is.EqualTo(130f).Within(0.01));
    }

    [Test]
    public void A_formatting_context_root_too_wide_for_the_room_beside_the_floats_goes_below_them()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="float: left; width: 100pt; height: 40pt"></div>
            <div id="narrow" style="overflow: hidden; width: 60pt; height: 10pt"></div>
            <div id="wide" style="overflow: hidden; width: 100pt; height: 10pt"></div>
            """);

        Assert.That(Corner(probe, "narrow"), Is.EqualTo((110f, 10f)), "beside the float");
        Assert.That(Corner(probe, "wide"), Is.EqualTo((10f, 50f)), "80 pt beside the float cannot hold 100 pt");
        Assert.That(probe.Find("wide").Rect.Width, Is.EqualTo(100f).Within(0.01));
    }

    [Test]
    public void A_float_that_does_not_fit_on_the_page_moves_to_the_next_and_a_float_taller_than_a_page_is_split()
    {
        var probe = LayoutProbe.OfBody($"""
            <div style="height: 150pt">a</div>
            <div id="f" style="float: left; width: 50pt; height: 60pt"></div>
            <p style="margin: 0">beside</p>
            <div id="tall" style="float: right; width: 50pt; clear: both">{string.Concat(Enumerable.Repeat("line<br>", 24))}</div>
            """);

        Assert.That(probe.Find("f"), Is.EqualTo((2, SKRect.Create(10, 10, 50, 60))));
        Assert.That(probe.LinesOf(2)[0], Is.EqualTo("beside"));
        var tall = probe.All("tall");
        Assert.That(tall.Select(t => t.Page), Is.EqualTo(new[] { 2, 3, 4 }), "24 lines of 15 pt: 8 below the first float, 12 on a page, 4");
        Assert.That(tall.All(t => t.Rect.Right == 190f), Is.True);
    }

    [Test]
    public void Left_and_right_are_the_physical_sides_in_right_to_left_text()
    {
        var probe = LayoutProbe.Of("""
            <!DOCTYPE html><html dir="rtl"><head><style>@page { size: 200pt 200pt; margin: 10pt } body { margin: 0; font-size: 12pt; line-height: 15pt }</style></head>
            <body><div id="l" style="float: left; width: 40pt; height: 20pt"></div><div id="r" style="float: right; width: 40pt; height: 20pt"></div><p style="margin: 0">abc</p></body></html>
            """);

        Assert.That(Corner(probe, "l"), Is.EqualTo((10f, 10f)));
        Assert.That(Corner(probe, "r"), Is.EqualTo((150f, 10f)));
        var line = Lines(probe).Single();
        Assert.That(line.Rect.Left, Is.EqualTo(50f).Within(0.01));
        Assert.That(line.Rect.Width, Is.EqualTo(100f).Within(0.01));
    }

    [Test]
    public void Floats_wider_than_their_container_are_placed_one_below_the_other_without_hanging()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="width: 100pt">
              <div id="f" style="float: left; width: 300pt; height: 10pt"></div>
              <div id="g" style="float: right; width: 300pt; height: 10pt"></div>
              text after
            </div>
            """);

        Assert.That(Corner(probe, "f"), Is.EqualTo((10f, 10f)));
        Assert.That(probe.Find("g").Rect.Top, Is.EqualTo(20f).Within(0.01));
        Assert.That(probe.LinesOf(1), Does.Contain("text after"));
    }

    [Test]
    public void A_float_is_painted_over_the_background_of_the_block_beside_it_and_under_its_text()
    {
        var commands = LayoutProbe.OfBody("""
            <div style="float: left; width: 40pt; height: 40pt; background: #00ff00"></div>
            <p style="background: #0000ff; margin: 0">text</p>
            """).Document.Paints[0].Commands;

        var floatFill = IndexOf(commands, c => c is FillRectangle { Color: 0xFF00FF00 });
        var blockFill = IndexOf(commands, c => c is FillRectangle { Color: 0xFF0000FF });
        var text = IndexOf(commands, c => c is DrawGlyphs);
        Assert.That(blockFill, Is.LessThan(floatFill));
        Assert.That(floatFill, Is.LessThan(text));
    }

    [Test]
    public void A_float_after_text_goes_up_to_the_line_it_occurs_in_when_it_fits_beside_it()
    {
        var probe = LayoutProbe.OfBody("""
            <div><span>ab</span><span id="up" style="float: left; width: 30pt; height: 30pt"></span></div>
            <div style="clear: both">aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa<span id="below" style="float: left; width: 30pt; height: 5pt"></span></div>
            """);

        var lines = Lines(probe);
        Assert.That(Corner(probe, "up"), Is.EqualTo((10f, 10f)), "at the top of the line of \"ab\"");
        Assert.That(lines[0].Text, Is.EqualTo("ab"));
        Assert.That(lines[0].Rect.Left, Is.EqualTo(40f).Within(0.01), "the line moves over beside the float");
        Assert.That(Corner(probe, "below"), Is.EqualTo((10f, 55f)), "a full 180 pt line leaves no room: below it");
    }

    [Test]
    public void Clear_with_no_float_to_clear_lets_an_empty_blocks_margin_collapse_through_its_parent()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="parent"><div style="height: 20pt"></div><div style="clear: both; margin-top: 30pt"></div></div>
            <div id="next">x</div>
            """);

        Assert.That(probe.Find("parent").Rect.Height, Is.EqualTo(20f).Within(0.01), "the margin is the parent's bottom margin (CSS 2.1 §8.3.1)");
        Assert.That(probe.Find("next").Rect.Top, Is.EqualTo(60f).Within(0.01));
    }

    [Test]
    public void A_first_child_with_clearance_does_not_give_its_margin_to_its_parent()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="parent"><div style="float: left; width: 20pt; height: 40pt"></div><div id="clear" style="clear: left; margin-top: 10pt; height: 5pt"></div></div>
            """);

        Assert.That(probe.Find("parent").Rect.Top, Is.EqualTo(10f).Within(0.01));
        Assert.That(probe.Find("clear").Rect.Top, Is.EqualTo(50f).Within(0.01), "just below the float");
    }

    [Test]
    public void The_margins_through_an_empty_block_with_clearance_count_from_its_own_top_margin()
    {
        // Its border edge goes to the float's bottom (50); its top margin (20) collapses with its bottom margin and the
        // next empty block's (70): 70 from 30, so the parent's content ends at 100 (CSS 2.1 §8.3.1, §9.5.2).
        var probe = LayoutProbe.OfBody("""
            <div id="parent" style="border-top: 1pt solid">
              <div style="float: left; width: 20pt; height: 50pt"></div>
              <div style="clear: left; margin-top: 20pt; margin-bottom: 40pt"></div>
              <div style="margin-bottom: 70pt"></div>
            </div>
            """);

        Assert.That(probe.Find("parent").Rect.Height, Is.EqualTo(101f).Within(0.01));
    }

    [Test]
    public void A_formatting_context_root_beside_floats_takes_the_narrowest_room_over_its_height()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="float: right; clear: right; width: 20pt; height: 30pt"></div>
            <div style="float: right; clear: right; width: 60pt; height: 30pt"></div>
            <div id="a" style="overflow: hidden; width: 100pt; height: 20pt; margin-left: auto"></div>
            <div id="b" style="overflow: hidden; width: 100pt; height: 20pt; margin-left: auto"></div>
            """);

        Assert.That(Corner(probe, "a"), Is.EqualTo((70f, 10f)), "against the first float");
        Assert.That(Corner(probe, "b"), Is.EqualTo((30f, 30f)), "against the wider float it reaches down beside");
    }

    private static int IndexOf(IReadOnlyList<PaintCommand> commands, Func<PaintCommand, bool> match) =>
        commands.Select((c, i) => (c, i)).First(p => match(p.c)).i;

    private static (float X, float Y) Corner(LayoutProbe probe, string id) => (probe.Find(id).Rect.Left, probe.Find(id).Rect.Top);

    /// <summary>The lines of page 1 with their boxes in page coordinates, top to bottom.</summary>
    private static List<(string Text, SKRect Rect)> Lines(LayoutProbe probe)
    {
        var page = probe.Pages[0];
        var lines = new List<(string, SKRect)>();
        LayoutProbe.Walk(page.Body, page.Margins.Left, page.Margins.Top, (fragment, rect) =>
        {
            if (fragment is LineFragment line)
            {
                lines.Add((string.Concat(line.Line.Runs.Select(r => r.Text)).Trim(), rect));
            }
        });
        return lines.OrderBy(l => l.Item2.Top).ToList();
    }
}
