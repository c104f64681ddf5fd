using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Layout;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// A table's own width and height (CSS 2.1 §17.5: box-sizing as for any box, HTML tables border-box as in browsers;
/// height a minimum shared by the rows) and the collapsing border model (§17.6.2: one winning border per grid line,
/// half of it inside each cell). Same probe as <see cref="TableLayoutTests"/>.
/// </summary>
public class TableSizingAndCollapsedBorderTests
{
    [Test]
    public void A_css_table_without_rows_is_as_large_as_its_content_box_plus_its_borders()
    {
        var probe = LayoutProbe.OfBody("""<div id="t" style="display: table; width: 50px; height: 50px; border: 25px solid green"></div>""");

        Assert.That(probe.Find("t").Rect.Width, Is.EqualTo(75f).Within(0.01), "100px: the width is the content box's");
        Assert.That(probe.Find("t").Rect.Height, Is.EqualTo(75f).Within(0.01));
    }

    [Test]
    public void An_html_table_width_includes_its_border_as_in_browsers()
    {
        var probe = LayoutProbe.OfBody("""<table id="t" style="width: 100px; border: 10px solid; border-spacing: 0"><tr><td>x</td></tr></table>""", "td { padding: 0 }");

        Assert.That(probe.Find("t").Rect.Width, Is.EqualTo(75f).Within(0.01));
    }

    [Test]
    public void A_table_height_is_shared_by_its_rows_in_proportion()
    {
        var probe = LayoutProbe.OfBody("""
            <table id="t" style="height: 90pt; border-spacing: 0"><tr><td id="a">x</td></tr><tr><td id="b">x<br/>y</td></tr></table>
            """, "td { padding: 0 }");

        // Rows of 15 and 30 pt share the 45 pt to spare as 15 and 30.
        Assert.That(probe.Find("a").Rect.Height, Is.EqualTo(30f).Within(0.01));
        Assert.That(probe.Find("b").Rect.Height, Is.EqualTo(60f).Within(0.01));
        Assert.That(probe.Find("t").Rect.Height, Is.EqualTo(90f).Within(0.01));
    }

    [Test]
    public void A_collapsed_grid_line_carries_the_wider_border_and_each_cell_holds_half_of_it()
    {
        var probe = LayoutProbe.OfBody("""
            <table style="border-collapse: collapse; table-layout: fixed; width: 120pt"><tr>
            <td id="a" style="border-right: 2pt solid red">x</td>
            <td id="b" style="border-left: 10pt solid green; width: 20pt"><div id="inner">y</div></td>
            <td id="c"></td></tr></table>
            """, "td { padding: 0 }");

        // Column b: 20 pt wide plus half of its 10 pt left border; a and c share the other 95 pt.
        var a = probe.Find("a").Rect;
        var b = probe.Find("b").Rect;
        Assert.That(a.Width, Is.EqualTo(47.5f).Within(0.01));
        Assert.That(b.Width, Is.EqualTo(25f).Within(0.01));
        Assert.That(probe.Find("inner").Rect.Left - b.Left, Is.EqualTo(5f).Within(0.01), "the content starts half the border from the grid line");

        var left = CellsOf(probe).Single(c => c.Id == "a").CollapsedBorders!.Right;
        Assert.That(left.Width, Is.EqualTo(10f).Within(0.01), "the green 10 pt border wins over the red 2 pt one");
        Assert.That(left.Color, Is.EqualTo(0xFF008000u));
    }

    [Test]
    public void A_hidden_border_wins_every_conflict_and_the_table_border_wins_over_none()
    {
        var probe = LayoutProbe.OfBody("""
            <table style="border-collapse: collapse; border: 10pt solid"><tr>
            <td id="a" style="border-left: hidden">x</td></tr></table>
            """, "td { padding: 0 }");

        var borders = CellsOf(probe).Single(c => c.Id == "a").CollapsedBorders!;
        Assert.That(borders.Left.Width, Is.Zero);
        Assert.That(borders.Top.Width, Is.EqualTo(10f).Within(0.01));
        Assert.That(borders.Right.Width, Is.EqualTo(10f).Within(0.01));
    }

    private static List<TableCellBox> CellsOf(LayoutProbe probe)
    {
        var cells = new List<TableCellBox>();
        foreach (var page in probe.Pages)
        {
            LayoutProbe.Walk(page.Body, 0, 0, (fragment, _) =>
            {
                if (fragment is BoxFragment { Box: TableCellBox cell })
                {
                    cells.Add(cell);
                }
            });
        }

        return cells;
    }
}
