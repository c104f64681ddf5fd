using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// Tables: the CSS automatic layout for column widths (from min/max content widths), rows stacked with
/// border-spacing or collapsed borders, header rows repeated on every page, a row moved whole to the next
/// page unless it is taller than a page (then its cells are split).
/// </summary>
public sealed class TableLayout(LayoutEngine engine, IntrinsicWidths intrinsic, MessageLog log)
{
    private const float Unbounded = 1_000_000f;

    /// <summary>What a table adds around its columns: spacing between and around cells, its border and padding.</summary>
    public static float HorizontalExtras(TableBox table) =>
        table.Style.BorderCollapse
            ? CollapsedInset(table, Edge.Left) + CollapsedInset(table, Edge.Right)
            : table.Style.BorderSpacing * (table.ColumnCount + 1) + table.Style.BorderAndPaddingHorizontal;

    /// <summary>The width of a cell's border on a side: whole, where a collapsed cell's style holds half of it.</summary>
    private static float WholeBorder(TableCellBox cell, Func<ComputedStyle, BorderSide> side) =>
        side(cell.Style).Width * (cell.CollapsedBorders is null ? 1 : 2);

    /// <summary>
    /// The border-box width a table's <c>width</c> asks for, resolved to <paramref name="resolved"/>: the content
    /// width plus border and padding (box-sizing: content-box, as for <c>display: table</c>), or itself with
    /// box-sizing: border-box — the user-agent sheet gives HTML tables that, as browsers' do — and in the collapsing
    /// border model, where the table has no padding and its borders are half the outer collapsed ones (CSS 2.1
    /// §17.6.2), added to a content-box width as browsers add them.
    /// </summary>
    public static float BorderBoxWidth(TableBox table, float resolved) =>
        table.Style.BorderBoxSizing ? resolved : resolved + HorizontalEdges(table);

    /// <summary>The table's border and padding across: in the collapsing border model, the outer halves of the collapsed borders.</summary>
    private static float HorizontalEdges(TableBox table) =>
        table.Style.BorderCollapse ? CollapsedInset(table, Edge.Left) + CollapsedInset(table, Edge.Right) : table.Style.BorderAndPaddingHorizontal;

    /// <summary>
    /// Collapsed borders are centred on the grid lines, so the outer half of the widest border on an edge of the
    /// grid lies outside it: the table's box includes it (otherwise it would be cut at the page's content box).
    /// </summary>
    private static float CollapsedInset(TableBox table, Edge edge)
    {
        Func<ComputedStyle, BorderSide> side = edge switch
        {
            Edge.Top => s => s.BorderTop,
            Edge.Right => s => s.BorderRight,
            Edge.Bottom => s => s.BorderBottom,
            _ => s => s.BorderLeft,
        };
        var widest = side(table.Style).Width;
        var rows = table.HeaderRows.Concat(table.BodyRows).ToArray();
        for (var r = 0; r < rows.Length; r++)
        {
            foreach (var cell in rows[r].Cells)
            {
                var onEdge = edge switch
                {
                    Edge.Top => r == 0,
                    Edge.Bottom => r + cell.RowSpan >= rows.Length,
                    Edge.Left => cell.Column == 0,
                    _ => cell.Column + cell.ColumnSpan >= table.ColumnCount,
                };
                if (onEdge)
                {
                    widest = Math.Max(widest, WholeBorder(cell, side));
                }
            }
        }

        return widest / 2;
    }

    /// <summary>In the collapsing border model, the table's border widths as its box has them: the outer halves of the
    /// widest borders on the grid's edges (top, right, bottom, left). Its padding box, where its background is placed,
    /// lies inside them (its padding is ignored).</summary>
    public static (float Top, float Right, float Bottom, float Left) CollapsedBorderWidths(TableBox table) =>
        (CollapsedInset(table, Edge.Top), CollapsedInset(table, Edge.Right), CollapsedInset(table, Edge.Bottom), CollapsedInset(table, Edge.Left));

    private enum Edge
    {
        Top,
        Right,
        Bottom,
        Left,
    }

