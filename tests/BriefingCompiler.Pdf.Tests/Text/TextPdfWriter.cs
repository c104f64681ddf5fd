using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Text;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Text;

/// <summary>Writes paragraphs to an A4 PDF through the text API only (register, build, lay out, paint), the
/// way the layout engine will, so tests can read the result back.</summary>
internal static class TextPdfWriter
{
    public const float PageWidth = 595.28f, PageHeight = 841.89f, Margin = 56f;

    public sealed record Result(byte[] Pdf, IReadOnlyList<TextLine> Lines, IReadOnlyList<MissingCharacter> Missing, TimeSpan SubsetTime);

    public static Result Write(FontCatalog catalog, IReadOnlyList<IReadOnlyList<TextRun>> paragraphs, TextAlignment alignment = TextAlignment.Justify,
        bool rightToLeft = false, float width = PageWidth - 2 * Margin)
    {
        var fonts = new DocumentFontSet(catalog);
        var missing = paragraphs.SelectMany(p => fonts.Add(p)).ToList();
        using var layouter = fonts.Build();
        var allLines = new List<TextLine>();
        using var stream = new MemoryStream();
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Creation = null;
        metadata.Modified = null;
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            SKCanvas? canvas = null;
            var y = 0f;
            foreach (var paragraph in paragraphs)
            {
                foreach (var line in layouter.Layout(paragraph, width, alignment, rightToLeft))
                {
                    var height = (line.Ascent + line.Descent) * 1.4f;
                    if (canvas is null || y + height > PageHeight - Margin)
                    {
                        if (canvas is not null) document.EndPage();
                        canvas = document.BeginPage(PageWidth, PageHeight);
                        y = Margin;
                    }

                    var baseline = y + (height - line.Ascent - line.Descent) / 2 + line.Ascent;
                    foreach (var run in line.Runs) GlyphRunPainter.Draw(canvas, run, Margin, baseline);
                    y += height;
                    allLines.Add(line);
                }

                y += 6;
            }

            if (canvas is not null) document.EndPage();
            document.Close();
        }

        return new Result(stream.ToArray(), allLines, missing, layouter.SubsetTime);
    }
}
