namespace BriefingCompiler.Pdf.Images;

/// <summary>
/// One filled and/or stroked outline of an SVG image. <see cref="Opacity"/> multiplies fill and stroke (SVG's
/// opacity and fill-/stroke-opacity already folded in per paint, group opacity per shape).
/// </summary>
public sealed record VectorShape(VectorPath Path, VectorPaint? Fill, VectorStroke? Stroke, bool EvenOddFill = false, float Opacity = 1)
{
    /// <summary>For a piece of SVG text, its characters and placement (<see cref="Path"/> is then its glyph outlines,
    /// drawn where the text cannot be set as text); null for other shapes.</summary>
    public VectorText? Text { get; init; }
}

/// <summary>A stroke: its paint, width (in view box units, scaled with the transform), joins and caps as SVG names them, dashes (empty: solid).</summary>
public sealed record VectorStroke(VectorPaint Paint, float Width, string LineJoin = "miter", string LineCap = "butt", float MiterLimit = 4)
{
    public IReadOnlyList<float> Dashes { get; init; } = [];
}
