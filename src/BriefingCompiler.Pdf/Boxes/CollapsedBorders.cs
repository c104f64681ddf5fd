using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// The collapsing border model (CSS 2.1 §17.6.2): each grid line between cells carries one border, the winner of the
/// cells on both sides of it, their rows and, at the table's edges, the table (§17.6.2.1: hidden wins, then the wider,
/// then the style that ranks higher, then the cell's over its row's over the table's, then the one further left or
/// up). A cell's box keeps half of each of its winning borders — its padding starts half the border from the grid
/// line — and paints them whole, centred on the grid lines (<see cref="TableCellBox.CollapsedBorders"/>).
/// </summary>
public static class CollapsedBorders
{
    /// <summary>The rows with their cells' borders resolved; <paramref name="rows"/> is every row of the table, head first.</summary>
    public static IReadOnlyList<TableRowBox> Resolve(ComputedStyle table, IReadOnlyList<TableRowBox> rows, int columnCount)
    {
        // Which cell covers each slot of the grid (row, column): rowspans and colspans included.
        var slots = new TableCellBox?[rows.Count, Math.Max(columnCount, 1)];
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var cell in rows[r].Cells)
            {
                for (var dr = 0; dr < cell.RowSpan && r + dr < rows.Count; dr++)
                {
                    for (var dc = 0; dc < cell.ColumnSpan && cell.Column + dc < columnCount; dc++)
                    {
                        slots[r + dr, cell.Column + dc] ??= cell;
                    }
                }
            }
        }

        var result = new TableRowBox[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var cells = new TableCellBox[row.Cells.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = row.Cells[i];
                var last = Math.Min(cell.Column + cell.ColumnSpan, columnCount) - 1;
                var bottomRow = Math.Min(r + cell.RowSpan, rows.Count) - 1;
                var style = cell.Style;
                var top = Candidate(style.BorderTop, Origin.Cell);
                top = Winner(top, Candidate(row.Style.BorderTop, Origin.Row));
                if (r == 0)
                {
                    top = Winner(Candidate(table.BorderTop, Origin.Table), top);
                }
                else if (cell.Column < columnCount && slots[r - 1, cell.Column] is { } above && !ReferenceEquals(above, cell))
                {
                    top = Winner(Winner(Candidate(above.Style.BorderBottom, Origin.Cell), Candidate(rows[r - 1].Style.BorderBottom, Origin.Row)), top);
                }

                var bottom = Candidate(style.BorderBottom, Origin.Cell);
                bottom = Winner(bottom, Candidate(rows[bottomRow].Style.BorderBottom, Origin.Row));
                if (bottomRow == rows.Count - 1)
                {
                    bottom = Winner(bottom, Candidate(table.BorderBottom, Origin.Table));
                }
                else if (cell.Column < columnCount && slots[bottomRow + 1, cell.Column] is { } below && !ReferenceEquals(below, cell))
                {
                    bottom = Winner(bottom, Winner(Candidate(rows[bottomRow + 1].Style.BorderTop, Origin.Row), Candidate(below.Style.BorderTop, Origin.Cell)));
                }

                var left = Candidate(style.BorderLeft, Origin.Cell);
                if (cell.Column == 0)
                {
                    left = Winner(Candidate(table.BorderLeft, Origin.Table), Winner(Candidate(row.Style.BorderLeft, Origin.Row), left));
                }
                else if (slots[r, cell.Column - 1] is { } before && !ReferenceEquals(before, cell))
                {
                    left = Winner(Candidate(before.Style.BorderRight, Origin.Cell), left);
                }

                var right = Candidate(style.BorderRight, Origin.Cell);
                if (last >= columnCount - 1)
                {
                    right = Winner(right, Winner(Candidate(row.Style.BorderRight, Origin.Row), Candidate(table.BorderRight, Origin.Table)));
                }
                else if (slots[r, last + 1] is { } after && !ReferenceEquals(after, cell))
                {
                    right = Winner(right, Candidate(after.Style.BorderLeft, Origin.Cell));
                }

                var resolved = new CollapsedCellBorders(top.Side, right.Side, bottom.Side, left.Side) { OnLeftEdge = cell.Column == 0, OnRightEdge = last >= columnCount - 1 };
                cells[i] = cell with
                {
                    Style = style with
                    {
                        BorderTop = Half(resolved.Top),
                        BorderRight = Half(resolved.Right),
                        BorderBottom = Half(resolved.Bottom),
                        BorderLeft = Half(resolved.Left),
                    },
                    CollapsedBorders = resolved,
                };
            }

            result[r] = row with { Cells = cells };
        }

        return result;
    }

    /// <summary>Where a border comes from: ties of width and style go to the cell over the row over the table.</summary>
    private enum Origin
    {
        Table,
        Row,
        Cell,
    }

    private readonly record struct Contender(BorderSide Side, Origin Origin, bool Hidden);

    private static Contender Candidate(BorderSide side, Origin origin) => new(side, origin, side.Style == "hidden");

    /// <summary>
    /// The border that wins between two (§17.6.2.1); a full tie of width, style and origin goes to
    /// <paramref name="first"/>, which callers make the one further left or up.
    /// </summary>
    private static Contender Winner(Contender first, Contender second)
    {
        if (first.Hidden || second.Hidden)
        {
            return first.Hidden ? first with { Side = BorderSide.None } : second with { Side = BorderSide.None };
        }

        var (a, b) = (first.Side, second.Side);
        if (Math.Abs(a.Width - b.Width) > 0.001f)
        {
            return a.Width > b.Width ? first : second;
        }

        if (a.Width <= 0)
        {
            return first;
        }

        var (rankA, rankB) = (StyleRank(a.Style), StyleRank(b.Style));
        if (rankA != rankB)
        {
            return rankA > rankB ? first : second;
        }

        if (first.Origin != second.Origin)
        {
            return first.Origin > second.Origin ? first : second;
        }

        return first;
    }

    /// <summary>§17.6.2.1 rule 3: double, solid, dashed, dotted, ridge, outset, groove, inset, from strongest.</summary>
    private static int StyleRank(string style) => style switch
    {
        "double" => 8,
        "solid" => 7,
        "dashed" => 6,
        "dotted" => 5,
        "ridge" => 4,
        "outset" => 3,
        "groove" => 2,
        "inset" => 1,
        _ => 0,
    };

    private static BorderSide Half(BorderSide side) => side.Width > 0 ? side with { Width = side.Width / 2 } : BorderSide.None;
}
