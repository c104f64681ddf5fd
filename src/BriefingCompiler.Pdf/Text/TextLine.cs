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
    int SourceEnd)
{
    /// <summary>How far the line's struts reach above the baseline with <c>line-height: normal</c>: each run's first
    /// available font's ascent plus half its line gap (CSS 2.1 §10.8.1, with the font's own leading as browsers take
    /// it); the ascent alone when the fonts have no line gap.</summary>
    public float NormalAscent { get; init; } = Ascent;

    /// <summary>Below the baseline, as <see cref="NormalAscent"/>: descent plus half the line gap.</summary>
    public float NormalDescent { get; init; } = Descent;
}