    public LayoutResult Layout(TableBox table, LayoutSpace space, TableResume? resume)
    {
        var style = table.Style;
        var available = space.Width - style.Margin.Horizontal;
        var widths = MeasuredColumnWidths(table, available);
        var collapse = style.BorderCollapse;
        var spacing = collapse ? 0 : style.BorderSpacing;
        var rowSpacing = collapse ? 0 : style.BorderSpacingVertical;
        var inset = collapse ? CollapsedInset(table, Edge.Left) : style.BorderAndPaddingLeft;
        var tableWidth = TableWidth(table, widths, available);

        var columnX = new float[widths.Length + 1];
        columnX[0] = inset + spacing;
        for (var i = 0; i < widths.Length; i++)
        {
            columnX[i + 1] = columnX[i] + widths[i] + spacing;
        }

        var grid = new Grid(columnX, widths, rowSpacing, space.PageHeight, EmptyRowMinimums, style.RightToLeft);
        var isContinuation = resume is not null;
        var top = isContinuation ? 0 : collapse ? CollapsedInset(table, Edge.Top) : style.BorderAndPaddingTop;
        var bottomReserve = (collapse ? CollapsedInset(table, Edge.Bottom) : style.BorderAndPaddingBottom) + rowSpacing;
        var rowsHeight = RowsHeight(table);
        if (rowsHeight is not null)
        {
            grid = grid with { RowMinimums = RowMinimums(table, grid, rowsHeight.Value) };
        }

        var rows = new List<Fragment>();
        var y = top;
        for (var start = 0; start < table.HeaderRows.Count;)
        {
            var end = BlockEnd(table.HeaderRows, start);
            foreach (var row in MeasuredBlock(table.HeaderRows, start, end, grid))
            {
                rows.Add(row with { Y = y + rowSpacing });
                y += rowSpacing + row.Height;
            }

            start = end;
        }

        var headerHeight = y - top;
        var placedBodyRows = 0;
        var first = resume?.RowIndex ?? 0;
        for (var index = first; index < table.BodyRows.Count;)
        {
            var end = BlockEnd(table.BodyRows, index);
            var cellResumes = index == first ? resume?.CellResumes : null;
            var limit = space.Height - bottomReserve - y - rowSpacing;
            var whole = cellResumes is null ? MeasuredBlock(table.BodyRows, index, end, grid) : null;
            var wholeHeight = whole is null ? 0 : whole.Sum(r => r.Height) + rowSpacing * (whole.Length - 1);
            if (whole is not null && wholeHeight <= limit + 0.01f)
            {
                foreach (var row in whole)
                {
                    rows.Add(row with { Y = y + rowSpacing });
                    y += rowSpacing + row.Height;
                }

                placedBodyRows += whole.Length;
                index = end;
                continue;
            }

            var tallerThanPage = whole is null || wholeHeight > space.PageHeight - headerHeight - top - bottomReserve - rowSpacing;
            if (placedBodyRows > 0 || (!space.AtPageTop && !tallerThanPage))
            {
                if (placedBodyRows == 0)
                {
                    return new DoesNotFit("table row does not fit");
                }

                if (style.BreakInside == BreakRule.Avoid && !space.AtPageTop && !isContinuation)
                {
                    return new DoesNotFit("break-inside: avoid");
                }

                return new Partial(Fragment(table, space, tableWidth, y + bottomReserve, rows, isContinuation, true), new TableResume(index, null));
            }

            if (style.BreakInside == BreakRule.Avoid && !space.AtPageTop && !isContinuation)
            {
                return new DoesNotFit("break-inside: avoid");
            }

            if (whole is { Length: > 1 })
            {
                // Rows bound by a rowspan and together taller than a page: break between them after all. The
                // spanning cells end with this page; the rows after the break go on without them.
                log.WarnOnce("PDF204", "rowspan split", "Table rows bound together by a rowspan are taller than a page; they are split across pages and the spanning cells end at the page break.");
                var fitted = 1;
                var used = whole[0].Height;
                while (fitted < whole.Length && used + rowSpacing + whole[fitted].Height <= limit + 0.01f)
                {
                    used += rowSpacing + whole[fitted].Height;
                    fitted++;
                }

                var bottomOfRows = y + rowSpacing + used;
                for (var k = 0; k < fitted; k++)
                {
                    var rowY = y + rowSpacing;
                    rows.Add(Truncated(whole[k], bottomOfRows - rowY) with { Y = rowY });
                    y += rowSpacing + whole[k].Height;
                }

                return new Partial(Fragment(table, space, tableWidth, y + bottomReserve, rows, isContinuation, true), new TableResume(index + fitted, null));
            }

            var (split, next) = SplitRow(table.BodyRows[index], grid, Math.Max(limit, 0), cellResumes);
            rows.Add(split with { Y = y + rowSpacing });
            y += rowSpacing + split.Height;
            if (next is not null)
            {
                return new Partial(Fragment(table, space, tableWidth, y + bottomReserve, rows, isContinuation, true), new TableResume(index, next));
            }

            placedBodyRows++;
            index++;
        }

        var bottom = collapse ? CollapsedInset(table, Edge.Bottom) : style.BorderAndPaddingBottom;
        if (!isContinuation && rowsHeight is { } least && y + rowSpacing - top < least)
        {
            // A table without rows (or rows that cannot grow) is still as tall as its height asks.
            y = top + least - rowSpacing;
        }

        return new Fits(Fragment(table, space, tableWidth, y + rowSpacing + bottom, rows, isContinuation, false));
    }

