namespace BriefingCompiler.Pdf.Rendering;

/// <summary>Everything drawn on one page, in order.</summary>
public sealed record PagePaint(float Width, float Height, IReadOnlyList<PaintCommand> Commands);
