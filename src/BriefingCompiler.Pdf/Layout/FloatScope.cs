namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// Where a box sits in its block formatting context: the context's floats, and the box's containing block's
/// left content edge (<see cref="X"/>) and the box's top border edge (<see cref="Y"/>) in the context's coordinates.
/// </summary>
public sealed record FloatScope(FloatArea Area, float X, float Y);
