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
            ? CollapsedInset(table, s => s.BorderLeft) + CollapsedInset(table, s => s.BorderRight)
            : table.Style.BorderSpacing * (table.ColumnCount + 1) + table.Style.BorderAndPaddingHorizontal;

    /// <summary>
    /// Collapsed borders are centred on the grid lines, so the outer half of the widest outer border lies
    /// outside the grid: the table's box includes it (otherwise it would be cut at the page's content box).
    /// </summary>
    public static float CollapsedInset(TableBox table, Func<ComputedStyle, BorderSide> side)
    {
        var widest = side(table.Style).Width;
        foreach (var row in table.HeaderRows.Concat(table.BodyRows))
        {
            if (row.Cells.Count > 0)
            {
                widest = Math.Max(widest, Math.Max(side(row.Cells[0].Style).Width, side(row.Cells[^1].Style).Width));
            }
        }

        return widest / 2;
    }

    public LayoutResult Layout(TableBox table, LayoutSpace space, TableResume? resume)
    {
        var style = table.Style;
        var available = space.Width - style.Margin.Horizontal;
        var widths = ColumnWidths(table, available);
        var collapse = style.BorderCollapse;
        var spacing = collapse ? 0 : style.BorderSpacing;
        var inset = collapse ? CollapsedInset(table, s => s.BorderLeft) : style.BorderAndPaddingLeft;
        var tableWidth = widths.Sum() + HorizontalExtras(table);
        var columnX = new float[widths.Length + 1];
        columnX[0] = inset + spacing;
        for (var i = 0; i < widths.Length; i++)
        {
            columnX[i + 1] = columnX[i] + widths[i] + spacing;
        }

        var isContinuation = resume is not null;
        var top = isContinuation ? 0 : collapse ? CollapsedInset(table, s => s.BorderTop) : style.BorderAndPaddingTop;
        var bottomReserve = (collapse ? CollapsedInset(table, s => s.BorderBottom) : style.BorderAndPaddingBottom) + spacing;
        var rows = new List<Fragment>();
        var y = top;
        foreach (var header in table.HeaderRows)
        {
            var row = MeasuredRow(header, columnX, widths, space.PageHeight);
            rows.Add(row with { Y = y + spacing });
            y += spacing + row.Height;
        }

        var headerHeight = y - top;
        var placedBodyRows = 0;
        var first = resume?.RowIndex ?? 0;
        for (var index = first; index < table.BodyRows.Count; index++)
        {
            var row = table.BodyRows[index];
            var cellResumes = index == first ? resume?.CellResumes : null;
            var limit = space.Height - bottomReserve - y - spacing;
            var whole = cellResumes is null ? MeasuredRow(row, columnX, widths, space.PageHeight) : null;
            if (whole is not null && whole.Height <= limit + 0.01f)
            {
                rows.Add(whole with { Y = y + spacing });
                y += spacing + whole.Height;
                placedBodyRows++;
                continue;
            }

            var tallerThanPage = whole is null || whole.Height > space.PageHeight - headerHeight - top - bottomReserve - spacing;
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

            var (split, next) = SplitRow(row, columnX, widths, Math.Max(limit, 0), space.PageHeight, cellResumes);
            rows.Add(split with { Y = y + spacing });
            y += spacing + split.Height;
            if (next is not null)
            {
                return new Partial(Fragment(table, space, tableWidth, y + bottomReserve, rows, isContinuation, true), new TableResume(index, next));
            }

            placedBodyRows++;
        }

        var bottom = collapse ? CollapsedInset(table, s => s.BorderBottom) : style.BorderAndPaddingBottom;
        return new Fits(Fragment(table, space, tableWidth, y + spacing + bottom, rows, isContinuation, false));
    }

    private static BoxFragment Fragment(TableBox table, LayoutSpace space, float width, float height, List<Fragment> rows, bool isContinuation, bool continues) =>
        new(table, table.Style.Margin.Left + (table.Style.CentredByAutoMargins ? Math.Max(0, (space.Width - table.Style.Margin.Horizontal - width) / 2) : 0), 0, width, height, rows.ToArray(), isContinuation, continues);

    /// <summary>
    /// The CSS 2 automatic table layout, simplified: columns whose cells ask for a percentage of the table get
    /// it (at least their min-content width); the others share the rest between their min and max widths.
    /// </summary>
    public float[] ColumnWidths(TableBox table, float available)
    {
        var (min, max) = intrinsic.Columns(table);
        var extras = HorizontalExtras(table);
        var room = available - extras;
        var percent = PercentColumns(table);
        var anyPercent = percent.Any(p => p > 0);
        var target = table.Style.Width is { } width
            ? width.Resolve(available) - extras
            : anyPercent ? room : Math.Min(room, max.Sum());
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

        var shared = Distribute(free.Select(i => min[i]).ToArray(), free.Select(i => max[i]).ToArray(), Math.Max(0, left));
        for (var k = 0; k < free.Count; k++)
        {
            widths[free[k]] = shared[k];
        }

        return widths;
    }

    /// <summary>Min widths when even they do not fit; max widths grown in proportion when there is room to spare; otherwise in between.</summary>
    private static float[] Distribute(float[] min, float[] max, float target)
    {
        var sumMin = min.Sum();
        var sumMax = max.Sum();
        if (min.Length == 0 || sumMin >= target)
        {
            return min;
        }

        if (sumMax <= target)
        {
            var spare = target - sumMax;
            return sumMax > 0
                ? max.Select(m => m + spare * m / sumMax).ToArray()
                : max.Select(_ => target / max.Length).ToArray();
        }

        var share = (target - sumMin) / (sumMax - sumMin);
        return min.Select((m, i) => m + (max[i] - m) * share).ToArray();
    }

    /// <summary>Per column, the largest percentage width asked by a cell spanning only that column.</summary>
    private static float[] PercentColumns(TableBox table)
    {
        var percent = new float[table.ColumnCount];
        foreach (var row in table.HeaderRows.Concat(table.BodyRows))
        {
            var column = 0;
            foreach (var cell in row.Cells)
            {
                if (cell.ColumnSpan == 1 && column < percent.Length && cell.Style.Width is { IsPercent: true } width)
                {
                    percent[column] = Math.Max(percent[column], width.Value);
                }

                column += cell.ColumnSpan;
            }
        }

        return percent;
    }

    /// <summary>A row laid out with all the height it wants.</summary>
    private BoxFragment MeasuredRow(TableRowBox row, float[] columnX, float[] widths, float pageHeight)
    {
        var cells = new List<BoxFragment>();
        var column = 0;
        foreach (var cell in row.Cells)
        {
            var span = Math.Min(cell.ColumnSpan, widths.Length - column);
            if (span <= 0)
            {
                break;
            }

            var width = columnX[column + span] - columnX[column] - (columnX[1] - columnX[0] - widths[0]);
            var result = engine.Layout(cell, new LayoutSpace(width, Unbounded, true, pageHeight), null);
            var x = CellX(columnX, widths, column, width, row.Style.RightToLeft);
            var fragment = result switch
            {
                Fits fits => fits.Fragment,
                Partial partial => partial.Fragment,
                _ => new BoxFragment(cell, 0, 0, width, 0, []),
            };
            cells.Add(fragment with { X = x });
            column += span;
        }

        return RowOf(row, columnX, cells, cells.Select(c => c.Height).DefaultIfEmpty(0).Max(), false, false);
    }

    /// <summary>A row taller than a page: every cell gives what fits in <paramref name="height"/>.</summary>
    private (BoxFragment Row, IReadOnlyList<ResumePoint?>? Next) SplitRow(
        TableRowBox row, float[] columnX, float[] widths, float height, float pageHeight, IReadOnlyList<ResumePoint?>? resumes)
    {
        log.WarnOnce("PDF204", "row split", "A table row taller than a page is split across pages.");
        var cells = new List<BoxFragment>();
        var next = new ResumePoint?[row.Cells.Count];
        var anyContinues = false;
        var column = 0;
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var cell = row.Cells[c];
            var span = Math.Min(cell.ColumnSpan, widths.Length - column);
            if (span <= 0)
            {
                break;
            }

            var width = columnX[column + span] - columnX[column] - (columnX[1] - columnX[0] - widths[0]);
            var x = CellX(columnX, widths, column, width, row.Style.RightToLeft);
            var done = resumes is not null && resumes[c] is null;
            BoxFragment fragment;
            if (done)
            {
                fragment = new BoxFragment(cell, 0, 0, width, 0, [], true, false);
            }
            else
            {
                var result = engine.Layout(cell, new LayoutSpace(width, height, true, pageHeight), resumes?[c]);
                (fragment, next[c]) = result switch
                {
                    Fits fits => (fits.Fragment, null),
                    Partial partial => (partial.Fragment, partial.Resume),
                    _ => (new BoxFragment(cell, 0, 0, width, 0, []), null),
                };
            }

            anyContinues |= next[c] is not null;
            cells.Add(fragment with { X = x, IsContinuation = resumes is not null, Continues = next[c] is not null });
            column += span;
        }

        var rowHeight = anyContinues ? height : cells.Select(c => c.Height).DefaultIfEmpty(0).Max();
        return (RowOf(row, columnX, cells, rowHeight, resumes is not null, anyContinues), anyContinues ? next : null);
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

    /// <summary>Stretches the cells to the row's height and places their content by vertical-align.</summary>
    private static BoxFragment RowOf(TableRowBox row, float[] columnX, List<BoxFragment> cells, float height, bool isContinuation, bool continues)
    {
        var placed = cells.Select(cell =>
        {
            var contentHeight = cell.Height;
            var shift = cell.Box.Style.VerticalAlign switch
            {
                VerticalAlign.Middle => (height - contentHeight) / 2,
                VerticalAlign.Bottom => height - contentHeight,
                _ => 0,
            };
            var children = shift == 0 ? cell.Children : cell.Children.Select(f => Shifted(f, shift)).ToArray();
            return (Fragment)(cell with { X = cell.X - columnX[0], Height = height, Children = children });
        }).ToArray();
        var left = columnX[0];
        return new BoxFragment(row, left, 0, columnX[^1] - left, height, placed, isContinuation, continues);
    }

    private static Fragment Shifted(Fragment fragment, float dy) => fragment switch
    {
        BoxFragment box => box with { Y = box.Y + dy },
        LineFragment line => line with { Y = line.Y + dy },
        _ => fragment,
    };
}
