using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Layout;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// The collapsing border model with the table's other parts (CSS 2.1 §17.6.2.1): a row group's, column's and column
/// group's borders contend for the grid lines they have an edge on; and a content-box table's width is its columns'
/// plus the outer halves of the collapsed borders (§17.6.2), as browsers size <c>display: table</c>.
/// </summary>
public class CollapsedTablePartBorderTests
{
    [Test]
    public void A_row_groups_border_is_on_the_grid_lines_at_its_first_and_last_rows_only()
    {
        var probe = LayoutProbe.OfBody("""
            <table style="border-collapse: collapse"><tbody style="border-bottom: 3pt solid green; border-left: 2pt solid blue">
            <tr><td id="a">x</td></tr><tr><td id="b">x</td></tr></tbody><tbody><tr><td id="c">x</td></tr></tbody></table>
            """, "td { padding: 0 }");

        var cells = CellsOf(probe);
        Assert.Multiple(() =>
        {
            Assert.That(cells["a"].Bottom.Width, Is.Zero, "between two rows of the group");
            Assert.That(cells["b"].Bottom.Width, Is.EqualTo(3f).Within(0.01), "the group's last row");
            Assert.That(cells["b"].Bottom.Color, Is.EqualTo(0xFF008000u));
            Assert.That(cells["c"].Top.Width, Is.EqualTo(3f).Within(0.01), "the next group's first row shares that line");
            Assert.That(cells["a"].Left.Width, Is.EqualTo(2f).Within(0.01), "its left border runs down every row of it");
            Assert.That(cells["c"].Left.Width, Is.Zero, "not down the other group's");
        });
    }

    [Test]
    public void A_columns_and_a_column_groups_borders_are_on_their_grid_lines()
    {
        var probe = LayoutProbe.OfBody("""
            <table style="border-collapse: collapse"><colgroup style="border-right: 4pt solid red"><col><col style="border-left: 2pt solid green"></colgroup><col>
            <tr><td id="a">x</td><td id="b">x</td><td id="c">x</td></tr></table>
            """, "td { padding: 0 }");

        var cells = CellsOf(probe);
        Assert.Multiple(() =>
        {
            Assert.That(cells["a"].Right.Width, Is.EqualTo(2f).Within(0.01), "the second column's left border");
            Assert.That(cells["b"].Left.Color, Is.EqualTo(0xFF008000u));
            Assert.That(cells["b"].Right.Width, Is.EqualTo(4f).Within(0.01), "the column group ends after the second column");
            Assert.That(cells["c"].Left.Color, Is.EqualTo(0xFFFF0000u));
            Assert.That(cells["a"].Left.Width, Is.Zero, "the group's right border is not on its left edge");
        });
    }

    [Test]
    public void A_cells_border_wins_a_tie_with_its_row_groups()
    {
        var probe = LayoutProbe.OfBody("""
            <table style="border-collapse: collapse"><tbody style="border-top: 2pt solid red"><tr><td id="a" style="border-top: 2pt solid green">x</td></tr></tbody></table>
            """, "td { padding: 0 }");

        Assert.That(CellsOf(probe)["a"].Top.Color, Is.EqualTo(0xFF008000u));
    }

    [Test]
    public void A_content_box_collapsed_table_is_its_width_plus_half_its_outer_borders()
    {
        var probe = LayoutProbe.OfBody("""
            <div id="t" style="display: table; border-collapse: collapse; table-layout: fixed; width: 75pt"><div style="display: table-row">
            <div id="a" style="display: table-cell; border: 3pt solid green; height: 72pt"></div></div></div>
            """);

        Assert.That(probe.Find("t").Rect.Width, Is.EqualTo(78f).Within(0.01), "75 pt of column and half of each 3 pt border");
        Assert.That(probe.Find("a").Rect.Width, Is.EqualTo(75f).Within(0.01), "the cell runs from grid line to grid line");
    }

    private static Dictionary<string, CollapsedCellBorders> CellsOf(LayoutProbe probe)
    {
        var cells = new Dictionary<string, CollapsedCellBorders>();
        foreach (var page in probe.Pages)
        {
            LayoutProbe.Walk(page.Body, 0, 0, (fragment, _) =>
            {
                if (fragment is BoxFragment { Box: TableCellBox { Id: { } id, CollapsedBorders: { } borders } })
                {
                    cells[id] = borders;
                }
            });
        }

        return cells;
    }
}
