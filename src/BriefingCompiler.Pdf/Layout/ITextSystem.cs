using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Text;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// The text engine as the rest of the engine needs it, in its two phases: first every run of the document
/// is handed over (so each font face is subset once, with all the text it will draw), which gives a
/// layouter; then laid-out glyph runs are drawn on a canvas.
/// </summary>
public interface ITextSystem
{
    /// <summary>
    /// Registers the runs of every paragraph (in order, one list per paragraph) and returns the layouter for
    /// this document. Characters no font can draw are reported to <paramref name="log"/>. Dispose the layouter
    /// (when it is disposable) after the output is written: drawn runs refer to its typefaces.
    /// </summary>
    ITextLayouter CreateLayouter(IReadOnlyList<IReadOnlyList<TextRun>> paragraphs, MessageLog log);

    /// <summary>Draws a glyph run of a line whose left edge is <paramref name="lineLeftX"/> (the run adds its own X).</summary>
    void Draw(SKCanvas canvas, GlyphRun run, float lineLeftX, float baselineY);
}
