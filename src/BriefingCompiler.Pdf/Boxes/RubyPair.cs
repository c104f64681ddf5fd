namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// One base of a ruby and its annotation (CSS Ruby 1 §2.2: a ruby base box paired with its ruby annotation box), each a
/// paragraph of inline content set on one line; null for a base without text (an annotation with nothing before it) or a
/// base without annotation (content after the ruby's last <c>rt</c>).
/// </summary>
public sealed record RubyPair(ParagraphBox? Base, ParagraphBox? Annotation);
