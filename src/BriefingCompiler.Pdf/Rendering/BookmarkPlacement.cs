namespace BriefingCompiler.Pdf.Rendering;

/// <summary>Where a heading landed: the outline entry points at this page (0-based) and height (points from the top).
/// <see cref="Closed"/>: its children are shown folded (<c>bookmark-state: closed</c>).</summary>
public sealed record BookmarkPlacement(int Level, string Title, int PageIndex, float Y, bool Closed = false);
