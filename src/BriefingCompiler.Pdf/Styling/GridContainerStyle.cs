namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// The grid container properties of a <c>display: grid</c> box (CSS Grid Layout 1): the explicit tracks, the size of
/// implicit ones, the named areas (<see cref="Areas"/>: name → lines, 1-based, end exclusive), auto-placement
/// direction and the alignment of items in their areas.
/// </summary>
public sealed record GridContainerStyle(
    GridTemplate Columns,
    GridTemplate Rows,
    IReadOnlyList<GridTrackSize> AutoColumns,
    IReadOnlyList<GridTrackSize> AutoRows,
    IReadOnlyDictionary<string, GridArea> Areas,
    bool ColumnFlow,
    Alignment JustifyItems,
    Alignment AlignItems,
    Alignment JustifyContent,
    Alignment AlignContent,
    CssLength RowGap,
    CssLength ColumnGap)
{
    /// <summary>display: inline-grid — as wide as its content (shrink-to-fit), set on a line of its own.</summary>
    public bool Inline { get; init; }
}

/// <summary>A rectangle of grid lines, 1-based, end lines exclusive (a one-cell area at row 1, column 2 is (1, 2, 2, 3)).</summary>
public readonly record struct GridArea(int RowStart, int ColumnStart, int RowEnd, int ColumnEnd);
