using BriefingCompiler.Pdf.Rendering;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// CSS 2.1 §17.2.1, anonymous table objects: table parts with a missing parent get an anonymous one (a row around
/// cells, a cell around other content in a row, a table or inline-table around parts outside a table), white space
/// between parts is dropped. And HTML's table attributes as presentational hints. Probe as in
/// <see cref="TableLayoutTests"/>: 10 pt page margins, 6 pt characters, 15 pt lines.
/// </summary>
public class AnonymousTableTests
{
    private const string Cell = "display: table-cell";

    [Test]
    public void A_caption_before_cells_outside_a_table_is_the_anonymous_tables_caption()
    {
        var probe = LayoutProbe.OfBody($"""
            <div><p id="caption" style="display: table-caption; caption-side: bottom; margin: 0">c</p><p id="cell" style="{Cell}">x</p></div>
            """);

        Assert.That(probe.Find("caption").Rect.Top, Is.EqualTo(probe.Find("cell").Rect.Bottom).Within(0.01), "caption-side: bottom puts it under the cell");
    }

    [Test]
    public void A_tables_before_with_display_table_caption_is_the_tables_caption()
    {
        // A ::before with display: table-caption in a table is a proper table child (CSS 2.1 §17.2.1): the table's
        // caption, one line above its rows (W3C root-box-002), not a cell in an anonymous row before them.
        var probe = LayoutProbe.OfBody("""
            <table id="t" style="border-spacing: 0"><tr><td id="a" style="padding: 0">a</td></tr><tr><td id="b" style="padding: 0">b</td></tr></table>
            """, "#t::before { content: 'caption'; display: table-caption }");

        var table = probe.Find("t").Rect;
        var first = probe.Find("a").Rect;
        Assert.Multiple(() =>
        {
            Assert.That(table.Top, Is.EqualTo(25f).Within(0.01), "the caption's line (15 pt) comes above the table, at the body's top (10 pt)");
            Assert.That(first.Top, Is.EqualTo(table.Top).Within(0.01), "the first row is the table's first");
            Assert.That(probe.Find("b").Rect.Top, Is.EqualTo(first.Bottom).Within(0.01), "the second row is below the first");
            Assert.That(table.Width, Is.EqualTo(42f).Within(0.01), "the table is as wide as its caption's seven characters");
            Assert.That(probe.LinesOf(1)[0], Is.EqualTo("caption"));
        });
    }

    [Test]
    public void A_table_is_at_least_as_wide_as_its_caption()
    {
        var probe = LayoutProbe.OfBody("""
            <table id="t" style="border-spacing: 0"><caption style="width: 150pt"></caption><tr><td style="padding: 0"></td></tr></table>
            """);

        Assert.That(probe.Find("t").Rect.Width, Is.EqualTo(150f).Within(0.01));
    }

    [Test]
    public void Cells_directly_in_a_table_share_an_anonymous_row()
    {
        var probe = LayoutProbe.OfBody($"""
            <div style="display: table"><div id="a" style="{Cell}">aa</div> <div id="b" style="{Cell}">bbb</div></div>
            """);

        Assert.That(probe.Find("b").Rect.Top, Is.EqualTo(probe.Find("a").Rect.Top).Within(0.01));
        Assert.That(probe.Find("b").Rect.Left, Is.EqualTo(probe.Find("a").Rect.Right).Within(0.01));
        Assert.That(probe.Find("a").Rect.Width, Is.EqualTo(12f).Within(0.01), "shrink-to-fit: the anonymous table is as wide as its content");
    }

    [Test]
    public void Cells_in_a_block_get_an_anonymous_table_and_the_white_space_between_them_is_dropped()
    {
        var probe = LayoutProbe.OfBody($"""
            <div id="outer"><span id="a" style="{Cell}">a b</span>
              <span id="b" style="{Cell}">c d</span>
            </div><p id="after" style="margin: 0">after</p>
            """);

        Assert.That(probe.Find("b").Rect.Top, Is.EqualTo(probe.Find("a").Rect.Top).Within(0.01));
        Assert.That(probe.Find("a").Rect.Left, Is.EqualTo(10f).Within(0.01));
        Assert.That(probe.Find("b").Rect.Left, Is.EqualTo(28f).Within(0.01), "\"a b\" is 18 pt wide; no space before the second cell");
        Assert.That(probe.Find("outer").Rect.Height, Is.EqualTo(15f).Within(0.01), "no line of white space after the table");
        Assert.That(probe.LinesOf(1), Is.EqualTo(new[] { "a b", "c d", "after" }));
    }

    [Test]
    public void Cells_in_an_inline_element_are_an_anonymous_inline_table_in_the_line()
    {
        var probe = LayoutProbe.OfBody($"""
            <p id="p" style="margin: 0">x <span><span id="a" style="{Cell}">b</span><span id="b" style="{Cell}">c</span></span> d</p>
            """);

        Assert.That(probe.Find("a").Rect.Left, Is.EqualTo(22f).Within(0.01), "after \"x \"");
        Assert.That(probe.Find("b").Rect.Left, Is.EqualTo(probe.Find("a").Rect.Right).Within(0.01));
        Assert.That(probe.Find("p").Rect.Height, Is.EqualTo(15f).Within(0.01), "one line");
        Assert.That(probe.Document.Messages.Select(m => m.Code), Does.Not.Contain("PDF121"));
    }

