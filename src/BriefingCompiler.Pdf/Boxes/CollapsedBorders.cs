using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// The collapsing border model (CSS 2.1 §17.6.2): each grid line between cells carries one border, the winner of the
/// cells on both sides of it, their rows, row groups, columns and column groups where those have an edge on the line,
/// and, at the table's edges, the table (§17.6.2.1: hidden wins, then the wider, then the style that ranks higher,
/// then cell over row over row group over column over column group over table, then the one further left or up). A
/// cell's box keeps half of each of its winning borders — its padding starts half the border from the grid line —
/// and paints them whole, centred on the grid lines (<see cref="TableCellBox.CollapsedBorders"/>).
/// </summary>
public static class CollapsedBorders
{
    /// <summary>
    /// The rows with their cells' borders resolved; <paramref name="rows"/> is every row of the table, head first (a
    /// row group is a run of rows with the same <see cref="TableRowBox.GroupStyle"/> object); <paramref name="columns"/>
    /// the styles of the grid's columns and column groups (may be shorter than the grid).
    /// </summary>
    public static IReadOnlyList<TableRowBox> Resolve(ComputedStyle table, IReadOnlyList<TableRowBox> rows, int columnCount, IReadOnlyList<TableColumnStyle>? columns = null)
    {
        columns ??= [];
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

        ComputedStyle? Group(int r) => rows[r].GroupStyle;
        bool GroupStarts(int r) => r == 0 || !ReferenceEquals(Group(r - 1), Group(r));
        bool GroupEnds(int r) => r == rows.Count - 1 || !ReferenceEquals(Group(r + 1), Group(r));
        ComputedStyle? Column(int c) => c >= 0 && c < columns.Count ? columns[c].Column : null;
        ComputedStyle? ColumnGroup(int c) => c >= 0 && c < columns.Count ? columns[c].Group : null;
        bool ColumnGroupStarts(int c) => c == 0 || !ReferenceEquals(ColumnGroup(c - 1), ColumnGroup(c));
        bool ColumnGroupEnds(int c) => c >= columnCount - 1 || !ReferenceEquals(ColumnGroup(c + 1), ColumnGroup(c));

        var result = new TableRowBox[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var cells = new TableCellBox[row.Cells.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = row.Cells[i];
                var first = cell.Column;
                var last = Math.Min(cell.Column + cell.ColumnSpan, columnCount) - 1;
                var bottomRow = Math.Min(r + cell.RowSpan, rows.Count) - 1;
                var style = cell.Style;

                // Each side: the contenders further up or left first, so a full tie goes to them.
                var top = new List<Contender>();
                if (r == 0)
                {
                    top.Add(Candidate(table.BorderTop, Origin.Table));
                    top.Add(Candidate(ColumnGroup(first)?.BorderTop, Origin.ColumnGroup));
                    top.Add(Candidate(Column(first)?.BorderTop, Origin.Column));
                }
                else if (first < columnCount && slots[r - 1, first] is { } above && !ReferenceEquals(above, cell))
                {
                    top.Add(Candidate(above.Style.BorderBottom, Origin.Cell));
                    top.Add(Candidate(rows[r - 1].Style.BorderBottom, Origin.Row));
                    if (GroupEnds(r - 1))
                        top.Add(Candidate(Group(r - 1)?.BorderBottom, Origin.RowGroup));
                }

                if (GroupStarts(r))
                    top.Add(Candidate(Group(r)?.BorderTop, Origin.RowGroup));
                top.Add(Candidate(row.Style.BorderTop, Origin.Row));
                top.Add(Candidate(style.BorderTop, Origin.Cell));

                var bottom = new List<Contender>
                {
                    Candidate(style.BorderBottom, Origin.Cell),
                    Candidate(rows[bottomRow].Style.BorderBottom, Origin.Row),
                };
                if (GroupEnds(bottomRow))
                    bottom.Add(Candidate(Group(bottomRow)?.BorderBottom, Origin.RowGroup));
                if (bottomRow == rows.Count - 1)
                {
                    bottom.Add(Candidate(Column(first)?.BorderBottom, Origin.Column));
                    bottom.Add(Candidate(ColumnGroup(first)?.BorderBottom, Origin.ColumnGroup));
                    bottom.Add(Candidate(table.BorderBottom, Origin.Table));
                }
                else if (first < columnCount && slots[bottomRow + 1, first] is { } below && !ReferenceEquals(below, cell))
                {
                    if (GroupStarts(bottomRow + 1))
                        bottom.Add(Candidate(Group(bottomRow + 1)?.BorderTop, Origin.RowGroup));
                    bottom.Add(Candidate(rows[bottomRow + 1].Style.BorderTop, Origin.Row));
                    bottom.Add(Candidate(below.Style.BorderTop, Origin.Cell));
                }

                var left = new List<Contender>();
                if (first == 0)
                {
                    left.Add(Candidate(table.BorderLeft, Origin.Table));
                    left.Add(Candidate(Group(r)?.BorderLeft, Origin.RowGroup));
                    left.Add(Candidate(row.Style.BorderLeft, Origin.Row));
                }
                else if (slots[r, first - 1] is { } before && !ReferenceEquals(before, cell))
                {
                    left.Add(Candidate(before.Style.BorderRight, Origin.Cell));
                    left.Add(Candidate(Column(first - 1)?.BorderRight, Origin.Column));
                    if (ColumnGroupEnds(first - 1))
                        left.Add(Candidate(ColumnGroup(first - 1)?.BorderRight, Origin.ColumnGroup));
                }

                if (ColumnGroupStarts(first))
                    left.Add(Candidate(ColumnGroup(first)?.BorderLeft, Origin.ColumnGroup));
                left.Add(Candidate(Column(first)?.BorderLeft, Origin.Column));
                left.Add(Candidate(style.BorderLeft, Origin.Cell));

                var right = new List<Contender>
                {
                    Candidate(style.BorderRight, Origin.Cell),
                    Candidate(Column(last)?.BorderRight, Origin.Column),
                };
                if (ColumnGroupEnds(last))
                    right.Add(Candidate(ColumnGroup(last)?.BorderRight, Origin.ColumnGroup));
                if (last >= columnCount - 1)
                {
                    right.Add(Candidate(row.Style.BorderRight, Origin.Row));
                    right.Add(Candidate(Group(r)?.BorderRight, Origin.RowGroup));
                    right.Add(Candidate(table.BorderRight, Origin.Table));
                }
                else if (slots[r, last + 1] is { } after && !ReferenceEquals(after, cell))
                {
                    if (ColumnGroupStarts(last + 1))
                        right.Add(Candidate(ColumnGroup(last + 1)?.BorderLeft, Origin.ColumnGroup));
                    right.Add(Candidate(Column(last + 1)?.BorderLeft, Origin.Column));
                    right.Add(Candidate(after.Style.BorderLeft, Origin.Cell));
                }

                var resolved = new CollapsedCellBorders(Best(top).Side, Best(right).Side, Best(bottom).Side, Best(left).Side);
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

        return WithCrossings(result, columnCount);
    }

    /// <summary>
    /// The cells with the crossings at their corners. Where grid lines cross, up to four borders meet (the row line's
    /// parts left and right of the crossing, the column line's above and below); the square is painted by the
    /// strongest of them — visible, then wider, then the stronger style (§17.6.2.1 rules 2–3) — and a full tie goes to
    /// the left part, then the upper, right and lower, as §17.6.2.1 rule 4 gives ties to the border further left or up.
    /// A crossing whose visible borders all have one colour and style needs nothing: any of them fills it alike.
    /// </summary>
    private static TableRowBox[] WithCrossings(TableRowBox[] rows, int columnCount)
    {
        var columns = Math.Max(columnCount, 1);
        // horizontal[line, column]: the border on a row line over one column; vertical[row, line]: on a column line beside one row.
        var horizontal = new BorderSide?[rows.Length + 1, columns];
        var vertical = new BorderSide?[rows.Length, columns + 1];
        for (var r = 0; r < rows.Length; r++)
        {
            foreach (var cell in rows[r].Cells)
            {
                var (first, last, bottom) = Extent(cell, r, rows.Length, columnCount);
                var borders = cell.CollapsedBorders!;
                for (var c = first; c <= last; c++)
                {
                    horizontal[r, c] ??= borders.Top;
                    horizontal[bottom + 1, c] ??= borders.Bottom;
                }

                for (var row = r; row <= bottom; row++)
                {
                    vertical[row, first] ??= borders.Left;
                    vertical[row, last + 1] ??= borders.Right;
                }
            }
        }

        var result = new TableRowBox[rows.Length];
        for (var r = 0; r < rows.Length; r++)
        {
            var cells = rows[r].Cells.Select(cell =>
            {
                var (first, last, bottom) = Extent(cell, r, rows.Length, columnCount);
                return cell with
                {
                    CollapsedBorders = cell.CollapsedBorders! with
                    {
                        TopLeft = Crossing(horizontal, vertical, r, first),
                        TopRight = Crossing(horizontal, vertical, r, last + 1),
                        BottomLeft = Crossing(horizontal, vertical, bottom + 1, first),
                        BottomRight = Crossing(horizontal, vertical, bottom + 1, last + 1),
                    },
                };
            });
            result[r] = rows[r] with { Cells = [.. cells] };
        }

        return result;
    }

    /// <summary>The grid columns and the last grid row a cell covers (its spans clamped to the grid).</summary>
    private static (int First, int Last, int Bottom) Extent(TableCellBox cell, int row, int rowCount, int columnCount) =>
        (cell.Column, Math.Max(cell.Column, Math.Min(cell.Column + cell.ColumnSpan, columnCount) - 1), Math.Min(row + cell.RowSpan, rowCount) - 1);

    /// <summary>The crossing of row line <paramref name="line"/> and column line <paramref name="columnLine"/>, or null when one colour fills it anyway.</summary>
    private static CollapsedBorderCrossing? Crossing(BorderSide?[,] horizontal, BorderSide?[,] vertical, int line, int columnLine)
    {
        static BorderSide? At(BorderSide?[,] grid, int a, int b) =>
            a >= 0 && b >= 0 && a < grid.GetLength(0) && b < grid.GetLength(1) && grid[a, b] is { IsVisible: true } side ? side : null;

        // Left, above, right, below: the order a full tie goes in.
        BorderSide?[] parts =
        [
            At(horizontal, line, columnLine - 1),
            At(vertical, line - 1, columnLine),
            At(horizontal, line, columnLine),
            At(vertical, line, columnLine),
        ];
        var visible = parts.OfType<BorderSide>().ToList();
        if (visible.Count == 0 || visible.All(s => s.Color == visible[0].Color && s.Style == visible[0].Style))
            return null;
        var owner = 0;
        for (var i = 1; i < parts.Length; i++)
        {
            if (parts[i] is { } side && (parts[owner] is not { } best || Stronger(side, best)))
                owner = i;
        }

        float Widest(BorderSide? a, BorderSide? b) => Math.Max(a?.Width ?? 0, b?.Width ?? 0);
        return new CollapsedBorderCrossing(parts[owner]!, AlongRow: owner % 2 == 0, Width: Widest(parts[1], parts[3]), Height: Widest(parts[0], parts[2]));
    }

    /// <summary>Whether <paramref name="a"/> beats <paramref name="b"/> on width, then style (§17.6.2.1 rules 2–3); a tie is false.</summary>
    private static bool Stronger(BorderSide a, BorderSide b) =>
        Math.Abs(a.Width - b.Width) > 0.001f ? a.Width > b.Width : StyleRank(a.Style) > StyleRank(b.Style);

    /// <summary>The winner among the contenders of one grid line, given further up or left first.</summary>
    private static Contender Best(List<Contender> contenders)
    {
        var winner = contenders[0];
        for (var i = 1; i < contenders.Count; i++)
            winner = Winner(winner, contenders[i]);
        return winner;
    }

    /// <summary>Where a border comes from: ties of width and style go to the cell, then the row, row group, column, column group, table.</summary>
    private enum Origin
    {
        Table,
        ColumnGroup,
        Column,
        RowGroup,
        Row,
        Cell,
    }

    private readonly record struct Contender(BorderSide Side, Origin Origin, bool Hidden);

    /// <summary>A part's border on a grid line; a part that is absent (no column element) contends with no border.</summary>
    private static Contender Candidate(BorderSide? side, Origin origin) =>
        side is { } given ? new(given, origin, given.Style == "hidden") : new(BorderSide.None, origin, false);

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