    private static readonly IReadOnlyDictionary<TableRowBox, float> EmptyRowMinimums = new Dictionary<TableRowBox, float>();

    /// <summary>
    /// The height a table's <c>height</c> asks for the box its rows and the spacing between them fill (its content
    /// box in the separated model; within its half borders when they collapse), or null when it sets none. CSS 2.1
    /// §17.5.3: the height is a minimum.
    /// </summary>
    private static float? RowsHeight(TableBox table)
    {
        var style = table.Style;
        if (style.Height is not { } height)
        {
            return null;
        }

        var extra = style.BorderCollapse
            ? CollapsedInset(table, Edge.Top) + CollapsedInset(table, Edge.Bottom)
            : style.BorderAndPaddingTop + style.BorderAndPaddingBottom;
        return Math.Max(0, style.BorderBoxSizing ? height - extra : height);
    }

    /// <summary>
    /// How tall each row must be for the rows to fill <paramref name="rowsHeight"/>: rows shorter together grow in
    /// proportion to their heights (evenly when they have none), as browsers share a table's extra height.
    /// </summary>
    private IReadOnlyDictionary<TableRowBox, float> RowMinimums(TableBox table, Grid grid, float rowsHeight)
    {
        var all = table.HeaderRows.Concat(table.BodyRows).ToArray();
        if (all.Length == 0)
        {
            return EmptyRowMinimums;
        }

        var natural = new float[all.Length];
        var headerCount = table.HeaderRows.Count;
        foreach (var (rows, offset) in new[] { (table.HeaderRows, 0), (table.BodyRows, headerCount) })
        {
            for (var start = 0; start < rows.Count;)
            {
                var end = BlockEnd(rows, start);
                var measured = MeasuredBlock(rows, start, end, grid);
                for (var k = 0; k < measured.Length; k++)
                {
                    natural[offset + start + k] = measured[k].Height;
                }

                start = end;
            }
        }

        var spare = rowsHeight - natural.Sum() - grid.RowSpacing * (all.Length + 1);
        if (spare <= 0.01f)
        {
            return EmptyRowMinimums;
        }

        var total = natural.Sum();
        var minimums = new Dictionary<TableRowBox, float>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < all.Length; i++)
        {
            minimums[all[i]] = natural[i] + (total > 0 ? spare * natural[i] / total : spare / all.Length);
        }

