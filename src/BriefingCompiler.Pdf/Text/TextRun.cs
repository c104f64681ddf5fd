namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// A piece of a paragraph in one style. <see cref="Tag"/> is opaque to the text engine and handed back on
/// every <see cref="GlyphRun"/> cut from this run, so layout can paint underlines, link areas and the like.
/// </summary>
public sealed record TextRun(string Text, TextStyle Style, object? Tag = null)
{
    /// <summary>The object replacement character: the text of a run that stands for an object.</summary>
    public const string ObjectText = "\uFFFC";

    /// <summary>
    /// Set when the run stands for an object set in the line (an inline-block, an image): its <see cref="Text"/> is
    /// <see cref="ObjectText"/>, it is not shaped but takes this width (points), breaks like an object (UAX #14: a
    /// break opportunity before and after it), reads as a neutral in bidi and is never cut. Its glyph run carries
    /// one glyph (id 0) that is not drawn; the caller draws the object. <see cref="Style"/> gives the line its strut.
    /// </summary>
    public float? ObjectWidth { get; init; }

    /// <summary>The text of a spacer at an element's start: NARROW NO-BREAK SPACE (UAX #14 GL), which allows a line
    /// break before it only after a space (as before the word it starts) and none after it.</summary>
    public const string StartSpacerText = "\u202F";

    /// <summary>The text of a spacer at an element's end: WORD JOINER (UAX #14 WJ), which allows no line break before it.</summary>
    public const string EndSpacerText = "\u2060";

    /// <summary>
    /// A run that only takes <paramref name="width"/> points in the line (an inline element's margin, border and
    /// padding at its start or end): an object that draws nothing and, unlike one, never lets the line break next to
    /// it, so the room stays with the element's first and last letters.
    /// </summary>
    public static TextRun Spacer(float width, bool isStart, TextStyle style, object? tag) =>
        new(isStart ? StartSpacerText : EndSpacerText, style, tag) { ObjectWidth = width, IsStartEdge = isStart };

    /// <summary>On a <see cref="Spacer"/>: it is an element's start (it reads with the text after it), not its end.</summary>
    public bool IsStartEdge { get; init; }

    /// <summary>
    /// The innermost embedding, override or isolate of an inline element the run is in (<c>unicode-bidi</c>); null when
    /// none. The bidi algorithm sees its controls around every stretch of runs carrying it; they are not part of
    /// <see cref="Text"/>, so they are neither shaped nor written to the PDF's text.
    /// </summary>
    public BidiEmbedding? Embedding { get; init; }

    /// <summary>On a <see cref="Spacer"/>: it is the edge of the element that opens <see cref="Embedding"/> (its border and
    /// padding), so it reads at that embedding's own level, on the side its direction puts the element's start or end,
    /// rather than beside the text next to it.</summary>
    public bool IsEmbeddingEdge { get; init; }

    /// <summary>
    /// The innermost inline element with room at its sides (<see cref="EdgedInline"/>) the run is in; on that room's own
    /// spacers (<see cref="EdgeOf"/> set), the element itself. Null: none.
    /// </summary>
    public EdgedInline? Inline { get; init; }

    /// <summary>On a <see cref="Spacer"/> that is an element's margin, border or padding: that element. The line puts it at the
    /// visual end of the element's content on it that <see cref="IsLeftEdge"/> names (CSS 2.1 §8.6), wherever bidi reordering
    /// took the letters it was glued to. Null on every other run (a marker such as a positioned box's place stays where it is).</summary>
    public EdgedInline? EdgeOf { get; init; }

    /// <summary>With <see cref="EdgeOf"/>: the spacer is the element's left side (else its right).</summary>
    public bool IsLeftEdge { get; init; }

    /// <summary>A run standing for an object <paramref name="width"/> points wide.</summary>
    public static TextRun Object(float width, TextStyle style, object? tag) => new(ObjectText, style, tag) { ObjectWidth = width };
}
