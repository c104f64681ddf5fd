namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// The flex container properties of a <c>display: flex</c> box (CSS Flexible Box Layout 1): the main axis
/// (<see cref="Column"/>, <see cref="Reverse"/>), wrapping, alignment and the gaps between items and lines.
/// </summary>
public sealed record FlexContainerStyle(
    bool Column,
    bool Reverse,
    bool Wrap,
    bool WrapReverse,
    Alignment JustifyContent,
    Alignment AlignItems,
    Alignment AlignContent,
    CssLength RowGap,
    CssLength ColumnGap)
{
    /// <summary>display: inline-flex — as wide as its content (shrink-to-fit), set on a line of its own.</summary>
    public bool Inline { get; init; }
}