        return minimums;
    }

    /// <summary>The columns' left edges and widths, the spacing between rows and the page height: what laying out a row needs.</summary>
    /// <summary>(<see cref="RowMinimums"/>: the least height of rows the table's height makes taller; <see cref="RightToLeft"/>: the
    /// table's direction, which alone orders the columns — CSS 2.1 §17.5: a row group's or a row's own <c>direction</c> is
    /// inherited by its cells' content but moves no cell.)</summary>
    private sealed record Grid(float[] ColumnX, float[] Widths, float RowSpacing, float PageHeight, IReadOnlyDictionary<TableRowBox, float> RowMinimums, bool RightToLeft)
    {
        /// <summary>The border-box width of a cell spanning <paramref name="span"/> columns from <paramref name="column"/>.</summary>
        public float CellWidth(int column, int span) => ColumnX[column + span] - ColumnX[column] - (ColumnX[1] - ColumnX[0] - Widths[0]);

        /// <summary>A row's width: from its first cell's left edge to its last cell's right, without the spacing around
        /// them (row backgrounds are placed in this box, CSS 2.1 §17.5.1).</summary>
        public float RowWidth => Widths.Length == 0 ? 0 : CellWidth(0, Widths.Length);
    }

    /// <summary>
    /// The end (exclusive) of the block of rows from <paramref name="start"/> that rowspans bind together: a
    /// page break can fall only between blocks. A single row when no cell spans rows.
    /// </summary>
    private static int BlockEnd(IReadOnlyList<TableRowBox> rows, int start)
    {
        var end = start + 1;
        for (var r = start; r < end && r < rows.Count; r++)
        {
            foreach (var cell in rows[r].Cells)
            {
                end = Math.Max(end, r + cell.RowSpan);
            }
        }

        return Math.Min(end, rows.Count);
    }

    /// <summary>A row cut to <paramref name="height"/>: its cells that span further down end there.</summary>
    private static BoxFragment Truncated(BoxFragment row, float height) => row with
    {
        Children = row.Children.Select(c => c.Height > height ? (Fragment)((BoxFragment)c with { Height = height, Continues = true }) : c).ToArray(),
    };

    private static BoxFragment Fragment(TableBox table, LayoutSpace space, float width, float height, List<Fragment> rows, bool isContinuation, bool continues) =>
        new(table, BorderBoxLeft(table, space.Width, width), 0, width, height, rows.ToArray(), isContinuation, continues);

    /// <summary>Where a table's border box starts in a containing block <paramref name="containingWidth"/> wide: after its
    /// left margin, centred by auto margins.</summary>
    private static float BorderBoxLeft(TableBox table, float containingWidth, float width) =>
        table.Style.Margin.Left + (table.Style.CentredByAutoMargins ? Math.Max(0, (containingWidth - table.Style.Margin.Horizontal - width) / 2) : 0);

    /// <summary>The border-box width of a table whose columns are <paramref name="widths"/>: the columns and what the
    /// table adds around them, or the width the table asks for when that is more.</summary>
    private static float TableWidth(TableBox table, float[] widths, float available)
    {
        var tableWidth = widths.Sum() + HorizontalExtras(table);
        if (table.Style.Width is { } width)
        {
            // Columns share the width the table asks for; a table without columns is that wide all the same.
            tableWidth = Math.Max(tableWidth, BorderBoxWidth(table, width.Resolve(available)));
        }

        return tableWidth;
    }

    /// <summary>
    /// The table's border box across a containing block <paramref name="containingWidth"/> wide, as its layout places
    /// it: the table wrapper's width, which its captions are laid out in (CSS 2.1 §17.4).
    /// </summary>
    public (float Left, float Width) BorderBoxAcross(TableBox table, float containingWidth)
    {
        var available = containingWidth - table.Style.Margin.Horizontal;
        var width = TableWidth(table, MeasuredColumnWidths(table, available), available);
        return (BorderBoxLeft(table, containingWidth, width), width);
    }

    /// <summary>The column widths last measured for a table, with the room they were measured in.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<TableBox, System.Runtime.CompilerServices.StrongBox<(float Available, float[] Widths)>> measured = [];

    /// <summary>
    /// <see cref="ColumnWidths"/>, measured once for a table in the same room: a table's captions are laid out across
    /// its width before it (<see cref="BorderBoxAcross"/>), and a table running onto more pages is laid out on each.
    /// </summary>
    private float[] MeasuredColumnWidths(TableBox table, float available)
    {
        if (measured.TryGetValue(table, out var known) && known.Value.Available == available)
            return known.Value.Widths;
        var widths = ColumnWidths(table, available);
        measured.AddOrUpdate(table, new System.Runtime.CompilerServices.StrongBox<(float, float[])>((available, widths)));
        return widths;
    }

    /// <summary>
    /// The CSS 2 automatic table layout, simplified: columns whose cells (or col) ask for a percentage of the
    /// table get it (at least their min-content width); the others share the rest between their min and max
    /// widths — columns of a fixed width first, then the auto ones, which alone take any room to spare.
    /// </summary>
    public float[] ColumnWidths(TableBox table, float available)
    {
        if (table.Style.TableLayoutFixed && table.Style.Width is { } fixedTableWidth)
        {
            return FixedLayoutWidths(table, BorderBoxWidth(table, fixedTableWidth.Resolve(available)) - HorizontalExtras(table));
        }

        var (min, max) = intrinsic.Columns(table);
        var extras = HorizontalExtras(table);
        var room = available - extras;
        var percent = PercentColumns(table);
        var anyPercent = percent.Any(p => p > 0);
        var target = table.Style.Width is { } width
            ? BorderBoxWidth(table, width.Resolve(available)) - extras
            : anyPercent ? room : Math.Min(room, max.Sum());
        // The columns grow to make the table as wide as its captions need.
        target = Math.Max(target, intrinsic.CaptionsMinimum(table) - extras);
        if (min.Sum() > room + 0.01f)
        {
            log.WarnOnce("PDF203", "table too wide", "A table's narrowest layout is wider than the page; it is clipped at the page's content box.");
        }

        var widths = new float[min.Length];
        var free = new List<int>();
        var left = target;
        for (var i = 0; i < widths.Length; i++)
        {
            if (percent[i] > 0)
            {
                widths[i] = Math.Max(min[i], percent[i] / 100f * (target + extras));
                left -= widths[i];
            }
            else
            {
                free.Add(i);
            }
        }

        var fixedColumns = FixedColumns(table);
        var shared = Distribute(free.Select(i => min[i]).ToArray(), free.Select(i => max[i]).ToArray(), free.Select(i => fixedColumns[i]).ToArray(), Math.Max(0, left));
        for (var k = 0; k < free.Count; k++)
        {
            widths[free[k]] = shared[k];
        }

        return widths;
    }

    /// <summary>
    /// table-layout: fixed (CSS 2.1 § 17.5.2.1): a column is as wide as its col element says, else as the first
    /// row's cell in it says (a spanning cell's width split evenly); the columns left share the rest equally.
    /// The content is not measured; a table whose columns ask for more than its width grows.
    /// </summary>
    private static float[] FixedLayoutWidths(TableBox table, float tableWidth)
    {
        var widths = new float?[table.ColumnCount];
        for (var i = 0; i < Math.Min(table.ColumnWidths.Count, widths.Length); i++)
        {
            widths[i] = table.ColumnWidths[i]?.Resolve(tableWidth);
        }

        var firstRow = table.HeaderRows.Concat(table.BodyRows).FirstOrDefault();
        foreach (var cell in firstRow?.Cells ?? [])
        {
            var span = Math.Min(cell.ColumnSpan, widths.Length - cell.Column);
            if (span > 0 && cell.Style.Width is { } cellWidth)
            {
                // 'width' is the cell's content width, a percentage of the table's: the column also holds its
                // padding and borders (CSS 2.1 §17.5.2.1).
                var each = (cellWidth.Resolve(tableWidth) + cell.Style.BorderAndPaddingHorizontal) / span;
                for (var c = cell.Column; c < cell.Column + span; c++)
                {
                    widths[c] ??= each;
                }
            }
        }

        var taken = widths.Sum(w => w ?? 0);
        var open = widths.Count(w => w is null);
        var share = open > 0 ? Math.Max(0, tableWidth - taken) / open : 0;
        var result = widths.Select(w => w ?? share).ToArray();
        if (open == 0 && result.Length > 0 && taken < tableWidth)
        {
            // Every column has a width and they fall short of the table's: they grow in proportion.
            result = taken > 0 ? result.Select(w => w * tableWidth / taken).ToArray() : result.Select(_ => tableWidth / result.Length).ToArray();
        }

        return result;
    }

    /// <summary>
    /// Min widths when even they do not fit; max widths when there is room to spare, the spare going to the
    /// auto columns (to all when every column has a fixed width); otherwise fixed columns grow towards their
    /// width first, then the auto ones between their min and max.
    /// </summary>
    private static float[] Distribute(float[] min, float[] max, bool[] isFixed, float target)
    {
        var sumMin = min.Sum();
        var sumMax = max.Sum();
        if (min.Length == 0 || sumMin >= target)
        {
            return min;
        }

        var anyFixed = isFixed.Any(f => f);
        var anyAuto = isFixed.Any(f => !f);
        if (sumMax <= target)
        {
            var spare = target - sumMax;
            if (anyFixed && anyAuto)
            {
                var autoMax = max.Where((_, i) => !isFixed[i]).Sum();
                var autoCount = isFixed.Count(f => !f);
                return max.Select((m, i) => isFixed[i] ? m : m + (autoMax > 0 ? spare * m / autoMax : spare / autoCount)).ToArray();
            }

            return sumMax > 0
                ? max.Select(m => m + spare * m / sumMax).ToArray()
                : max.Select(_ => target / max.Length).ToArray();
        }

        if (anyFixed && anyAuto)
        {
            var fixedGrowth = min.Select((m, i) => isFixed[i] ? max[i] - m : 0).Sum();
            var toShare = target - sumMin;
            if (toShare <= fixedGrowth)
            {
                var fixedShare = fixedGrowth > 0 ? toShare / fixedGrowth : 0;
                return min.Select((m, i) => isFixed[i] ? m + (max[i] - m) * fixedShare : m).ToArray();
            }

            var autoGrowth = sumMax - sumMin - fixedGrowth;
            var autoShare = autoGrowth > 0 ? (toShare - fixedGrowth) / autoGrowth : 0;
            return min.Select((m, i) => isFixed[i] ? max[i] : m + (max[i] - m) * autoShare).ToArray();
        }

        var share = (target - sumMin) / (sumMax - sumMin);
        return min.Select((m, i) => m + (max[i] - m) * share).ToArray();
    }

    /// <summary>Per column, the largest percentage width asked by its col or a cell spanning only that column.</summary>
    private static float[] PercentColumns(TableBox table)
    {
        var percent = new float[table.ColumnCount];
        for (var i = 0; i < Math.Min(table.ColumnWidths.Count, percent.Length); i++)
        {
            if (table.ColumnWidths[i] is { IsPercent: true } columnWidth)
            {
                percent[i] = columnWidth.Value;
            }
        }

        foreach (var row in table.HeaderRows.Concat(table.BodyRows))
        {
            foreach (var cell in row.Cells)
            {
                if (cell.ColumnSpan == 1 && cell.Column < percent.Length && cell.Style.Width is { IsPercent: true } width)
                {
                    percent[cell.Column] = Math.Max(percent[cell.Column], width.Value);
                }
            }
        }

        return percent;
    }

    /// <summary>Per column, whether its col or a cell spanning only that column sets a fixed (non-percentage) width.</summary>
    private static bool[] FixedColumns(TableBox table)
    {
        var isFixed = new bool[table.ColumnCount];
        for (var i = 0; i < Math.Min(table.ColumnWidths.Count, isFixed.Length); i++)
        {
            isFixed[i] = table.ColumnWidths[i] is { IsPercent: false };
        }

        foreach (var row in table.HeaderRows.Concat(table.BodyRows))
        {
            foreach (var cell in row.Cells)
            {
                if (cell.ColumnSpan == 1 && cell.Column < isFixed.Length && cell.Style.Width is { IsPercent: false })
                {
                    isFixed[cell.Column] = true;
                }
            }
        }

        return isFixed;
    }

    /// <summary>
    /// Rows <paramref name="start"/> to <paramref name="end"/> laid out with all the height they want: a row is
    /// as tall as its tallest cell spanning it alone (baseline-aligned cells counting their shift), then cells
    /// spanning several rows grow those rows evenly when they need more. A cell spanning rows is a child of its
    /// first row's fragment, as tall as the rows it spans.
    /// </summary>
    private BoxFragment[] MeasuredBlock(IReadOnlyList<TableRowBox> rows, int start, int end, Grid grid)
    {
        var count = end - start;
        var laid = new List<(int Row, TableCellBox Cell, BoxFragment Fragment, int Span, float Baseline, float Need)>();
        var heights = new float[count];
        var rowBaselines = new float[count];
        for (var r = 0; r < count; r++)
        {
            var row = rows[start + r];
            foreach (var cell in row.Cells)
            {
                var span = Math.Min(cell.ColumnSpan, grid.Widths.Length - cell.Column);
                if (span <= 0)
                {
                    continue;
                }

                var width = grid.CellWidth(cell.Column, span);
                var laidOut = engine.Layout(cell, new LayoutSpace(width, Unbounded, true, grid.PageHeight), null);
                var x = CellX(grid.ColumnX, grid.Widths, cell.Column, width, grid.RightToLeft);
                var fragment = laidOut switch
                {
                    Fits fits => fits.Fragment,
                    Partial partial => partial.Fragment,
                    _ => new BoxFragment(cell, 0, 0, width, 0, []),
                };
                // A cell's height (of its content box, as CSS 2.1 has it) is the least height of its rows.
                var need = Math.Max(fragment.Height, cell.Style.Height is { } cellHeight ? cellHeight + cell.Style.BorderAndPaddingTop + cell.Style.BorderAndPaddingBottom : 0);
                var baseline = cell.Style.VerticalAlign == VerticalAlign.Baseline ? CellBaseline(fragment) : 0;
                laid.Add((r, cell, fragment with { X = x }, Math.Min(cell.RowSpan, count - r), baseline, need));
                if (cell.Style.VerticalAlign == VerticalAlign.Baseline)
                {
                    rowBaselines[r] = Math.Max(rowBaselines[r], baseline);
                }
            }
        }

        for (var r = 0; r < count; r++)
        {
            heights[r] = Math.Max(heights[r], Math.Max(rows[start + r].Style.Height ?? 0, grid.RowMinimums.GetValueOrDefault(rows[start + r])));
        }

        foreach (var (r, cell, fragment, span, baseline, need) in laid)
        {
            if (span == 1)
            {
                var shift = cell.Style.VerticalAlign == VerticalAlign.Baseline ? rowBaselines[r] - baseline : 0;
                heights[r] = Math.Max(heights[r], Math.Max(shift + fragment.Height, need));
            }
        }

        foreach (var (r, _, _, span, _, need) in laid.Where(l => l.Span > 1).OrderBy(l => l.Span))
        {
            var have = SpannedHeight(heights, r, span, grid.RowSpacing);
            if (need > have)
            {
                var extra = (need - have) / span;
                for (var k = r; k < r + span; k++)
                {
                    heights[k] += extra;
                }
            }
        }

        var result = new BoxFragment[count];
        for (var r = 0; r < count; r++)
        {
            var cells = new List<Fragment>();
            foreach (var (cellRow, cell, fragment, span, baseline, _) in laid)
            {
                if (cellRow == r)
                {
                    cells.Add(Placed(fragment, SpannedHeight(heights, r, span, grid.RowSpacing), grid.ColumnX, cell.Style.VerticalAlign == VerticalAlign.Baseline ? rowBaselines[r] - baseline : null));
                }
            }

            var left = grid.ColumnX[0];
            result[r] = new BoxFragment(rows[start + r], left, 0, grid.RowWidth, heights[r], cells.ToArray());
        }

        return result;
    }

    private static float SpannedHeight(float[] heights, int first, int span, float rowSpacing)
    {
        var height = heights[first];
        for (var k = first + 1; k < first + span; k++)
        {
            height += rowSpacing + heights[k];
        }

        return height;
    }

    /// <summary>Where a cell's first line sits: its first baseline, or the bottom of its content box when it has no line.</summary>
    private static float CellBaseline(BoxFragment cell) =>
        LayoutEngine.FirstBaseline(cell.Children) ?? cell.Height - cell.Box.Style.BorderAndPaddingBottom;

    /// <summary>A row taller than a page: every cell gives what fits in <paramref name="height"/>.</summary>
    private (BoxFragment Row, IReadOnlyList<ResumePoint?>? Next) SplitRow(
        TableRowBox row, Grid grid, float height, IReadOnlyList<ResumePoint?>? resumes)
    {
        log.WarnOnce("PDF204", "row split", "A table row taller than a page is split across pages.");
        var columnX = grid.ColumnX;
        var widths = grid.Widths;
        var cells = new List<BoxFragment>();
        var next = new ResumePoint?[row.Cells.Count];
        var anyContinues = false;
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var cell = row.Cells[c];
            var span = Math.Min(cell.ColumnSpan, widths.Length - cell.Column);
            if (span <= 0)
            {
                continue;
            }

            var width = grid.CellWidth(cell.Column, span);
            var x = CellX(columnX, widths, cell.Column, width, grid.RightToLeft);
            var done = resumes is not null && resumes[c] is null;
            BoxFragment fragment;
            if (done)
            {
                fragment = new BoxFragment(cell, 0, 0, width, 0, [], true, false);
            }
            else
            {
                var result = engine.Layout(cell, new LayoutSpace(width, height, true, grid.PageHeight), resumes?[c]);
                (fragment, next[c]) = result switch
                {
                    Fits fits => (fits.Fragment, null),
                    Partial partial => (partial.Fragment, partial.Resume),
                    _ => (new BoxFragment(cell, 0, 0, width, 0, []), null),
                };
            }

            anyContinues |= next[c] is not null;
            cells.Add(fragment with { X = x, IsContinuation = resumes is not null, Continues = next[c] is not null });
        }

        var rowHeight = anyContinues ? height : cells.Select(c => c.Height).DefaultIfEmpty(0).Max();
        var placed = cells.Select(cell => Placed(cell, rowHeight, columnX, null)).ToArray();
        var left = columnX[0];
        var fragmentOfRow = new BoxFragment(row, left, 0, grid.RowWidth, rowHeight, placed, resumes is not null, anyContinues);
        return (fragmentOfRow, anyContinues ? next : null);
    }

    /// <summary>A cell's left edge; right-to-left tables put the first column on the right.</summary>
    private static float CellX(float[] columnX, float[] widths, int column, float width, bool rightToLeft)
    {
        if (!rightToLeft)
        {
            return columnX[column];
        }

        var spacing = columnX[1] - columnX[0] - widths[0];
        return columnX[0] + (columnX[^1] - spacing) - (columnX[column] + width);
    }

    /// <summary>
    /// A cell stretched to the height of the rows it spans, its content placed by vertical-align
    /// (<paramref name="baselineShift"/>: how far a baseline-aligned cell's content moves down).
    /// </summary>
    private static Fragment Placed(BoxFragment cell, float height, float[] columnX, float? baselineShift)
    {
        var contentHeight = cell.Height;
        var shift = baselineShift ?? cell.Box.Style.VerticalAlign switch
        {
            VerticalAlign.Middle => (height - contentHeight) / 2,
            VerticalAlign.Bottom => height - contentHeight,
            _ => 0,
        };
        var children = shift == 0 ? cell.Children : cell.Children.Select(f => Shifted(f, shift)).ToArray();
        return cell with { X = cell.X - columnX[0], Height = height, Children = children };
    }

    private static Fragment Shifted(Fragment fragment, float dy) => fragment switch
    {
        BoxFragment box => box with { Y = box.Y + dy },
        LineFragment line => line with { Y = line.Y + dy },
        _ => fragment,
    };
}
