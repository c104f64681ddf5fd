namespace BriefingCompiler.Pdf.Text;

/// <summary>Start and End follow the paragraph direction; Left and Right (CSS <c>left</c>, <c>right</c>) do
/// not: a right-to-left paragraph set <c>left</c> hugs the left edge. Justify stretches every line but the last
/// (by inter-character spacing in CJK text, by spaces elsewhere).</summary>
public enum TextAlignment
{
    Start,
    Center,
    End,
    Justify,
    Left,
    Right,
}
