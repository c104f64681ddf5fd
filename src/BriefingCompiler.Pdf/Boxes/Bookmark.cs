namespace BriefingCompiler.Pdf.Boxes;

/// <summary>An entry of the PDF outline: its level (h1–h3 by default, or <c>bookmark-level</c>), its text (the heading's, or
/// <c>bookmark-label</c>) and whether it shows its children closed (<c>bookmark-state: closed</c>).</summary>
public sealed record Bookmark(int Level, string Title, bool Closed = false);
