namespace BriefingCompiler.Translation;

/// <summary>
/// The translatable stretch of one block in a field's text, <c>[Start, End)</c>, and its content as text and inline
/// codes. Lines after the first start with <see cref="ContinuationPrefix"/> in the field (a list item's indentation, a
/// quote's <c>&gt;</c>), which is not part of the content; a <see cref="SingleLine"/> slot (a heading, a table cell)
/// cannot hold a line break.
/// </summary>
public sealed record FieldSlot(int Start, int End, string ContinuationPrefix, bool SingleLine, IReadOnlyList<InlinePart> Parts);
