namespace BriefingCompiler.Translation;

/// <summary>
/// The translatable stretch of one block in a field's text, <c>[Start, End)</c>, and its content as text and inline
/// codes. Lines after the first start with <see cref="ContinuationPrefix"/> in the field (a list item's indentation, a
/// quote's <c>&gt;</c>), which is not part of the content; a <see cref="SingleLine"/> slot (a heading, a table cell)
/// cannot hold a line break. <see cref="Parts"/> are the text as the translator reads it: Markdown's escapes of block
/// marks (<c>\#</c> at a line's start, <c>\|</c> in a table cell) taken off, as merge puts them back
/// (<see cref="BlockMarkupEscapes"/>); <see cref="Markdown"/> is the block as written.
/// </summary>
public sealed record FieldSlot(int Start, int End, string ContinuationPrefix, bool SingleLine, IReadOnlyList<InlinePart> Parts)
{
    public SlotKind Kind { get; init; } = SlotKind.Plain;

    /// <summary>The slot's Markdown as the source has it, lines without their container prefix (what a unit's id hashes).</summary>
    public required string Markdown { get; init; }
}
