namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// What a text run carries besides its font: the link it belongs to (URL, or "#id" inside the document),
/// the id of an element starting at it, decorations, a background and the border (or vertical padding) of the innermost inline
/// element that has one (<see cref="Box"/>: its style); whether the text is invisible (visibility: hidden), how
/// far relatively positioned inline elements around it move it when painted (<see cref="Shift"/>, nested ones
/// added up) and their opacity (nested ones multiplied); <see cref="Semantics"/>: the innermost inline element with a
/// role for readers (a link, a span in another language); on a footnote call, the footnote's body (<see cref="Footnote"/>:
/// paging places it in the footnote area of the page the call lands on); on generated text that refers to another
/// element (<c>target-counter()</c>, <c>target-text()</c>) the <see cref="Reference"/> it was made from, so pagination can
/// set it again once the target's page is known; on a <c>leader()</c> its pattern (<see cref="Leader"/>: layout repeats it
/// to fill the line). On the run that stands for an atomic inline (an inline-block, an image in a line:
/// <see cref="Text.TextRun.ObjectWidth"/>), <see cref="Atomic"/> is its box, which layout lays out and places in the line.
/// On the run that stands for the room at an inline element's start or end (its margin, or its border and padding:
/// <see cref="Text.TextRun.Spacer"/>), <see cref="Edge"/> says which. On a zero-width edge that stands where an absolutely
/// positioned inline-level element was in the text, <see cref="Positioned"/> is its box: its static position is there
/// (CSS 2.1 §10.3.7), and the line goes on around it. On a zero-width edge that stands where an inline-level running element
/// was (<c>position: running(name)</c>), <see cref="Running"/> is that element: out of the flow, the line goes on as if it
/// were not there, and the page the edge lands on is the page that sets it. <see cref="Bidi"/> is the innermost embedding,
/// override or isolate of an inline element (<c>unicode-bidi</c>) the text is in (<see cref="Text.TextRun.Embedding"/>);
/// <see cref="Edged"/> the innermost inline element with a margin, border or padding at its sides (<see cref="Text.TextRun.Inline"/>).
/// <see cref="Containing"/> is the innermost relatively positioned inline element the text is in (its own border and padding
/// edges included): the containing block of the absolutely positioned boxes inside it (CSS 2.1 §10.1 item 4).
/// Handed back on every glyph run.
/// </summary>
public sealed record InlineTag(
    string? Href,
    string? AnchorId,
    bool Underline,
    bool LineThrough,
    uint Background = 0,
    Styling.ComputedStyle? Box = null,
    bool Hidden = false,
    (float X, float Y) Shift = default,
    float Opacity = 1,
    ElementSemantics? Semantics = null,
    BlockBox? Footnote = null,
    Box? Atomic = null,
    CrossReference? Reference = null,
    string? Leader = null,
    InlineEdge? Edge = null,
    Box? Positioned = null,
    RunningElement? Running = null,
    Text.BidiEmbedding? Bidi = null,
    PositionedInline? Containing = null,
    Text.EdgedInline? Edged = null);
