using BriefingCompiler.Pdf.Rendering;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// Tables as HTML and CSS 2.1 define them: the grid with rowspan and colspan, col widths, fixed widths,
/// table-layout: fixed, vertical-align in cells, border-spacing, empty-cells and captions. Same probe as
/// <see cref="BlockLayoutTests"/>: 200 × 200 pt page, 10 pt margins, 12 pt text on 15 pt lines, 6 pt characters.
/// </summary>
public class TableLayoutTests
{
    private const string Collapsed = "table { border-collapse: collapse } td, th { padding: 0 }";

    [Test]
    public void Cells_after_a_rowspan_stay_under_their_own_column_headings()
    {
        var probe = LayoutProbe.OfBody("""
            <table><tr><th id="h1">A</th><th id="h2">B</th><th id="h3">C</th></tr>
            <tr><td id="span" rowspan="2">x</td><td>b1</td><td>c1</td></tr>
            <tr><td id="b2">b2</td><td id="c2">c2</td></tr></table>
            """, Collapsed);

        Assert.That(probe.Find("b2").Rect.Left, Is.EqualTo(probe.Find("h2").Rect.Left).Within(0.01));
        Assert.That(probe.Find("c2").Rect.Left, Is.EqualTo(probe.Find("h3").Rect.Left).Within(0.01));
        Assert.That(probe.Find("span").Rect.Height, Is.EqualTo(30f).Within(0.01), "the spanning cell covers both rows");
        Assert.That(probe.Document.Messages.Select(m => m.Code), Does.Not.Contain("PDF123"));
    }

    [Test]
    public void Only_the_tables_direction_orders_its_columns()
    {
        // CSS 2.1 §17.5 (the W3C direction-applies-to-002/003 tests): a right-to-left header group or row keeps the
        // left-to-right table's column order; a right-to-left table puts its first column on the right.
        var probe = LayoutProbe.OfBody("""
            <table><thead dir="rtl"><tr><td id="h1">a</td><td id="h2">b</td></tr></thead>
            <tbody><tr dir="rtl"><td id="r1">a</td><td id="r2">b</td></tr></tbody></table>
            <table dir="rtl"><tr><td id="t1">a</td><td id="t2">b</td></tr></table>
            """, Collapsed);

        Assert.That(probe.Find("h1").Rect.Left, Is.LessThan(probe.Find("h2").Rect.Left), "an rtl header group");
        Assert.That(probe.Find("r1").Rect.Left, Is.LessThan(probe.Find("r2").Rect.Left), "an rtl row");
        Assert.That(probe.Find("t1").Rect.Left, Is.GreaterThan(probe.Find("t2").Rect.Left), "an rtl table");
    }

    [Test]
    public void Rowspan_and_colspan_together_place_cells_on_the_html_grid()
    {
        // Row 1: a (2×2) b; row 2: c (under b); row 3: d e f.
        var probe = LayoutProbe.OfBody("""
            <table><tr><td id="a" rowspan="2" colspan="2">aaaa</td><td id="b">b</td></tr>
            <tr><td id="c">c</td></tr>
            <tr><td id="d">dd</td><td id="e">ee</td><td id="f">ff</td></tr></table>
            """, Collapsed);

        Assert.That(probe.Find("c").Rect.Left, Is.EqualTo(probe.Find("b").Rect.Left).Within(0.01));
        Assert.That(probe.Find("c").Rect.Left, Is.EqualTo(probe.Find("f").Rect.Left).Within(0.01));
        Assert.That(probe.Find("a").Rect.Width, Is.EqualTo(probe.Find("d").Rect.Width + probe.Find("e").Rect.Width).Within(0.01));
        Assert.That(probe.Find("d").Rect.Top, Is.EqualTo(probe.Find("a").Rect.Bottom).Within(0.01));
    }

