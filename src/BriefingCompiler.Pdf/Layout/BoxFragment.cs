using BriefingCompiler.Pdf.Boxes;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// The border box of (part of) a box on one page. <see cref="IsContinuation"/>: the box began on an earlier
/// page (its top border is not drawn); <see cref="Continues"/>: it goes on to the next page (no bottom border).
/// <see cref="ColumnClip"/>: the fragment is a column of a multi-column container, its content clipped in the gaps.
/// </summary>
public sealed record BoxFragment(
    Box Box,
    float X,
    float Y,
    float Width,
    float Height,
    IReadOnlyList<Fragment> Children,
    bool IsContinuation = false,
    bool Continues = false) : Fragment(X, Y, Width, Height)
{
    public MultiColumn.ColumnClip? ColumnClip { get; init; }
}
