using BriefingCompiler.Pdf.Boxes;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// An absolutely positioned box where it would have been in flow — its static position (CSS 2.1 10.3.7), relative
/// to the parent fragment. It takes no room; <see cref="AbsoluteLayout"/> replaces it with the box's fragment once
/// the page, and so its containing block, is laid out. <paramref name="StaticRight"/>: in a right-to-left parent, the right
/// edge of the parent's content box (relative to the parent fragment), where the static position starts; null in a
/// left-to-right one. <paramref name="Inline"/>: the relatively positioned inline element the box stands in (null: none),
/// whose padding boxes in the lines beside the placeholder are its containing block (CSS 2.1 §10.1 item 4).
/// </summary>
public sealed record PositionedPlaceholder(Box Box, float X, float Y, float? StaticRight = null, PositionedInline? Inline = null) : Fragment(X, Y, 0, 0);
