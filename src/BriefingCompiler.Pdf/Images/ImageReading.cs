namespace BriefingCompiler.Pdf.Images;

/// <summary>An image file read and checked: the image, or why it cannot be used; and what of an SVG is not drawn.</summary>
public sealed record ImageReading(ImageResource? Image, string? Problem, IReadOnlyList<string> Warnings);
