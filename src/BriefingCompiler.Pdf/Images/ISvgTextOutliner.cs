namespace BriefingCompiler.Pdf.Images;

/// <summary>
/// Sets the characters of an SVG <c>&lt;text&gt;</c> as outlines, so the image stays shapes (vector in the PDF,
/// drawn by the same painters as paths). Implemented by the text stage over the build's fonts (the fonts are fixed
/// per build, so an image read once serves every document); safe for the build's parallel documents.
/// </summary>
public interface ISvgTextOutliner
{
    /// <summary>
    /// <paramref name="text"/> (white space already handled) shaped in <paramref name="font"/> with the same face choice
    /// and fallbacks as HTML text, its pen starting at (0, 0) on the baseline: the glyph outlines in user units (y down),
    /// and how far the pen moved.
    /// </summary>
    SvgTextOutline Outline(string text, SvgTextFont font);
}

/// <summary>The font of a piece of SVG text: its <c>font-family</c> list (generic names allowed), size in user units,
/// weight, italic, and whether its base direction is right-to-left (<c>direction: rtl</c>).</summary>
public sealed record SvgTextFont(IReadOnlyList<string> Families, float Size, int Weight, bool Italic, bool RightToLeft);

/// <summary>Glyph outlines (absolute segments, user units, y down) and the advance of the pen.</summary>
public sealed record SvgTextOutline(IReadOnlyList<PathSegment> Segments, float Advance);
