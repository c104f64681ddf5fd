using BriefingCompiler.Pdf.Boxes;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// An absolutely positioned box where it would have been in flow — its static position (CSS 2.1 10.3.7), relative
/// to the parent fragment. It takes no room; <see cref="AbsoluteLayout"/> replaces it with the box's fragment once
/// the page, and so its containing block, is laid out.
/// </summary>
public sealed record PositionedPlaceholder(Box Box, float X, float Y) : Fragment(X, Y, 0, 0);
