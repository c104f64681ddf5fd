using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Layout.Flex;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Layout.Grid;

/// <summary>
/// Lays out a grid container (CSS Grid Layout 1): the explicit tracks (<c>repeat(auto-fill)</c> counted from the
/// width), items placed (§8), columns sized from the width and the items' intrinsic widths, each item laid out at
/// its area's width, rows sized from the items' heights, then items aligned in their areas. Across pages a row
/// is not split: rows move to the next page whole, with the rows that items spanning them bind to them.
/// </summary>
public sealed class GridLayout(LayoutEngine engine)
{
    private readonly FlexItemSizing sizing = new(engine);

    public LayoutResult Layout(BlockBox box, LayoutSpace space, GridResume? resume)
    {
        var style = box.Style;
        var grid = style.Grid!;
        var (marginLeft, borderBoxWidth) = sizing.ContainerWidth(box, space.Width, grid.Inline);
        var contentWidth = Math.Max(0, borderBoxWidth - style.BorderAndPaddingHorizontal);
        var isContinuation = resume is not null;
        var verticalExtras = style.BorderAndPaddingTop + style.BorderAndPaddingBottom;
        float? definiteHeight = !isContinuation && style.BorderBoxHeight is { Least: > 0, Fixed: true } asked ? Math.Max(0, asked.Least - verticalExtras) : null;
        var leastHeight = !isContinuation && style.BorderBoxHeight is { Least: > 0 } least ? Math.Max(0, least.Least - verticalExtras) : 0;
        var columnGap = grid.ColumnGap.Resolve(contentWidth);
        var rowGap = grid.RowGap.Resolve(contentWidth);

        var columnTemplate = Expand(grid.Columns, contentWidth, columnGap);
        var rowTemplate = Expand(grid.Rows, definiteHeight, rowGap);
        var ordered = box.Children
            .Select((child, index) => (child, index))
            .OrderBy(pair => pair.child.Style.Item.Order)
            .ThenBy(pair => pair.index)
            .Select(pair => pair.child)
            .ToList();
        var (areas, rowCount, columnCount) = GridPlacement.Place(ordered, grid, rowTemplate.Count, columnTemplate.Count);
        var columnTracks = Tracks(columnTemplate, columnCount, grid.AutoColumns);
        var rowTracks = Tracks(rowTemplate, rowCount, grid.AutoRows);

        // Columns from the items' widths.
        var columnContributions = areas.Select(a =>
        {
            var (min, max) = engine.Intrinsic.Of(a.Box);
            return new GridTrackSizing.Contribution(a.ColumnStart, a.ColumnEnd, min, max);
        }).ToList();
        var stretchColumns = grid.JustifyContent is Alignment.Normal or Alignment.Stretch;
        var columns = GridTrackSizing.Size(columnTracks, contentWidth, columnGap, columnContributions, stretchColumns);
        var columnStarts = Starts(columns, columnGap, ContentAlignment(grid.JustifyContent, contentWidth - columns.Sum() - columnGap * Math.Max(0, columns.Length - 1), columns.Length));

        // Each item laid out at its area's width (or its own, when not stretched), measured whole.
        var laidOut = new List<(GridItemArea Area, BoxFragment Fragment, float Width)>();
        foreach (var area in areas)
        {
            var areaWidth = Span(columns, columnGap, area.ColumnStart, area.ColumnEnd);
            var width = ItemWidth(area.Box, areaWidth, Justify(area.Box, grid));
            var result = sizing.LayoutAtWidth(area.Box, width, LayoutSpace.Unbounded, true, space.PageHeight, null);
            if (result is DoesNotFit)
            {
                continue;
            }

            laidOut.Add((area, FlexItemSizing.FragmentOf(result), width));
        }

        var rowContributions = laidOut.Select(l =>
        {
            var outer = l.Fragment.Height + (l.Area.Box is ParagraphBox ? 0 : l.Area.Box.Style.Margin.Vertical);
            return new GridTrackSizing.Contribution(l.Area.RowStart, l.Area.RowEnd, outer, outer);
        }).ToList();
        var stretchRows = grid.AlignContent is Alignment.Normal or Alignment.Stretch;
        var rows = GridTrackSizing.Size(rowTracks, definiteHeight, rowGap, rowContributions, stretchRows);
        var rowsHeight = rows.Sum() + rowGap * Math.Max(0, rows.Length - 1);
        var fullHeight = definiteHeight ?? Math.Max(rowsHeight, leastHeight);
        var rowStarts = Starts(rows, rowGap, isContinuation ? (0, 0) : ContentAlignment(grid.AlignContent, fullHeight - rowsHeight, rows.Length));

        // Pages: rows bound together by spanning items move as one; a group that does not fit breaks the grid before it.
        var firstRow = Math.Min(resume?.Row ?? 0, rows.Length);
        var top = isContinuation ? 0 : style.BorderAndPaddingTop;
        var room = space.Height - top - style.BorderAndPaddingBottom;
        var lastRow = rows.Length;
        var groupStart = firstRow;
        while (groupStart < rows.Length)
        {
            var groupEnd = groupStart + 1;
            foreach (var l in laidOut)
            {
                if (l.Area.RowStart < groupEnd && l.Area.RowEnd > groupEnd && l.Area.RowStart >= groupStart)
                {
                    groupEnd = Math.Min(rows.Length, l.Area.RowEnd);
                }
            }

            var bottom = rowStarts[groupEnd - 1] + rows[groupEnd - 1] - rowStarts[firstRow];
            if (bottom > room + 0.01f && !(groupStart == firstRow && space.AtPageTop))
            {
                if (groupStart == firstRow)
                {
                    return new DoesNotFit("a grid row is not split across pages");
                }

                lastRow = groupStart;
                break;
            }

            groupStart = groupEnd;
        }

        var continues = lastRow < rows.Length;
        var shift = rowStarts.Length > firstRow ? rowStarts[firstRow] : 0;
        var fragments = new List<Fragment>();
        foreach (var (area, fragment, width) in laidOut)
        {
            if (area.RowStart < firstRow || area.RowStart >= lastRow)
            {
                continue;
            }

            var itemStyle = area.Box.Style;
            var margin = area.Box is ParagraphBox ? Edges.Zero : itemStyle.Margin;
            var areaLeft = columnStarts[area.ColumnStart];
            var areaWidth = Span(columns, columnGap, area.ColumnStart, area.ColumnEnd);
            var areaTop = rowStarts[area.RowStart] - shift;
            var areaHeight = Span(rows, rowGap, area.RowStart, area.RowEnd);
            var x = Offset(Justify(area.Box, grid), areaWidth - width - margin.Horizontal, itemStyle.Item.AutoMarginLeft, itemStyle.Item.AutoMarginRight) + margin.Left;
            if (style.RightToLeft)
            {
                // Columns run from the right: the area and the item in it are mirrored.
                x = contentWidth - areaLeft - areaWidth + (areaWidth - width - x);
            }
            else
            {
                x += areaLeft;
            }

            var align = Align(area.Box, grid);
            var height = fragment.Height;
            var freeHeight = areaHeight - height - margin.Vertical;
            if (align == Alignment.Stretch && itemStyle.Height is null && area.Box is not ReplacedBox && !itemStyle.Item.AutoMarginTop && !itemStyle.Item.AutoMarginBottom)
            {
                height = Math.Max(height, areaHeight - margin.Vertical);
                freeHeight = 0;
            }

            var y = areaTop + margin.Top + Offset(align, freeHeight, itemStyle.Item.AutoMarginTop, itemStyle.Item.AutoMarginBottom);
            fragments.Add(fragment with { X = style.BorderAndPaddingLeft + x, Y = top + y, Width = width, Height = height });
        }

        float contentHeight;
        if (continues)
        {
            contentHeight = rowStarts[lastRow - 1] + rows[lastRow - 1] - shift;
        }
        else
        {
            contentHeight = isContinuation ? rowsHeight - shift : fullHeight;
        }

        var containerFragment = new BoxFragment(box, marginLeft, 0, borderBoxWidth, top + contentHeight + (continues ? 0 : style.BorderAndPaddingBottom), fragments, isContinuation, continues);
        return continues ? new Partial(containerFragment, new GridResume(lastRow)) : new Fits(containerFragment);
    }