    [Test]
    public void A_tall_spanning_cell_grows_the_rows_it_spans()
    {
        var probe = LayoutProbe.OfBody("""
            <table><tr><td id="span" rowspan="2" style="width: 6pt">a b c d</td><td id="r1">1</td></tr>
            <tr><td id="r2">2</td></tr></table>
            """, Collapsed);

        // Four lines (60 pt) shared by two rows of one line each: each row grows to 30 pt.
        Assert.That(probe.Find("span").Rect.Height, Is.EqualTo(60f).Within(0.01));
        Assert.That(probe.Find("r1").Rect.Height, Is.EqualTo(30f).Within(0.01));
        Assert.That(probe.Find("r2").Rect.Top, Is.EqualTo(probe.Find("r1").Rect.Bottom).Within(0.01));
    }

    [Test]
    public void Rows_bound_by_a_rowspan_move_to_the_next_page_together()
    {
        // 11 one-line rows fill 165 of the 180 pt; the next two rows are bound by a rowspan and need 30 pt.
        var rows = string.Concat(Enumerable.Range(1, 11).Select(i => $"<tr><td>r{i}</td><td>x</td></tr>"));
        var probe = LayoutProbe.OfBody($"""
            <table>{rows}<tr><td id="span" rowspan="2">s</td><td id="first">1</td></tr><tr><td id="second">2</td></tr></table>
            """, Collapsed);

        Assert.That(probe.Find("first").Page, Is.EqualTo(2));
        Assert.That(probe.Find("second").Page, Is.EqualTo(2));
        Assert.That(probe.Find("span").Page, Is.EqualTo(2));
    }

    [Test]
    public void Col_elements_set_column_widths()
    {
        var probe = LayoutProbe.OfBody("""
            <table style="width: 100%"><colgroup><col style="width: 50pt"><col></colgroup>
            <tr><td id="a">a</td><td id="b">b</td></tr></table>
            """, Collapsed);

        Assert.That(probe.Find("a").Rect.Width, Is.EqualTo(50f).Within(0.01));
        Assert.That(probe.Find("b").Rect.Width, Is.EqualTo(130f).Within(0.01));
        Assert.That(probe.Document.Messages.Select(m => m.Code), Does.Not.Contain("PDF102"), "col and colgroup are not reported as unsupported displays");
    }

    [Test]
    public void A_fixed_cell_width_in_a_full_width_table_stays_fixed_and_the_auto_column_takes_the_rest()
    {
        var probe = LayoutProbe.OfBody("""
            <table style="width: 100%"><tr><td id="a" style="width: 30pt">abcdefghij</td><td id="b">b</td></tr></table>
            """, Collapsed);

        // "abcdefghij" is 60 pt wide unbroken but can wrap nowhere: min-content 60 > 30, so the column is 60.
        Assert.That(probe.Find("a").Rect.Width, Is.EqualTo(60f).Within(0.01));
        Assert.That(probe.Find("b").Rect.Width, Is.EqualTo(120f).Within(0.01));

        var narrow = LayoutProbe.OfBody("""
            <table style="width: 100%"><tr><td id="a" style="width: 30pt">ab</td><td id="b">bbbbbbbbbbbbbbbbbbbb</td></tr></table>
            """, Collapsed);
        Assert.That(narrow.Find("a").Rect.Width, Is.EqualTo(30f).Within(0.01));
        Assert.That(narrow.Find("b").Rect.Width, Is.EqualTo(150f).Within(0.01));
    }

    [Test]
    public void Table_layout_fixed_takes_widths_from_the_first_row_and_shares_the_rest_equally()
    {
        var probe = LayoutProbe.OfBody("""
            <table style="width: 100%; table-layout: fixed"><tr><td id="a" style="width: 20%">a</td><td id="b">b</td>
            <td id="c">a long text that would want far more room than the other auto column</td></tr></table>
            """, Collapsed);

        Assert.That(probe.Find("a").Rect.Width, Is.EqualTo(36f).Within(0.01));
        Assert.That(probe.Find("b").Rect.Width, Is.EqualTo(72f).Within(0.01));
        Assert.That(probe.Find("c").Rect.Width, Is.EqualTo(72f).Within(0.01));
    }

