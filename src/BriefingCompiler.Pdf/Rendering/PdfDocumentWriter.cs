using BriefingCompiler.Pdf.Styling;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>
/// Writes paint lists as a PDF through Skia's PDF backend, with metadata from the document and the caller's
/// date (never the clock), then appends the outline and language Skia cannot write.
/// </summary>
public sealed class PdfDocumentWriter(CanvasPainter painter)
{
    public byte[] Write(IReadOnlyList<PagePaint> pages, IReadOnlyList<BookmarkPlacement> bookmarks, DocumentMetadata metadata, PdfRenderOptions options)
    {
        var pdfMetadata = SKDocumentPdfMetadata.Default;
        pdfMetadata.Title = metadata.Title ?? "";
        pdfMetadata.Subject = metadata.Subject ?? "";
        pdfMetadata.Keywords = metadata.Keywords ?? "";
        pdfMetadata.Author = metadata.Author ?? "";
        pdfMetadata.Creator = options.Creator;
        pdfMetadata.Creation = options.Date?.UtcDateTime;
        pdfMetadata.Modified = options.Date?.UtcDateTime;

        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, pdfMetadata))
        {
            foreach (var page in pages)
            {
                var canvas = document.BeginPage(page.Width, page.Height);
                painter.Paint(canvas, page, annotations: true);
                document.EndPage();
            }

            document.Close();
        }

        return PdfCatalogUpdater.Append(stream.ToArray(), bookmarks, pages.Select(p => p.Height).ToArray(), metadata.Language);
    }
}
