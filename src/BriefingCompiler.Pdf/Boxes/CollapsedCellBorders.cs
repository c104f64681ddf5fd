using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// The borders a cell of a table with collapsing borders paints, whole and centred on its grid lines: each the winner
/// of the conflict at that line (<see cref="CollapsedBorders"/>); and, at its corners, the squares where grid lines
/// cross that borders of different colours or styles meet in (null where one border colour fills the square anyway).
/// </summary>
public sealed record CollapsedCellBorders(BorderSide Top, BorderSide Right, BorderSide Bottom, BorderSide Left)
{
    public CollapsedBorderCrossing? TopLeft { get; init; }

    public CollapsedBorderCrossing? TopRight { get; init; }

    public CollapsedBorderCrossing? BottomLeft { get; init; }

    public CollapsedBorderCrossing? BottomRight { get; init; }
}
