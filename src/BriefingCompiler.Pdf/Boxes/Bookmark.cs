namespace BriefingCompiler.Pdf.Boxes;

/// <summary>An entry of the PDF outline: heading level 1–3 and its text.</summary>
public sealed record Bookmark(int Level, string Title);
