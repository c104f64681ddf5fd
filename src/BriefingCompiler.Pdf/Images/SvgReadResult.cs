namespace BriefingCompiler.Pdf.Images;

/// <summary>An SVG file read: the image (null when it cannot be used, with <see cref="Problem"/>), and what of it was left out.</summary>
public sealed record SvgReadResult(VectorImage? Image, string? Problem, IReadOnlyList<string> Warnings);
