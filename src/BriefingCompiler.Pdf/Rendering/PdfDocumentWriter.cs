using System.Text;
using BriefingCompiler.Pdf.Rendering.PdfFile;
using BriefingCompiler.Pdf.Styling;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>
/// Writes paint lists as a PDF 1.7 file of our own, in one pass (<see cref="PdfObjectWriter"/>): pages with
/// Flate-compressed content, fonts as CID fonts with exact ToUnicode, link annotations, named destinations,
/// the outline, the language, and document information from the HTML with the caller's date (never the clock).
/// </summary>
public static class PdfDocumentWriter
{
    public static byte[] Write(IReadOnlyList<PagePaint> pages, IReadOnlyList<BookmarkPlacement> bookmarks, DocumentMetadata metadata, PdfRenderOptions options)
    {
        var writer = new PdfObjectWriter();
        var catalog = writer.Reserve();
        var pageTree = writer.Reserve();
        var resources = new PdfResources(writer);
        var pageNumbers = pages.Select(_ => writer.Reserve()).ToArray();
        var destinations = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < pages.Count; index++)
        {
            var page = pages[index];
            var content = writer.AddStream("", new PdfContentBuilder(page.Width, page.Height, resources).Build(page.Commands));
            var annotations = new List<int>();
            foreach (var command in page.Commands)
            {
                switch (command)
                {
                    case LinkToUrl link:
                        annotations.Add(writer.Add(Annotation(link.Rect, page.Height, "/A<</S/URI/URI " + PdfSyntax.ByteString(link.Url) + ">>")));
                        break;
                    case LinkToDestination link:
                        annotations.Add(writer.Add(Annotation(link.Rect, page.Height, "/Dest" + PdfSyntax.Name(link.Name))));
                        break;
                    case NamedDestination destination:
                        destinations.TryAdd(destination.Name, $"[{PdfSyntax.Reference(pageNumbers[index])}/XYZ {PdfSyntax.Number(destination.Point.X)} {PdfSyntax.Number(page.Height - destination.Point.Y)} null]");
                        break;
                }
            }

            var dictionary = new StringBuilder("<</Type/Page/Parent ").Append(PdfSyntax.Reference(pageTree))
                .Append("/MediaBox[0 0 ").Append(PdfSyntax.Number(page.Width)).Append(' ').Append(PdfSyntax.Number(page.Height)).Append(']')
                .Append("/Resources ").Append(PdfSyntax.Reference(resources.Number))
                .Append("/Contents ").Append(PdfSyntax.Reference(content));
            if (annotations.Count > 0) dictionary.Append("/Annots[").AppendJoin(' ', annotations.Select(PdfSyntax.Reference)).Append(']');
            writer.Add(pageNumbers[index], dictionary.Append(">>").ToString());
        }

        writer.Add(pageTree, $"<</Type/Pages/Kids[{string.Join(' ', pageNumbers.Select(PdfSyntax.Reference))}]/Count {pages.Count}>>");
        resources.Write();
        var outline = PdfOutline.Write(writer, bookmarks, pageNumbers, pages.Select(p => p.Height).ToArray());

        var root = new StringBuilder("<</Type/Catalog/Pages ").Append(PdfSyntax.Reference(pageTree));
        if (outline is { } outlines) root.Append("/Outlines ").Append(PdfSyntax.Reference(outlines)).Append("/PageMode/UseOutlines");
        if (destinations.Count > 0)
        {
            root.Append("/Dests<<");
            foreach (var (name, target) in destinations) root.Append(PdfSyntax.Name(name)).Append(target);
            root.Append(">>");
        }

        if (!string.IsNullOrEmpty(metadata.Language)) root.Append("/Lang ").Append(PdfSyntax.TextString(metadata.Language));
        if (!string.IsNullOrEmpty(metadata.Title)) root.Append("/ViewerPreferences<</DisplayDocTitle true>>");
        writer.Add(catalog, root.Append(">>").ToString());
        return writer.Finish(catalog, writer.Add(Information(metadata, options)));
    }

    private static string Annotation(SKRect rect, float pageHeight, string action) =>
        $"<</Type/Annot/Subtype/Link/Rect[{PdfSyntax.Number(rect.Left)} {PdfSyntax.Number(pageHeight - rect.Bottom)} {PdfSyntax.Number(rect.Right)} {PdfSyntax.Number(pageHeight - rect.Top)}]/Border[0 0 0]{action}>>";

    private static string Information(DocumentMetadata metadata, PdfRenderOptions options)
    {
        var info = new StringBuilder("<<");
        void Entry(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value)) info.Append('/').Append(key).Append(' ').Append(PdfSyntax.TextString(value));
        }

        Entry("Title", metadata.Title);
        Entry("Author", metadata.Author);
        Entry("Subject", metadata.Subject);
        Entry("Keywords", metadata.Keywords);
        Entry("Creator", options.Creator);
        Entry("Producer", "briefc");
        if (options.Date is { } date)
        {
            info.Append("/CreationDate ").Append(PdfSyntax.Date(date)).Append("/ModDate ").Append(PdfSyntax.Date(date));
        }

        return info.Append(">>").ToString();
    }
}
