using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Layout.Grid;

/// <summary>
/// Places grid items in cells (CSS Grid 1 §8): line numbers (negative from the end of the explicit grid), spans and
/// area names first, then the auto-placement algorithm (§8.5, sparse) for the rest, growing the implicit grid.
/// Column flow is the same algorithm with rows and columns swapped.
/// </summary>
public static class GridPlacement
{
    /// <summary>Every item's area (in order-modified document order), and the number of rows and columns used.</summary>
    public static (List<GridItemArea> Items, int Rows, int Columns) Place(IReadOnlyList<Box> items, GridContainerStyle grid, int explicitRows, int explicitColumns)
    {
        var flip = grid.ColumnFlow;
        // In "major/minor" terms: major is the axis auto-placement moves along first (rows in row flow).
        var majorCount = flip ? explicitColumns : explicitRows;
        var minorCount = Math.Max(1, flip ? explicitRows : explicitColumns);
        var spans = new List<(Box Box, (int Start, int Span)? Major, (int Start, int Span)? Minor, int MajorSpan, int MinorSpan)>();
        foreach (var item in items)
        {
            var placement = item.Style.Item;
            var rows = Resolve(placement.RowStart, placement.RowEnd, explicitRows, grid.Areas, true);
            var columns = Resolve(placement.ColumnStart, placement.ColumnEnd, explicitColumns, grid.Areas, false);
            var (major, minor) = flip ? (columns, rows) : (rows, columns);
            spans.Add((item, major.Start is { } ms ? (ms, major.Span) : null, minor.Start is { } ns ? (ns, minor.Span) : null, major.Span, minor.Span));
        }

        // The implicit grid is at least as wide (minor axis) as items placed there or spanning need.
        foreach (var s in spans)
        {
            minorCount = Math.Max(minorCount, (s.Minor?.Start ?? 0) + s.MinorSpan);
        }

        minorCount = Math.Min(minorCount, 1000);
        var occupied = new HashSet<(int Major, int Minor)>();
        bool Free(int major, int minor, int majorSpan, int minorSpan)
        {
            if (minor + minorSpan > minorCount)
            {
                return false;
            }

            for (var a = major; a < major + majorSpan; a++)
            {
                for (var b = minor; b < minor + minorSpan; b++)
                {
                    if (occupied.Contains((a, b)))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        void Occupy(int major, int minor, int majorSpan, int minorSpan)
        {
            for (var a = major; a < major + majorSpan; a++)
            {
                for (var b = minor; b < minor + minorSpan; b++)
                {
                    occupied.Add((a, b));
                }
            }
        }

        var placed = new (int Major, int Minor)?[spans.Count];
        // 1. Items placed in both axes.
        for (var i = 0; i < spans.Count; i++)
        {
            if (spans[i] is { Major: { } major, Minor: { } minor })
            {
                placed[i] = (major.Start, minor.Start);
                Occupy(major.Start, minor.Start, major.Span, minor.Span);
            }
        }

        // 2. Items locked to a major track (a row in row flow): the first free place along it.
        var rowCursors = new Dictionary<int, int>();
        for (var i = 0; i < spans.Count; i++)
        {
            if (spans[i] is { Major: { } major, Minor: null } s)
            {
                var minor = rowCursors.GetValueOrDefault(major.Start);
                while (minor < 1000 && !Free(major.Start, minor, major.Span, s.MinorSpan))
                {
                    minor++;
                    if (minor + s.MinorSpan > minorCount)
                    {
                        minorCount = Math.Min(1000, minor + s.MinorSpan);
                    }
                }

                rowCursors[major.Start] = minor + s.MinorSpan;
                placed[i] = (major.Start, minor);
                Occupy(major.Start, minor, major.Span, s.MinorSpan);
            }
        }

        // 4. The rest, with the auto-placement cursor.
        var cursorMajor = 0;
        var cursorMinor = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            if (placed[i] is not null)
            {
                continue;
            }

            var s = spans[i];
            var minorSpan = Math.Min(s.MinorSpan, minorCount);
            if (s.Minor is { } fixedMinor)
            {
                if (fixedMinor.Start < cursorMinor)
                {
                    cursorMajor++;
                }

                cursorMinor = fixedMinor.Start;
                while (!Free(cursorMajor, cursorMinor, s.MajorSpan, fixedMinor.Span) && cursorMajor < 100_000)
                {
                    cursorMajor++;
                }

                placed[i] = (cursorMajor, cursorMinor);
                Occupy(cursorMajor, cursorMinor, s.MajorSpan, fixedMinor.Span);
                continue;
            }

            while (cursorMajor < 100_000)
            {
                if (cursorMinor + minorSpan > minorCount)
                {
                    cursorMajor++;
                    cursorMinor = 0;
                    continue;
                }

                if (Free(cursorMajor, cursorMinor, s.MajorSpan, minorSpan))
                {
                    break;
                }

                cursorMinor++;
            }

            placed[i] = (cursorMajor, cursorMinor);
            Occupy(cursorMajor, cursorMinor, s.MajorSpan, minorSpan);
            cursorMinor += minorSpan;
        }

        var areas = new List<GridItemArea>();
        var majorUsed = majorCount;
        var minorUsed = minorCount;
        for (var i = 0; i < spans.Count; i++)
        {
            var (major, minor) = placed[i]!.Value;
            var s = spans[i];
            var majorSpan = s.Major?.Span ?? s.MajorSpan;
            var minorSpan = s.Minor?.Span ?? Math.Min(s.MinorSpan, minorCount);
            majorUsed = Math.Max(majorUsed, major + majorSpan);
            minorUsed = Math.Max(minorUsed, minor + minorSpan);
            areas.Add(flip
                ? new GridItemArea(s.Box, minor, minor + minorSpan, major, major + majorSpan)
                : new GridItemArea(s.Box, major, major + majorSpan, minor, minor + minorSpan));
        }

        return flip ? (areas, minorUsed, majorUsed) : (areas, majorUsed, minorUsed);
    }

    /// <summary>
    /// One axis of an item's placement: its start track (0-based; null when auto-placed) and its span (§8.3).
    /// Lines before the start of the explicit grid are taken as its first line.
    /// </summary>
    private static (int? Start, int Span) Resolve(GridLine start, GridLine end, int explicitCount, IReadOnlyDictionary<string, GridArea> areas, bool rows)
    {
        int? LineIndex(GridLine line, bool isStart)
        {
            if (line.Number > 0)
            {
                return line.Number - 1;
            }

            if (line.Number < 0)
            {
                return Math.Max(0, explicitCount + 1 + line.Number);
            }

            if (line.Name is { } name)
            {
                var (areaName, side) = name.EndsWith("-start", StringComparison.Ordinal) ? (name[..^6], true)
                    : name.EndsWith("-end", StringComparison.Ordinal) ? (name[..^4], false)
                    : (name, isStart);
                if (areas.TryGetValue(areaName, out var area))
                {
                    return (rows, side) switch
                    {
                        (true, true) => area.RowStart - 1,
                        (true, false) => area.RowEnd - 1,
                        (false, true) => area.ColumnStart - 1,
                        (false, false) => area.ColumnEnd - 1,
                    };
                }
            }

            return null;
        }

        var from = LineIndex(start, true);
        var to = LineIndex(end, false);
        if (from is { } a && to is { } b)
        {
            if (b == a)
            {
                b = a + 1;
            }

            return (Math.Min(a, b), Math.Max(1, Math.Abs(b - a)));
        }

        if (from is { } only)
        {
            return (only, Math.Max(1, end.Span));
        }

        if (to is { } endLine)
        {
            var span = Math.Max(1, start.Span);
            return (Math.Max(0, endLine - span), Math.Min(span, Math.Max(1, endLine)));
        }

        return (null, Math.Max(1, Math.Max(start.Span, end.Span)));
    }
}