    [Test]
    public void Table_layout_fixed_adds_a_cells_padding_and_borders_to_its_percentage_width()
    {
        var probe = LayoutProbe.OfBody("""
            <table style="width: 120pt; table-layout: fixed; border-spacing: 0"><tr><td id="a" style="width: 50%; padding: 0 10pt; border-left: 10pt solid">a</td><td id="b">b</td></tr></table>
            """, "td { padding: 0 }");

        // 50 % of 120 pt is the content width; the column also holds 20 pt of padding and 10 pt of border.
        Assert.That(probe.Find("a").Rect.Width, Is.EqualTo(90f).Within(0.01));
        Assert.That(probe.Find("b").Rect.Width, Is.EqualTo(30f).Within(0.01));
    }

    [Test]
    public void Baseline_aligned_cells_share_their_first_baseline()
    {
        var probe = LayoutProbe.OfBody("""
            <table><tr style="vertical-align: baseline"><td id="big" style="font-size: 24pt; line-height: 30pt">B</td>
            <td id="small"><span>s</span></td><td id="top" style="vertical-align: top">t</td></tr></table>
            """, Collapsed);

        var lines = probe.Pages[0].Body;
        var baselines = new List<(string Text, float Baseline)>();
        LayoutProbe.Walk(lines, 0, 0, (fragment, rect) =>
        {
            if (fragment is BriefingCompiler.Pdf.Layout.LineFragment line)
            {
                baselines.Add((string.Concat(line.Line.Runs.Select(r => r.Text)), rect.Top + line.Baseline));
            }
        });
        var big = baselines.Single(b => b.Text == "B").Baseline;
        var small = baselines.Single(b => b.Text == "s").Baseline;
        var top = baselines.Single(b => b.Text == "t").Baseline;
        Assert.That(small, Is.EqualTo(big).Within(0.01));
        Assert.That(top, Is.LessThan(big - 5), "a top-aligned cell keeps its text at the top");
    }

    [Test]
    public void Border_spacing_with_two_values_separates_columns_and_rows_differently()
    {
        var probe = LayoutProbe.OfBody("""
            <table style="border-spacing: 8pt 2pt"><tr><td id="a">a</td><td id="b">b</td></tr><tr><td id="c">c</td><td>d</td></tr></table>
            """, "td { padding: 0 }");

        Assert.That(probe.Find("b").Rect.Left - probe.Find("a").Rect.Right, Is.EqualTo(8f).Within(0.01));
        Assert.That(probe.Find("c").Rect.Top - probe.Find("a").Rect.Bottom, Is.EqualTo(2f).Within(0.01));
    }

    [Test]
    public void Empty_cells_hide_draws_no_background_for_a_cell_without_content()
    {
        const string Body = """<table style="empty-cells: hide"><tr><td style="background: #ff0000">a</td><td style="background: #00ff00"> </td></tr></table>""";
        var hidden = LayoutProbe.OfBody(Body).Document.Paints[0].Commands.OfType<FillRectangle>().ToArray();
        var shown = LayoutProbe.OfBody(Body.Replace("empty-cells: hide", "empty-cells: show")).Document.Paints[0].Commands.OfType<FillRectangle>().ToArray();

        Assert.That(hidden.Select(f => f.Color), Is.EqualTo(new[] { 0xFFFF0000u }));
        Assert.That(shown.Select(f => f.Color), Is.EqualTo(new[] { 0xFFFF0000u, 0xFF00FF00u }));
    }

