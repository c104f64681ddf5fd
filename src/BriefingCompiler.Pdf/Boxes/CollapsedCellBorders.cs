using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>The borders a cell of a table with collapsing borders paints, whole and centred on its grid lines: each the winner of the conflict at that line (<see cref="CollapsedBorders"/>).</summary>
public sealed record CollapsedCellBorders(BorderSide Top, BorderSide Right, BorderSide Bottom, BorderSide Left)
{
    /// <summary>Whether the cell's left or right border lies on the table's outer edge: there the top and bottom borders
    /// are drawn on over the corner square that no neighbouring cell covers.</summary>
    public bool OnLeftEdge { get; init; }

    /// <inheritdoc cref="OnLeftEdge"/>
    public bool OnRightEdge { get; init; }
}
