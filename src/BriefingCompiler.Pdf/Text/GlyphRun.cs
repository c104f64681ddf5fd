using BriefingCompiler.Pdf.Fonts;

namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// Shaped glyphs of one font on one line, ready to draw. <see cref="X"/> is the run's offset from the line's
/// left edge (alignment already applied); <see cref="Positions"/> are glyph x offsets from the run's start.
/// <see cref="Text"/> and <see cref="Clusters"/> (UTF-8 byte offsets into Text, one per glyph) are written
/// into the PDF with the glyphs so the text extracts exactly.
/// </summary>
public sealed record GlyphRun(
    FontFace Font,
    TextStyle Style,
    ushort[] Glyphs,
    float[] Positions,
    string Text,
    uint[] Clusters,
    float X,
    float Width,
    object? Tag)
{
    /// <summary>The run stands for an object (<see cref="TextRun.ObjectWidth"/>): its glyph is a placeholder, never drawn.</summary>
    public bool IsObject { get; init; }

    /// <summary>The metrics of the run's first available font at the size of its element's font (its CSS strut), which
    /// its inline box's line-height is centred on; null when the text engine did not give them (the drawing face's are
    /// used then).</summary>
    public StrutMetrics? Strut { get; init; }

    /// <summary>Vertical glyph offsets in points, downwards (Arabic marks, for example); null when all are zero.</summary>
    public float[]? VerticalOffsets { get; init; }

    /// <summary>Where the run's text starts in its paragraph (a UTF-16 offset): runs sorted by it are in logical
    /// (reading) order, whereas a line lists them left to right.</summary>
    public int SourceOffset { get; init; }

    /// <summary>The run is part of a right-to-left bidi run (an odd resolved level): its glyphs are in visual order, so its
    /// text reads from its last glyph to its first. Neutral characters (brackets, full stops) take their direction
    /// from the run they were resolved into.</summary>
    public bool RightToLeft { get; init; }

    /// <summary>The glyph of the space the line broke at, when this run ends the line's content (in logical order) and
    /// the line broke at white space — which hangs past the edge and is not drawn; null otherwise. A PDF writes it
    /// (invisible) after the run, so readers and the structure text keep the line's last word apart from the next
    /// line's first ("At-Large Advisory", not "At-LargeAdvisory").</summary>
    public ushort? BreakSpaceGlyph { get; init; }

    /// <summary>Where <see cref="BreakSpaceGlyph"/> goes, from the run's start: after the run's last glyph in reading
    /// order — past its right end, or before its left end when the run reads right to left.</summary>
    public float BreakSpaceX { get; init; }
}
