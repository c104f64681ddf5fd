namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// A containing block for absolutely positioned boxes: a padding box (or the page area) in page-body coordinates, and
/// the direction of the element that makes it, which says which offset an over-constrained box ignores (CSS 2.1 10.3.7).
/// </summary>
public readonly record struct ContainingBlock(float X, float Y, float Width, float Height, bool RightToLeft = false);
