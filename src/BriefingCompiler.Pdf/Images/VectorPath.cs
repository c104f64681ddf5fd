namespace BriefingCompiler.Pdf.Images;

/// <summary>An outline as absolute segments (SVG's arcs, quadratics and relative commands turned into these), in view box coordinates.</summary>
public sealed record VectorPath(IReadOnlyList<PathSegment> Segments);

public abstract record PathSegment;

public sealed record MoveTo(float X, float Y) : PathSegment;

public sealed record LineTo(float X, float Y) : PathSegment;

/// <summary>A cubic Bézier curve from the current point through two control points to (X, Y).</summary>
public sealed record CubicTo(float X1, float Y1, float X2, float Y2, float X, float Y) : PathSegment;

public sealed record ClosePath : PathSegment;
