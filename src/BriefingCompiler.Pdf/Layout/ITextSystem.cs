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
    ITextLayouter CreateLayouter(IReadOnlyList<TextRun> allRuns);

    void Draw(SKCanvas canvas, GlyphRun run, float x, float baselineY);
}
