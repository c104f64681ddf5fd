namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// One laid-out line. Ascent and Descent (both positive) are the largest of its runs' first available fonts
/// (the CSS strut, not the fallback faces that draw the glyphs) at their sizes; the caller adds CSS
/// line-height around them. <see cref="SourceStart"/>/<see cref="SourceEnd"/> are UTF-16
/// offsets into the paragraph's concatenated run text.
/// </summary>
public sealed record TextLine(
    IReadOnlyList<GlyphRun> Runs,
    float Width,
    float Ascent,
    float Descent,
    int SourceStart,
    int SourceEnd);