    /// <summary>The explicit tracks, with an auto-fill/auto-fit repetition repeated as often as fits (at least once).</summary>
    private static List<GridTrackSize> Expand(GridTemplate template, float? available, float gap)
    {
        var tracks = new List<GridTrackSize>(template.Before);
        if (template.AutoRepeat is { } repeated)
        {
            var repetitions = 1;
            float? Definite(GridTrackSize track) => (track.Max.Kind, track.Min.Kind) switch
            {
                (GridBreadthKind.Length, _) => track.Max.Value,
                (GridBreadthKind.Percent, _) when available is { } size => size * track.Max.Value / 100f,
                (_, GridBreadthKind.Length) => track.Min.Value,
                (_, GridBreadthKind.Percent) when available is { } size => size * track.Min.Value / 100f,
                _ => null,
            };
            var sizes = repeated.Select(Definite).ToList();
            if (available is { } room && sizes.All(s => s is > 0))
            {
                var fixedRest = template.Before.Concat(template.After).Sum(t => Definite(t) ?? 0) + gap * (template.Before.Count + template.After.Count);
                var one = sizes.Sum(s => s!.Value) + gap * repeated.Count;
                repetitions = Math.Clamp((int)Math.Floor((room - fixedRest + gap) / one), 1, 1000);
            }

            for (var i = 0; i < repetitions; i++)
            {
                tracks.AddRange(repeated);
            }
        }

        tracks.AddRange(template.After);
        return tracks;
    }

