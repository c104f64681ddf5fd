using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Text;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// The real text system: a <see cref="DocumentFontSet"/> per document over a shared <see cref="FontCatalog"/>
/// (bundled Noto fonts plus the user's folders), HarfBuzz shaping and UAX #14 breaking in the layouter, and
/// <see cref="GlyphRunPainter"/> for drawing runs that extract as text.
/// </summary>
public sealed class FontSetTextSystem(FontCatalog catalog) : ITextSystem
{
    public ITextLayouter CreateLayouter(IReadOnlyList<IReadOnlyList<TextRun>> paragraphs, MessageLog log)
    {
        var fonts = new DocumentFontSet(catalog);
        foreach (var paragraph in paragraphs)
        {
            foreach (var missing in fonts.Add(paragraph))
            {
                log.ErrorOnce("PDF130", missing.CodePointLabel, missing.Message);
            }
        }

        return new Layouter(fonts.Build());
    }

    public void Draw(SKCanvas canvas, GlyphRun run, float lineLeftX, float baselineY) =>
        GlyphRunPainter.Draw(canvas, run, lineLeftX, baselineY);

    private sealed class Layouter(TextLayouter layouter) : ITextLayouter, IDisposable
    {
        public IReadOnlyList<TextLine> Layout(IReadOnlyList<TextRun> runs, float width, TextAlignment alignment, bool rightToLeft) =>
            layouter.Layout(runs, width, alignment, rightToLeft);

        public (float MinContent, float MaxContent) MeasureIntrinsicWidths(IReadOnlyList<TextRun> runs) =>
            layouter.MeasureIntrinsicWidths(runs);

        public void Dispose() => layouter.Dispose();
    }
}
