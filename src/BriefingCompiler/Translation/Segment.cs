namespace BriefingCompiler.Translation;

/// <summary>
/// One sentence of a unit: its content (text and inline codes, every paired code closed inside it) and the whitespace
/// after it (<see cref="Space"/>), which is layout between sentences rather than part of either: XLIFF 2.1 writes it
/// as an <c>&lt;ignorable&gt;</c>, 1.2 between the <c>&lt;mrk mtype="seg"&gt;</c>s. A unit's segments, content then
/// space each, concatenate to the unit's parts.
/// </summary>
public sealed record Segment(IReadOnlyList<InlinePart> Content, string Space);