    /// <summary>The explicit tracks, then implicit ones sized by grid-auto-rows/-columns (cycling through its list).</summary>
    private static List<GridTrackSize> Tracks(List<GridTrackSize> explicitTracks, int count, IReadOnlyList<GridTrackSize> auto)
    {
        var tracks = new List<GridTrackSize>(explicitTracks.Take(count));
        for (var i = tracks.Count; i < count; i++)
        {
            tracks.Add(auto.Count > 0 ? auto[(i - explicitTracks.Count) % auto.Count] : GridTrackSize.Auto);
        }

        return tracks;
    }

    private static (float Leading, float Between) ContentAlignment(Alignment alignment, float free, int count) => alignment switch
    {
        Alignment.Start or Alignment.FlexStart or Alignment.Left or Alignment.Normal or Alignment.Stretch => (0, 0),
        Alignment.FlexEnd or Alignment.Right => ContentDistribution.Of(Alignment.End, free, count),
        _ => ContentDistribution.Of(alignment, free, count),
    };

    private static float[] Starts(float[] sizes, float gap, (float Leading, float Between) distribution)
    {
        var starts = new float[sizes.Length];
        var position = distribution.Leading;
        for (var i = 0; i < sizes.Length; i++)
        {
            starts[i] = position;
            position += sizes[i] + gap + distribution.Between;
        }

        return starts;
    }

    private static float Span(float[] sizes, float gap, int start, int end)
    {
        var total = 0f;
        for (var i = start; i < Math.Min(end, sizes.Length); i++)
        {
            total += sizes[i];
        }

        return total + gap * Math.Max(0, Math.Min(end, sizes.Length) - start - 1);
    }

    private static Alignment Justify(Box item, GridContainerStyle grid)
    {
        var value = item.Style.Item.JustifySelf is Alignment.Auto ? grid.JustifyItems : item.Style.Item.JustifySelf;
        return value is Alignment.Normal ? (item is ReplacedBox ? Alignment.Start : Alignment.Stretch) : value;
    }

    private static Alignment Align(Box item, GridContainerStyle grid)
    {
        var value = item.Style.Item.AlignSelf is Alignment.Auto ? grid.AlignItems : item.Style.Item.AlignSelf;
        return value is Alignment.Normal ? (item is ReplacedBox ? Alignment.Start : Alignment.Stretch) : value;
    }

    /// <summary>An item's border-box width in an area: the area's when stretched and auto, else its own or its content's (fit-content).</summary>
    private float ItemWidth(Box item, float areaWidth, Alignment justify) => sizing.WidthInRoom(item, areaWidth, justify == Alignment.Stretch);

    /// <summary>How far into its area's free space an item goes: auto margins first, then the alignment (left-to-right terms).</summary>
    private static float Offset(Alignment alignment, float free, bool autoStart, bool autoEnd)
    {
        if (autoStart || autoEnd)
        {
            return free <= 0 ? 0 : autoStart && autoEnd ? free / 2 : autoStart ? free : 0;
        }

        return alignment switch
        {
            Alignment.Center => free / 2,
            Alignment.End or Alignment.FlexEnd or Alignment.Right => free,
            _ => 0,
        };
    }

    /// <summary>
    /// Min- and max-content widths of a grid container's content box: its columns sized as for an indefinite width,
    /// from the items' min-content widths (min) and max-content widths (max).
    /// </summary>
    public static (float Min, float Max) ContentWidths(BlockBox box, Func<Box, (float Min, float Max)> of)
    {
        var grid = box.Style.Grid!;
        var template = Expand(grid.Columns, null, 0);
        var (areas, _, columnCount) = GridPlacement.Place(box.Children, grid, Expand(grid.Rows, null, 0).Count, template.Count);
        var tracks = Tracks(template, columnCount, grid.AutoColumns);
        var gap = grid.ColumnGap.IsPercent ? 0 : grid.ColumnGap.Value;
        var gaps = gap * Math.Max(0, tracks.Count - 1);
        var measured = areas.Select(a => (a, of(a.Box))).ToList();
        var min = GridTrackSizing.Size(tracks, null, gap, measured.Select(m => new GridTrackSizing.Contribution(m.a.ColumnStart, m.a.ColumnEnd, m.Item2.Min, m.Item2.Min)).ToList(), false).Sum();
        var max = GridTrackSizing.Size(tracks, null, gap, measured.Select(m => new GridTrackSizing.Contribution(m.a.ColumnStart, m.a.ColumnEnd, m.Item2.Min, m.Item2.Max)).ToList(), false).Sum();
        return (min + gaps, Math.Max(min, max) + gaps);
    }
}
