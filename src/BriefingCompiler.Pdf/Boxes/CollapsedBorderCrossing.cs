using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// A square where grid lines of a table with collapsing borders cross and borders of different colours or styles
/// meet (CSS 2.1 §17.6.2): <see cref="Owner"/> is the one that paints it — a row-line border when
/// <see cref="AlongRow"/>, else a column-line one — across the square, <see cref="Width"/> by <see cref="Height"/>
/// (the widest column-line and row-line borders through it). Every cell around it paints it last, so that its colour
/// does not depend on which cell is painted last (<see cref="CollapsedBorders"/>).
/// </summary>
public sealed record CollapsedBorderCrossing(BorderSide Owner, bool AlongRow, float Width, float Height);