    [Test]
    public void A_caption_with_caption_side_bottom_goes_below_the_table()
    {
        var probe = LayoutProbe.OfBody("""
            <table id="t"><caption id="top">above</caption><caption id="below" style="caption-side: bottom">below</caption><tr><td>x</td></tr></table>
            """, Collapsed);

        Assert.That(probe.Find("top").Rect.Bottom, Is.LessThanOrEqualTo(probe.Find("t").Rect.Top + 0.01f));
        Assert.That(probe.Find("below").Rect.Top, Is.GreaterThanOrEqualTo(probe.Find("t").Rect.Bottom - 0.01f));
    }

    [Test]
    public void A_tables_vertical_margins_go_around_its_captions()
    {
        // CSS 2.1 §17.4: the table's margins are its wrapper's, around table and captions (as Chromium places them): the
        // top margin above the caption over the table, collapsing with the margin before it; the bottom margin below the
        // caption under it. The captions' own margins are inside the wrapper and collapse with nothing outside it.
        var probe = LayoutProbe.OfBody("""
            <p id="before" style="margin: 0 0 10pt">x</p>
            <table id="t" style="margin: 20pt 0 30pt"><caption id="top" style="margin: 4pt 0 0">above</caption><caption id="below" style="caption-side: bottom; margin: 0 0 6pt">below</caption><tr><td>x</td></tr></table>
            <p id="after" style="margin: 0">y</p>
            """, Collapsed);

        var table = probe.Find("t").Rect;
        var top = probe.Find("top").Rect;
        var below = probe.Find("below").Rect;
        Assert.Multiple(() =>
        {
            Assert.That(top.Top, Is.EqualTo(probe.Find("before").Rect.Bottom + 20 + 4).Within(0.01), "the table's top margin (collapsed with the 10 pt before it), then the caption's own");
            Assert.That(table.Top, Is.EqualTo(top.Bottom).Within(0.01), "the caption sits right on the table");
            Assert.That(below.Top, Is.EqualTo(table.Bottom).Within(0.01), "the caption below sits right under the table");
            Assert.That(probe.Find("after").Rect.Top, Is.EqualTo(below.Bottom + 6 + 30).Within(0.01), "the caption's own bottom margin, then the table's");
        });
    }

    [Test]
    public void A_tables_margins_collapse_with_its_parents_through_its_captions()
    {
        // The wrapper's margins are the table's, also where the wrapper is its parent's first and last child: the
        // parent's margins collapse with them, not with the captions' (W3C root-box-002's reference: a -0.5em table).
        var probe = LayoutProbe.OfBody("""
            <p id="before" style="margin: 0">x</p>
            <div><table style="margin: 20pt 0 30pt"><caption id="top">above</caption><caption id="below" style="caption-side: bottom">below</caption><tr><td>x</td></tr></table></div>
            <p id="after" style="margin: 0">y</p>
            """, Collapsed);

        Assert.Multiple(() =>
        {
            Assert.That(probe.Find("top").Rect.Top, Is.EqualTo(probe.Find("before").Rect.Bottom + 20).Within(0.01), "the table's top margin, joined with the div's, above the caption");
            Assert.That(probe.Find("after").Rect.Top, Is.EqualTo(probe.Find("below").Rect.Bottom + 30).Within(0.01), "the table's bottom margin, joined with the div's, below the caption");
        });
    }

    [Test]
    public void A_caption_is_as_wide_as_its_narrow_centred_table_and_sits_over_it()
    {
        // CSS 2.1 §17.4: the caption is a block in the table wrapper, whose width is the table's border box, not the body's.
        var probe = LayoutProbe.OfBody("""
            <table id="t" style="margin: 0 auto"><caption id="c">a caption long enough to wrap</caption><tr><td style="width: 60pt">x</td></tr></table>
            """, Collapsed);

        var table = probe.Find("t").Rect;
        var caption = probe.Find("c").Rect;
        Assert.That(table.Width, Is.LessThan(100f), "the table is narrower than the 180 pt body");
        Assert.That(table.Left, Is.GreaterThan(40f), "the table is centred, away from the body's left edge at 10 pt");
        Assert.That(caption.Left, Is.EqualTo(table.Left).Within(0.01));
        Assert.That(caption.Width, Is.EqualTo(table.Width).Within(0.01));
        Assert.That(caption.Height, Is.GreaterThan(15f), "the caption wraps in the table's width");
        Assert.That(caption.Bottom, Is.EqualTo(table.Top).Within(0.01));
    }

