namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// How far each of a collapsed cell's borders runs past the grid lines it ends on (CSS 2.1 §17.6.2): positive over the
/// square where the lines cross, when this border owns that crossing; negative when it stops short of it, leaving it
/// to the border that owns it (<see cref="CollapsedBorders"/>). Zero ends the border on the line.
/// </summary>
public sealed record CollapsedBorderReach(
    float TopStart, float TopEnd, float BottomStart, float BottomEnd,
    float LeftStart, float LeftEnd, float RightStart, float RightEnd)
{
    public static readonly CollapsedBorderReach None = new(0, 0, 0, 0, 0, 0, 0, 0);
}
