namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// A piece of a paragraph in one style. <see cref="Tag"/> is opaque to the text engine and handed back on
/// every <see cref="GlyphRun"/> cut from this run, so layout can paint underlines, link areas and the like.
/// </summary>
public sealed record TextRun(string Text, TextStyle Style, object? Tag = null)
{
    /// <summary>The object replacement character: the text of a run that stands for an object.</summary>
    public const string ObjectText = "\uFFFC";

    /// <summary>
    /// Set when the run stands for an object set in the line (an inline-block, an image): its <see cref="Text"/> is
    /// <see cref="ObjectText"/>, it is not shaped but takes this width (points), breaks like an object (UAX #14: a
    /// break opportunity before and after it), reads as a neutral in bidi and is never cut. Its glyph run carries
    /// one glyph (id 0) that is not drawn; the caller draws the object. <see cref="Style"/> gives the line its strut.
    /// </summary>
    public float? ObjectWidth { get; init; }

    /// <summary>A run standing for an object <paramref name="width"/> points wide.</summary>
    public static TextRun Object(float width, TextStyle style, object? tag) => new(ObjectText, style, tag) { ObjectWidth = width };
}