    [Test]
    public void A_caption_pulled_onto_its_table_is_painted_over_the_table_border()
    {
        // The table's element comes before its caption in the tree: its border first, the caption over it (CSS 2.1 Appendix E).
        var probe = LayoutProbe.OfBody("""
            <table id="t" style="border: 4pt solid #ff0000"><caption style="background: #00ff00; margin-bottom: -4pt">c</caption><tr><td>x</td></tr></table>
            """);

        var commands = probe.Document.Paints[0].Commands.ToList();
        var border = commands.FindIndex(c => c is DrawLine { Color: 0xFFFF0000 });
        var caption = commands.FindIndex(c => c is FillRectangle { Color: 0xFF00FF00 });
        Assert.That(border, Is.GreaterThanOrEqualTo(0), "the table's border is painted");
        Assert.That(caption, Is.GreaterThan(border), "the caption's background is painted after the table's border");
        Assert.That(probe.Find("t").Rect.Top, Is.LessThan(commands.OfType<FillRectangle>().Single(f => f.Color == 0xFF00FF00).Rect.Bottom - 0.01f),
            "the caption overlaps the table's top border");
    }

    [Test]
    public void A_row_background_does_not_cover_a_cell_spanning_into_that_row()
    {
        var probe = LayoutProbe.OfBody("""
            <table><tr><td rowspan="2" id="span">s</td><td>1</td></tr><tr style="background: #0000ff"><td id="two">2</td></tr></table>
            """, Collapsed);

        var fills = probe.Document.Paints[0].Commands.OfType<FillRectangle>().ToArray();
        var span = probe.Find("span").Rect;
        var two = probe.Find("two").Rect;
        Assert.That(fills, Has.Length.EqualTo(1));
        Assert.That(fills[0].Rect.Left, Is.EqualTo(two.Left).Within(0.01), "the row's background is painted under its own cell");
        Assert.That(fills[0].Rect.Left, Is.GreaterThanOrEqualTo(span.Right - 0.01f));
    }

    [Test]
    public void Heights_on_rows_and_cells_are_least_row_heights_and_content_is_aligned_in_them()
    {
        var probe = LayoutProbe.OfBody("""
            <table><tr style="height: 40pt"><td id="a">a</td></tr>
            <tr><td id="b" style="height: 30pt; padding: 2pt; vertical-align: middle"><span>b</span></td><td id="c">c</td></tr>
            <tr><td id="d">d</td></tr></table>
            """, Collapsed);

        Assert.That(probe.Find("a").Rect.Height, Is.EqualTo(40f).Within(0.01));
        Assert.That(probe.Find("b").Rect.Height, Is.EqualTo(34f).Within(0.01), "30 pt content box and its padding");
        Assert.That(probe.Find("c").Rect.Height, Is.EqualTo(34f).Within(0.01));
        var lines = new List<SkiaSharp.SKRect>();
        LayoutProbe.Walk(probe.Pages[0].Body, probe.Pages[0].Margins.Left, probe.Pages[0].Margins.Top, (fragment, rect) =>
        {
            if (fragment is BriefingCompiler.Pdf.Layout.LineFragment line && line.Line.Runs.Any(r => r.Text == "b"))
            {
                lines.Add(rect);
            }
        });
        Assert.That(lines.Single().MidY, Is.EqualTo(probe.Find("b").Rect.MidY).Within(0.01), "middle of the 34 pt cell");
        Assert.That(probe.Document.Messages.Select(m => m.Code), Does.Not.Contain("PDF101"));
    }
}
