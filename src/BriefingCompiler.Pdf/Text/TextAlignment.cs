namespace BriefingCompiler.Pdf.Text;

/// <summary>Start and End follow the paragraph direction. Justify stretches every line but the last
/// (by inter-character spacing in CJK text, by spaces elsewhere).</summary>
public enum TextAlignment
{
    Start,
    Center,
    End,
    Justify,
}
