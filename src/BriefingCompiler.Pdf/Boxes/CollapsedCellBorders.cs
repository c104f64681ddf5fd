using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// The borders a cell of a table with collapsing borders paints, whole and centred on its grid lines: each the winner
/// of the conflict at that line (<see cref="CollapsedBorders"/>); <see cref="Reach"/> says which of them covers the
/// squares where the grid lines cross.
/// </summary>
public sealed record CollapsedCellBorders(BorderSide Top, BorderSide Right, BorderSide Bottom, BorderSide Left)
{
    public CollapsedBorderReach Reach { get; init; } = CollapsedBorderReach.None;
}
