namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// A piece of a paragraph in one style. <see cref="Tag"/> is opaque to the text engine and handed back on
/// every <see cref="GlyphRun"/> cut from this run, so layout can paint underlines, link areas and the like.
/// </summary>
public sealed record TextRun(string Text, TextStyle Style, object? Tag = null);