    [Test]
    public void Content_in_a_row_that_is_not_a_cell_goes_in_one_anonymous_cell()
    {
        var probe = LayoutProbe.OfBody($"""
            <div style="display: table"><div style="display: table-row"><div id="a" style="{Cell}">a</div><div id="x">xx</div><div id="y">yy</div></div></div>
            """);

        Assert.That(probe.Find("x").Rect.Left, Is.EqualTo(probe.Find("a").Rect.Right).Within(0.01));
        Assert.That(probe.Find("y").Rect.Left, Is.EqualTo(probe.Find("x").Rect.Left).Within(0.01), "both blocks in the one anonymous cell");
        Assert.That(probe.Find("y").Rect.Top, Is.EqualTo(probe.Find("x").Rect.Bottom).Within(0.01));
    }

    [Test]
    public void A_row_inside_a_row_is_a_table_in_an_anonymous_cell_and_without_cells_paints_nothing()
    {
        var probe = LayoutProbe.OfBody($"""
            <div style="display: table"><div style="display: table-row">
              <div style="display: table-row; background: red; border: 5pt solid red; height: 20pt"></div>
              <div style="{Cell}">a</div></div></div>
            """);

        var fills = probe.Document.Paints[0].Commands.OfType<FillRectangle>().Where(f => f.Color == 0xFFFF0000u);
        Assert.That(fills, Is.Empty);
    }

    [Test]
    public void Cellspacing_and_cellpadding_are_border_spacing_and_padding_below_author_rules()
    {
        var probe = LayoutProbe.OfBody("""
            <table cellspacing="0" cellpadding="0"><tr><td id="a">a</td><td id="b">b</td></tr></table>
            <table cellspacing="8" cellpadding="4" class="padded"><tr><td id="c">c</td><td id="d">d</td></tr></table>
            """, "table.padded td { padding: 3pt 0 }");

        Assert.That(probe.Find("a").Rect.Left, Is.EqualTo(10f).Within(0.01), "no border-spacing");
        Assert.That(probe.Find("a").Rect.Width, Is.EqualTo(6f).Within(0.01), "no padding");
        Assert.That(probe.Find("b").Rect.Left, Is.EqualTo(probe.Find("a").Rect.Right).Within(0.01));
        Assert.That(probe.Find("c").Rect.Left, Is.EqualTo(16f).Within(0.01), "8px = 6 pt of spacing");
        Assert.That(probe.Find("c").Rect.Width, Is.EqualTo(6f).Within(0.01), "the author's padding: 3pt 0 wins over cellpadding");
        Assert.That(probe.Find("c").Rect.Height, Is.EqualTo(21f).Within(0.01));
    }

    [Test]
    public void Width_and_height_attributes_size_tables_and_cells()
    {
        var probe = LayoutProbe.OfBody("""
            <table width="160" cellspacing="0" cellpadding="0"><tr><td id="a" width="40" height="40">a</td><td id="b">b</td></tr></table>
            """);

        Assert.That(probe.Find("a").Rect.Width, Is.EqualTo(30f).Within(0.01));
        Assert.That(probe.Find("a").Rect.Height, Is.EqualTo(30f).Within(0.01));
        Assert.That(probe.Find("b").Rect.Width, Is.EqualTo(90f).Within(0.01), "160px = 120 pt of table");
    }

    /// <summary>The text of every paragraph of the box tree, tables' cells included, in document order.</summary>
    private static IEnumerable<string> ParagraphTexts(BriefingCompiler.Pdf.Boxes.Box box) => box switch
    {
        BriefingCompiler.Pdf.Boxes.ParagraphBox paragraph => [paragraph.Text],
        BriefingCompiler.Pdf.Boxes.TableBox table => table.HeaderRows.Concat(table.BodyRows).SelectMany(r => r.Cells).SelectMany(ParagraphTexts),
        BriefingCompiler.Pdf.Boxes.ContainerBox container => container.Children.SelectMany(ParagraphTexts),
        _ => [],
    };

    [TestCase("pre", " bc ")]
    [TestCase("normal", "bc")]
    public void Spaces_at_the_end_of_an_anonymous_cell_stay_only_when_preserved(string whiteSpace, string text)
    {
        // table-anonymous-objects-198: " bc " between two cells of a white-space: pre row is an anonymous cell of its
        // own; pre keeps its last space (CSS 2.1 §16.6.1 step 4 removes only those of normal, nowrap and pre-line).
        var probe = LayoutProbe.OfBody($"""
            <div><span style="display: table-row; white-space: {whiteSpace}"><span style="{Cell}">a</span> bc <span style="{Cell}">d</span></span></div>
            """);

        Assert.That(ParagraphTexts(probe.Document.Root), Is.EqualTo(new[] { "a", text, "d" }));
    }
}

