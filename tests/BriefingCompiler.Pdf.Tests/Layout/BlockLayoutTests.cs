using BriefingCompiler.Pdf.Layout;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// "This snippet on this page gives these boxes": a 200 × 200 pt page with 10 pt margins, 12 pt text on
/// 15 pt lines, characters 6 pt wide (see <see cref="MonospaceTextSystem"/>).
/// </summary>
public class BlockLayoutTests
{
    [Test]
    public void Max_height_caps_a_set_or_content_height_and_min_height_wins_over_it()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="set" style="height: 60pt; max-height: 20pt; padding: 2pt"></div>
            <div id="content" style="max-height: 15pt">one two three four five six seven eight nine ten eleven</div>
            <div id="least" style="max-height: 10pt; min-height: 30pt"></div>
            <div id="after">after</div>
            """);

        Assert.That(probe.Find("set").Rect.Height, Is.EqualTo(24f).Within(0.01), "20 pt of content and 4 pt of padding");
        Assert.That(probe.Find("content").Rect.Height, Is.EqualTo(15f).Within(0.01), "its lines overflow the box");
        Assert.That(probe.Find("least").Rect.Height, Is.EqualTo(30f).Within(0.01));
        Assert.That(probe.Find("after").Rect.Top, Is.EqualTo(10f + 24 + 15 + 30).Within(0.01));
        Assert.That(probe.Document.Messages.Select(m => m.Code), Does.Not.Contain("PDF101"));
    }

    [Test]
    public void An_auto_left_margin_alone_puts_a_block_on_the_right_and_an_over_wide_block_overflows()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="right" style="width: 50pt; margin-left: auto; height: 5pt"></div>
            <div id="wide" style="width: 300pt; height: 5pt"></div>
            <div style="direction: rtl"><div id="rtl" style="width: 300pt; height: 5pt"></div></div>
            """);

        Assert.That(probe.Find("right").Rect.Left, Is.EqualTo(140f).Within(0.01), "margin-left takes the 130 pt the width leaves (CSS 2.1 §10.3.3)");
        Assert.That(probe.Find("wide").Rect, Is.EqualTo(SkiaSharp.SKRect.Create(10, 15, 300, 5)), "wider than its containing block: it overflows on the right");
        Assert.That(probe.Find("rtl").Rect.Right, Is.EqualTo(190f).Within(0.01), "right-to-left, it keeps to its containing block's right edge");
    }

    [Test]
    public void A_root_element_with_display_none_shows_nothing()
    {
        var probe = LayoutProbe.Of("""<!DOCTYPE html><html style="display: none"><body><p>text</p></body></html>""");

        Assert.That(probe.Pages.SelectMany((_, i) => probe.LinesOf(i + 1)), Is.Empty);
    }

    [Test]
    public void A_root_element_with_display_table_is_a_table_centred_by_its_auto_margins()
    {
        // CSS 2.1 §9.2.4: the root takes any display; a table is as wide as its cells (shrink-to-fit), and auto margins centre it.
        var probe = LayoutProbe.Of("""
            <!DOCTYPE html><html id="root" style="display: table; margin: 0 auto; border-spacing: 0; background: yellow">
            <head><style>@page { size: 200pt 200pt; margin: 10pt } body { display: table-row; font-size: 12pt; line-height: 15pt }</style></head>
            <body><div id="cell" style="display: table-cell; width: 60pt; height: 20pt"></div><div style="display: table-cell; width: 40pt"></div></body></html>
            """);

        Assert.Multiple(() =>
        {
            Assert.That(probe.Find("root").Rect, Is.EqualTo(SkiaSharp.SKRect.Create(50, 10, 100, 20)), "100 pt wide, in the middle of the 180 pt page area");
            Assert.That(probe.Find("cell").Rect.Left, Is.EqualTo(50f).Within(0.01));
            Assert.That(probe.Pages[0].Body.Box.Style.BackgroundColor, Is.Not.EqualTo(0u), "the root's background still paints the canvas");
        });
    }

    [Test]
    public void Min_width_wins_over_width_and_max_width()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="zero" style="width: 0; min-width: 50pt; height: 5pt"></div>
            <div id="capped" style="max-width: 20pt; min-width: 40pt; padding: 0 5pt; height: 5pt"></div>
            """);

        Assert.That(probe.Find("zero").Rect.Width, Is.EqualTo(50f).Within(0.01));
        Assert.That(probe.Find("capped").Rect.Width, Is.EqualTo(50f).Within(0.01));
    }

    [Test]
    public void Sibling_margins_collapse_to_the_larger_one()
    {
        var probe = LayoutProbe.OfBody("""<div id="a" style="margin-bottom: 20pt">A</div><div id="b" style="margin-top: 12pt">B</div>""");

        Assert.That(probe.Find("a").Rect.Top, Is.EqualTo(10f).Within(0.01));
        Assert.That(probe.Find("a").Rect.Bottom, Is.EqualTo(25f).Within(0.01));
        Assert.That(probe.Find("b").Rect.Top, Is.EqualTo(45f).Within(0.01));
    }

    [Test]
    public void A_first_childs_margin_collapses_through_its_parent_unless_padding_separates_them()
    {
        var collapsed = LayoutProbe.OfBody("""<div>A</div><div id="outer" style="margin-top: 5pt"><div id="inner" style="margin-top: 18pt">x</div></div>""");
        var separated = LayoutProbe.OfBody("""<div>A</div><div id="outer" style="margin-top: 5pt; padding-top: 1pt"><div id="inner" style="margin-top: 18pt">x</div></div>""");

        Assert.That(collapsed.Find("outer").Rect.Top, Is.EqualTo(43f).Within(0.01));
        Assert.That(collapsed.Find("inner").Rect.Top, Is.EqualTo(43f).Within(0.01));
        Assert.That(separated.Find("outer").Rect.Top, Is.EqualTo(30f).Within(0.01));
        Assert.That(separated.Find("inner").Rect.Top, Is.EqualTo(49f).Within(0.01));
    }

    [Test]
    public void Margins_collapse_through_an_empty_block_with_its_siblings()
    {
        // CSS 2.1 §8.3.1: an empty block's top and bottom margins adjoin, and so adjoin both siblings' margins.
        var probe = LayoutProbe.OfBody("""<div id="a">A</div><div id="e" style="margin: 30pt 0 10pt"></div><div id="b" style="margin-top: 12pt">B</div>""");
        var mixed = LayoutProbe.OfBody("""<div id="a" style="margin-bottom: 20pt">A</div><div style="margin: -5pt 0 8pt"><div></div></div><div id="b" style="margin-top: 3pt">B</div>""");

        Assert.That(probe.Find("b").Rect.Top, Is.EqualTo(25f + 30f).Within(0.01), "the largest of 30, 10 and 12");
        Assert.That(probe.Find("e").Rect.Top, Is.EqualTo(55f).Within(0.01));
        Assert.That(mixed.Find("b").Rect.Top, Is.EqualTo(25f + 20f - 5f).Within(0.01), "the largest positive plus the most negative, in any order");
    }

    [Test]
    public void An_empty_first_child_lets_the_next_childs_margin_collapse_with_its_parents()
    {
        var probe = LayoutProbe.OfBody("""<div>A</div><div id="outer" style="margin-top: 5pt"><div style="margin-bottom: 9pt"></div><div id="inner" style="margin-top: 18pt">x</div></div>""");

        Assert.That(probe.Find("outer").Rect.Top, Is.EqualTo(43f).Within(0.01));
        Assert.That(probe.Find("inner").Rect.Top, Is.EqualTo(43f).Within(0.01));
    }

    [Test]
    public void Margins_after_an_empty_block_with_clearance_stay_inside_the_parent()
    {
        // §8.3.1: they do not collapse with the parent's bottom margin (the W3C test margin-collapse-033).
        var probe = LayoutProbe.OfBody("""
            <div id="outer" style="margin-bottom: 7pt">
              <div style="float: left; width: 10pt; height: 1pt"></div>
              <div style="clear: left"></div>
              <div style="margin-top: 39pt"></div>
            </div>
            <div id="after">B</div>
            """);

        Assert.That(probe.Find("outer").Rect.Height, Is.EqualTo(40f).Within(0.01));
        Assert.That(probe.Find("after").Rect.Top, Is.EqualTo(57f).Within(0.01));
    }

    [Test]
    public void A_negative_height_or_padding_is_ignored_and_the_earlier_declaration_stays()
    {
        // CSS 2.1 §4.2: an invalid declaration is ignored (the W3C tests height-001, padding-009).
        var probe = LayoutProbe.OfBody("""<div id="h">A</div><div id="p">B</div><div id="z">C</div>""",
            "#h { height: 0; height: -1px } #p { padding: 3pt; padding: -8px; padding-left: -.5em; max-width: -1px; line-height: 15pt }"
            + " /* a comment's prose: width: -12px */ #z { height: 5pt; height: -0pt }");

        Assert.That(probe.Find("h").Rect.Height, Is.EqualTo(0f).Within(0.01));
        Assert.That(probe.Find("p").Rect.Height, Is.EqualTo(15f + 6f).Within(0.01));
        Assert.That(probe.Find("p").Rect.Width, Is.EqualTo(180f).Within(0.01));
        Assert.That(probe.Find("z").Rect.Height, Is.EqualTo(0f).Within(0.01), "-0 is zero, a valid height");
    }

    [Test]
    public void The_first_blocks_top_margin_is_kept_at_the_top_of_the_first_page_the_root_does_not_collapse_it()
    {
        // CSS 2.1 §8.3.1: the root's margins do not collapse with its children's; the start of the document is no
        // page break, so nothing truncates the margin there (browsers print it).
        var probe = LayoutProbe.OfBody("""<div id="d" style="margin-top: 30pt; height: 10pt"></div>""");

        Assert.That(probe.Find("d").Rect.Top, Is.EqualTo(40f).Within(0.01), "10 pt page margin + 30 pt");
    }

    [Test]
    public void A_block_inside_an_inline_element_splits_it_into_lines_before_and_after_the_block()
    {
        // CSS 2.1 §9.2.1.1: the inline content before and after the block goes into anonymous blocks around it.
        var probe = LayoutProbe.OfBody("""<span>one <span>two</span><div id="d" style="height: 20pt">three</div>four</span>""");

        Assert.Multiple(() =>
        {
            Assert.That(probe.LinesOf(1), Is.EqualTo(new[] { "one two", "three", "four" }));
            Assert.That(probe.Find("d").Rect.Top, Is.EqualTo(25f).Within(0.01), "below the first line");
            Assert.That(probe.Document.Messages.Select(m => m.Code), Does.Not.Contain("PDF121"));
        });
    }

    [Test]
    public void Negative_margins_are_added_to_positive_ones()
    {
        var probe = LayoutProbe.OfBody("""<div id="a" style="margin-bottom: 20pt">A</div><div id="b" style="margin-top: -5pt">B</div>""");

        Assert.That(probe.Find("b").Rect.Top, Is.EqualTo(40f).Within(0.01));
    }

    [Test]
    public void Padding_and_borders_place_the_content_and_size_the_box()
    {
        var probe = LayoutProbe.OfBody("""<div id="box" style="padding: 4pt 6pt; border: 2pt solid black; margin: 0 10pt"><div id="in">x</div></div>""");

        var box = probe.Find("box").Rect;
        var inner = probe.Find("in").Rect;
        Assert.That(box.Left, Is.EqualTo(20f).Within(0.01));
        Assert.That(box.Width, Is.EqualTo(160f).Within(0.01));
        Assert.That(box.Height, Is.EqualTo(2 + 4 + 15 + 4 + 2).Within(0.01));
        Assert.That(inner.Left, Is.EqualTo(28f).Within(0.01));
        Assert.That(inner.Top, Is.EqualTo(16f).Within(0.01));
        Assert.That(inner.Width, Is.EqualTo(144f).Within(0.01));
    }

    [Test]
    public void Auto_side_margins_centre_a_narrower_block_or_table()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="d" style="width: 100pt; margin: 0 auto">x</div>
            <table id="t" style="margin: 0 auto; border-collapse: collapse"><tr><td style="padding: 0">abcd</td></tr></table>
            """);

        Assert.That(probe.Find("d").Rect.Left, Is.EqualTo(50f).Within(0.01));
        Assert.That(probe.Find("t").Rect.Left, Is.EqualTo(10f + (180f - 24f) / 2).Within(0.01));
    }

    [Test]
    public void A_width_wider_than_the_containing_block_is_kept_and_overflows_it_auto_margins_count_as_zero()
    {
        // CSS 2.1 10.3.3: an over-constrained block gives up its right margin, not its width (the W3C multicol
        // tests written for an 820 px viewport lay their columns out from the 41em they ask for).
        var probe = LayoutProbe.OfBody("""
            <div id="wide" style="width: 250pt; height: 5pt; padding: 0 5pt"></div>
            <div id="centred" style="width: 300pt; height: 5pt; margin: 0 auto"></div>
            <div style="width: 100pt"><div id="inner" style="width: 150pt; height: 5pt; margin-left: 10pt"></div></div>
            """);

        Assert.That(probe.Find("wide").Rect.Width, Is.EqualTo(260f).Within(0.01), "250 pt and its padding, past the 180 pt there is");
        Assert.That(probe.Find("centred").Rect.Left, Is.EqualTo(10f).Within(0.01), "not moved left of the containing block");
        Assert.That(probe.Find("centred").Rect.Width, Is.EqualTo(300f).Within(0.01));
        Assert.That(probe.Find("inner").Rect.Left, Is.EqualTo(20f).Within(0.01));
        Assert.That(probe.Find("inner").Rect.Width, Is.EqualTo(150f).Within(0.01));
    }

    [Test]
    public void A_set_line_height_below_the_font_height_is_the_line_height_as_in_browsers()
    {
        // 12 pt text is 12 pt from ascent to descent here; a 1.3 heading style asks for less than 1.0 em of
        // a taller font: the line box keeps the asked height and the glyphs reach past it.
        var probe = LayoutProbe.OfBody("""
            <p id="tight" style="margin: 0; line-height: 10pt">a b</p>
            <p id="grown" style="margin: 0; line-height: 1.25">a <span style="font-size: 24pt">B</span></p>
            <p id="inherited" style="margin: 0; line-height: 15pt">a <span style="font-size: 24pt">B</span></p>
            <p id="normal" style="margin: 0; line-height: normal">a</p>
            """);

        Assert.That(probe.Find("tight").Rect.Height, Is.EqualTo(10f).Within(0.01));
        Assert.That(probe.Find("grown").Rect.Height, Is.EqualTo(30f).Within(0.01), "a run twice as large doubles a line-height given as a number");
        // A length is inherited as it is: the span's 15 pt box is centred on its 24 pt glyphs (14.7 pt above the baseline),
        // the paragraph's strut reaches 3.9 pt below it (CSS 2.1 §10.8.1).
        Assert.That(probe.Find("inherited").Rect.Height, Is.EqualTo(14.7f + 3.9f).Within(0.01), "a line-height length is the span's too");
        Assert.That(probe.Find("normal").Rect.Height, Is.EqualTo(14.4f).Within(0.01), "normal: ascent, descent and the stand-in font's 0.2 em line gap");
        static BoxFragment? Box(BoxFragment f, string id) =>
            f.Box.Id == id ? f : f.Children.OfType<BoxFragment>().Select(c => Box(c, id)).FirstOrDefault(b => b is not null);
        static LineFragment FirstLine(Fragment f) => f as LineFragment ?? ((BoxFragment)f).Children.Select(FirstLine).First();
        var tight = FirstLine(Box(probe.Pages[0].Body, "tight")!);
        Assert.That(tight.Baseline, Is.EqualTo(-1f + 9.6f).Within(0.01), "the negative half-leading moves the baseline up");
    }

    [Test]
    public void Text_wraps_at_the_box_width_and_white_space_collapses()
    {
        // 180 pt hold 30 characters of 6 pt.
        var probe = LayoutProbe.OfBody("<p>aaaa   bbbb\n cccc dddd eeee ffff gggg hhhh</p>");

        Assert.That(probe.LinesOf(1), Is.EqualTo(new[] { "aaaa bbbb cccc dddd eeee ffff", "gggg hhhh" }));
    }

    [Test]
    public void No_wrap_text_stays_on_one_line_and_sizes_its_table_column()
    {
        var probe = LayoutProbe.OfBody("""
            <p style="white-space: nowrap">aaaa bbbb cccc dddd eeee ffff gggg hhhh</p>
            <table style="width: 60pt; border-collapse: collapse"><tr><td id="c" style="white-space: nowrap; padding: 0">2024-11-04 09:00</td><td style="padding: 0">x</td></tr></table>
            """);

        Assert.That(probe.LinesOf(1)[0], Is.EqualTo("aaaa bbbb cccc dddd eeee ffff gggg hhhh"));
        Assert.That(probe.Find("c").Rect.Width, Is.EqualTo(96f).Within(0.01), "16 characters, unbroken");
        Assert.That(probe.Document.Messages.Select(m => m.Code), Has.No.Member("PDF125"));
        Assert.That(LayoutProbe.OfBody("<p>a <span style=\"white-space: nowrap\">b c</span></p>").Document.Messages.Select(m => m.Code), Has.Member("PDF125"));
    }

    [Test]
    public void Line_breaks_and_preformatted_text_keep_their_lines()
    {
        var probe = LayoutProbe.OfBody("<p>one<br>two</p><pre>a  b\nc</pre>");

        Assert.That(probe.LinesOf(1), Is.EqualTo(new[] { "one", "two", "a  b", "c" }));
    }

    [Test]
    public void Ordered_lists_number_from_start_and_right_align_their_markers()
    {
        var items = string.Concat(Enumerable.Range(0, 3).Select(i => $"<li id=\"i{i}\">item</li>"));
        var probe = LayoutProbe.OfBody($"<ol start=\"9\" style=\"padding-left: 30pt\">{items}</ol>");

        Assert.That(probe.LinesOf(1), Is.EqualTo(new[] { "9.", "item", "10.", "item", "11.", "item" }));
        var markers = new List<SkiaSharp.SKRect>();
        LayoutProbe.Walk(probe.Pages[0].Body, 10, 10, (fragment, rect) =>
        {
            if (fragment is LineFragment line && line.Line.Runs.Count > 0 && line.Line.Runs[0].Text.EndsWith('.'))
            {
                markers.Add(rect);
            }
        });
        Assert.That(markers.Select(m => m.Right).Distinct().Count(), Is.EqualTo(1), "marker right edges line up");
        Assert.That(markers[0].Right, Is.EqualTo(probe.Find("i0").Rect.Left - 6).Within(0.01), "half an em before the content");
    }

    [Test]
    public void Nested_unordered_lists_change_bullets()
    {
        var probe = LayoutProbe.OfBody("<ul><li>a<ul><li>b<ul><li>c</li></ul></li></ul></li></ul>");

        Assert.That(probe.LinesOf(1), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(Symbols(probe).Select(s => s.Symbol.Symbol), Is.EqualTo(new[] { ListSymbol.Disc, ListSymbol.Circle, ListSymbol.Square }));
    }

    [TestCase("ltr")]
    [TestCase("rtl")]
    public void A_bullet_is_a_disc_a_third_of_the_ascent_across_centred_an_em_before_the_text(string dir)
    {
        // As Chromium draws it: 12 pt text with a 9.6 pt ascent here gives a 3.2 pt disc whose top is half the
        // ascent above the baseline, its centre 12 pt before the content edge (right of it in right-to-left).
        var probe = LayoutProbe.Of($$"""
            <!DOCTYPE html><html dir="{{dir}}"><head><style>@page { size: 200pt 200pt; margin: 10pt } body { margin: 0; font-size: 12pt; line-height: 15pt }</style></head><body>
            <ul style="margin: 0; padding: 0 30pt"><li id="item" style="color: #123456">x</li></ul>
            </body></html>
            """);

        var (symbol, rect) = Symbols(probe).Single();
        var item = probe.Find("item").Rect;
        Assert.That(symbol.Symbol, Is.EqualTo(ListSymbol.Disc));
        Assert.That(symbol.Color, Is.EqualTo(0xFF123456u));
        Assert.That(rect.Width, Is.EqualTo(3.2f).Within(0.01));
        var baseline = item.Top + (15f - 12f) / 2 + 9.6f;
        Assert.That(rect.Top, Is.EqualTo(baseline - 4.8f).Within(0.01));
        var centre = rect.MidX;
        Assert.That(centre, Is.EqualTo(dir == "ltr" ? item.Left - 12f : item.Right + 12f).Within(0.01));
    }

    private static List<(ListSymbolFragment Symbol, SkiaSharp.SKRect Rect)> Symbols(LayoutProbe probe)
    {
        var found = new List<(ListSymbolFragment, SkiaSharp.SKRect)>();
        LayoutProbe.Walk(probe.Pages[0].Body, 10, 10, (fragment, rect) =>
        {
            if (fragment is ListSymbolFragment symbol)
            {
                found.Add((symbol, rect));
            }
        });
        return found;
    }

    [Test]
    public void Table_columns_take_their_content_widths_when_there_is_room()
    {
        var probe = LayoutProbe.OfBody("""
            <table style="border-collapse: collapse"><tr><td id="a" style="padding: 0">ab</td><td id="b" style="padding: 0">abcd</td></tr></table>
            """);

        Assert.That(probe.Find("a").Rect.Width, Is.EqualTo(12f).Within(0.01));
        Assert.That(probe.Find("b").Rect.Width, Is.EqualTo(24f).Within(0.01));
        Assert.That(probe.Find("b").Rect.Left, Is.EqualTo(probe.Find("a").Rect.Right).Within(0.01));
    }

    [Test]
    public void A_full_width_table_shares_the_spare_room_by_content_width()
    {
        var probe = LayoutProbe.OfBody("""
            <table style="width: 100%; border-collapse: collapse"><tr><td id="a" style="padding: 0">ab</td><td id="b" style="padding: 0">abcd</td></tr></table>
            """);

        Assert.That(probe.Find("a").Rect.Width, Is.EqualTo(60f).Within(0.01));
        Assert.That(probe.Find("b").Rect.Width, Is.EqualTo(120f).Within(0.01));
    }

    [Test]
    public void A_narrow_table_wraps_the_widest_column_first_down_to_min_content()
    {
        // max widths 90 + 150 = 240 > 180; min widths 30 + 30: each gets min + share of (max - min).
        var probe = LayoutProbe.OfBody("""
            <table style="border-collapse: collapse"><tr>
            <td id="a" style="padding: 0">aaaaa aaaaa aaaaa</td>
            <td id="b" style="padding: 0">bbbbb bbbbb bbbbb bbbbb bbbbb</td></tr></table>
            """);

        var share = (180f - 60f) / (240f - 60f);
        Assert.That(probe.Find("a").Rect.Width, Is.EqualTo(30 + 60 * share).Within(0.01));
        Assert.That(probe.Find("b").Rect.Width, Is.EqualTo(30 + 120 * share).Within(0.01));
    }

    [Test]
    public void A_percentage_width_on_a_cell_gives_its_column_that_share_of_the_table()
    {
        var probe = LayoutProbe.OfBody("""
            <table style="width: 100%; border-collapse: collapse"><tr><th id="a" style="width: 25%; padding: 0">k</th>
            <td id="b" style="padding: 0">a long value that would like much more room than there is</td></tr></table>
            """);

        Assert.That(probe.Find("a").Rect.Width, Is.EqualTo(45f).Within(0.01));
        Assert.That(probe.Find("b").Rect.Width, Is.EqualTo(135f).Within(0.01));
    }

    [Test]
    public void Right_to_left_lists_put_markers_on_the_right_and_tables_their_first_column()
    {
        var probe = LayoutProbe.Of("""
            <!DOCTYPE html><html dir="rtl"><head><style>@page { size: 200pt 200pt; margin: 10pt } body { margin: 0; font-size: 12pt; line-height: 15pt }</style></head><body>
            <ol style="padding: 0 30pt 0 0; margin: 0"><li id="item">x</li></ol>
            <table style="border-collapse: collapse"><tr><td id="first" style="padding: 0">ab</td><td id="second" style="padding: 0">abcd</td></tr></table>
            </body></html>
            """);

        var item = probe.Find("item").Rect;
        SkiaSharp.SKRect marker = default;
        LayoutProbe.Walk(probe.Pages[0].Body, 10, 10, (fragment, rect) =>
        {
            if (fragment is LineFragment line && line.Line.Runs.Count > 0 && line.Line.Runs[0].Text == "1.")
            {
                marker = rect;
            }
        });
        Assert.That(item.Right, Is.EqualTo(160f).Within(0.01));
        Assert.That(marker.Left, Is.EqualTo(166f).Within(0.01), "half an em right of the item");
        Assert.That(probe.Find("first").Rect.Left, Is.GreaterThan(probe.Find("second").Rect.Left));
        Assert.That(probe.Find("second").Rect.Right, Is.EqualTo(probe.Find("first").Rect.Left).Within(0.01));
    }

    [TestCase("rtl", "left", 10f)]
    [TestCase("rtl", "right", 178f)]
    [TestCase("rtl", "start", 178f)]
    [TestCase("rtl", "end", 10f)]
    [TestCase("ltr", "right", 178f)]
    [TestCase("ltr", "end", 178f)]
    [TestCase("ltr", "left", 10f)]
    public void Left_and_right_alignment_are_physical_start_and_end_follow_the_direction(string dir, string align, float expectedLeft)
    {
        // A right-to-left template sets the symbol line "text-align: left" to put it on the left, and its
        // table cells "right": those are sides of the page, not of the reading direction.
        var probe = LayoutProbe.Of($$"""
            <!DOCTYPE html><html dir="{{dir}}"><head><style>@page { size: 200pt 200pt; margin: 10pt } body { margin: 0; font-size: 12pt; line-height: 15pt }</style></head><body>
            <p style="text-align: {{align}}">ab</p>
            </body></html>
            """);

        var left = float.NaN;
        LayoutProbe.Walk(probe.Pages[0].Body, 10, 10, (fragment, rect) =>
        {
            if (fragment is LineFragment { Line.Runs.Count: > 0 } line)
            {
                left = rect.Left + line.Line.Runs[0].X;
            }
        });
        Assert.That(left, Is.EqualTo(expectedLeft).Within(0.01));
    }

    [TestCase("<table></table><p>after</p>")]
    [TestCase("<table><tr></tr><tr><td>a</td><td>b</td><td>c</td></tr><tr><td colspan=\"9\">wide</td></tr></table>")]
    [TestCase("<table><tr><td><table><tr><td>inner</td><td>cells</td></tr></table></td><td>x</td></tr></table>")]
    [TestCase("<p>unclosed <b>bold <i>both</p><div>   </div><ul><li></li><li>  </li></ul><p></p>")]
    [TestCase("<span>inline <div>block inside inline</div> after</span>")]
    [TestCase("<ol><li><ol><li><ol><li>deep</li></ol></li></ol></li></ol><hr><hr>")]
    public void Awkward_html_is_laid_out_without_failing(string body)
    {
        var probe = LayoutProbe.OfBody(body);

        Assert.That(probe.Pages, Has.Count.EqualTo(1));
        Assert.That(probe.Document.Messages.Where(m => m.Severity == PdfMessageSeverity.Error), Is.Empty);
    }

    [Test]
    public void Nested_tables_fit_inside_their_cell()
    {
        var probe = LayoutProbe.OfBody("""<table style="width: 100%"><tr><td id="outer"><table id="inner"><tr><td>inner</td><td>cells</td></tr></table></td><td>x</td></tr></table>""");

        var outer = probe.Find("outer").Rect;
        var inner = probe.Find("inner").Rect;
        Assert.That(inner.Left, Is.GreaterThanOrEqualTo(outer.Left));
        Assert.That(inner.Right, Is.LessThanOrEqualTo(outer.Right + 0.01f));
        Assert.That(inner.Bottom, Is.LessThanOrEqualTo(outer.Bottom + 0.01f));
    }

    [Test]
    public void Laying_out_the_same_tree_twice_gives_equal_fragments()
    {
        var document = LayoutProbe.OfBody("<h1>Title</h1><p>" + string.Join(' ', Enumerable.Repeat("word", 200)) + "</p>").Document;
        var engine = new LayoutEngine(new MonospaceTextSystem(), new BriefingCompiler.Pdf.Styling.MessageLog());
        var space = new LayoutSpace(180, 180, true, 180);

        var first = engine.Layout(document.Root, space, null);
        var second = engine.Layout(document.Root, space, null);

        Assert.That(first, Is.TypeOf<Partial>());
        Assert.That(((Partial)second).Resume, Is.EqualTo(((Partial)first).Resume));
        Assert.That(((Partial)second).Fragment.Height, Is.EqualTo(((Partial)first).Fragment.Height));
    }

    [Test]
    public void Height_and_min_height_size_a_block_and_content_overflows_a_fixed_height()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="fixed" style="height: 20pt; padding: 2pt">a b c</div><div id="after">x</div>
            <div id="least" style="min-height: 40pt">y</div><div id="grown" style="min-height: 10pt">z</div>
            <div id="border-box" style="height: 20pt; padding: 5pt; box-sizing: border-box">w</div>
            """, "div { margin: 0 }");

        Assert.That(probe.Find("fixed").Rect.Height, Is.EqualTo(24f).Within(0.01), "20 pt content box and its padding");
        Assert.That(probe.Find("after").Rect.Top, Is.EqualTo(probe.Find("fixed").Rect.Bottom).Within(0.01));
        Assert.That(probe.Find("least").Rect.Height, Is.EqualTo(40f).Within(0.01));
        Assert.That(probe.Find("grown").Rect.Height, Is.EqualTo(15f).Within(0.01), "content taller than min-height");
        Assert.That(probe.Find("border-box").Rect.Height, Is.EqualTo(20f).Within(0.01));
        Assert.That(probe.Document.Messages, Is.Empty);
    }

    [Test]
    public void A_block_whose_height_does_not_fit_moves_to_the_next_page_and_one_taller_than_a_page_is_cut()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="first" style="height: 100pt">a</div><div id="cover" style="height: 100pt">b</div><div id="huge" style="height: 1000pt">c</div>
            """, "div { margin: 0 }");

        Assert.That(probe.Find("cover").Page, Is.EqualTo(2));
        Assert.That(probe.Find("huge").Page, Is.EqualTo(3));
        Assert.That(probe.Find("huge").Rect.Height, Is.EqualTo(180f).Within(0.01));
        Assert.That(probe.Document.Messages.Select(m => m.Code), Is.EqualTo(new[] { "PDF209" }));
    }
}
