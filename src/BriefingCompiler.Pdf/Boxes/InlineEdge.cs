namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// The horizontal room at one edge of an inline element (CSS 2.1 §10.3.1, §8: an inline box's left margin, border
/// and padding come before its first piece of content, the right ones after its last): <see cref="Width"/> points,
/// at the element's start (<see cref="IsStart"/>) or end. A margin is its own edge (outside the border and
/// background, tagged as the text around); border and padding are one (tagged as the element's text, so its
/// background and border cover them). <see cref="Embedding"/>: the embedding the element opens (<c>unicode-bidi</c>), null
/// when none: its edges are read inside it, at its own level (<see cref="Text.TextRun.IsEmbeddingEdge"/>), the margin too.
/// <see cref="Owner"/>: the element whose side this is (null for a zero-width marker: an empty element's strut, a positioned
/// box's place), and <see cref="IsLeft"/> which side, so the line can put it at that end of the element's content.
/// </summary>
public sealed record InlineEdge(float Width, bool IsStart, Text.BidiEmbedding? Embedding = null, Text.EdgedInline? Owner = null, bool IsLeft = false);
