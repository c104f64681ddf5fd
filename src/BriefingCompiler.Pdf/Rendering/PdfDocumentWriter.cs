using System.Buffers;
using System.Text;
using BriefingCompiler.Pdf.Rendering.PdfFile;
using BriefingCompiler.Pdf.Styling;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Rendering;

/// <summary>
/// Writes paint lists as a PDF 1.7 file of our own, in one pass (<see cref="PdfObjectWriter"/>): pages with
/// Flate-compressed content, fonts as CID fonts with exact ToUnicode, link annotations, named destinations,
/// the outline, the language, and document information from the HTML with the caller's date (never the clock).
/// With the document's structure it is a tagged PDF (§14.8): a structure tree (<see cref="PdfStructureTree"/>), marked
/// content, <c>/MarkInfo</c>, link annotations tied to their link elements; XMP metadata always, and the identification
/// and output intent of the standards <see cref="PdfRenderOptions.Standard"/> names.
/// </summary>
public static class PdfDocumentWriter
{
    public static byte[] Write(IReadOnlyList<PagePaint> pages, IReadOnlyList<BookmarkPlacement> bookmarks, DocumentMetadata metadata, PdfRenderOptions options, DocumentStructure? structure = null,
        PdfImageCache? imageCache = null, Compression.ZlibEncoderPool? encoders = null) =>
        WriteFile(pages, bookmarks, metadata, options, structure, imageCache, encoders).Pdf.ToArray();

    /// <summary>The file (its pieces in order: a logo shared by a build's documents is one of them, not copied), and whether
    /// transparency was flattened in it (PDF/A-1 has none: translucent paint was drawn as it looks over white).</summary>
    public static (ReadOnlySequence<byte> Pdf, bool FlattenedTransparency) WriteFile(IReadOnlyList<PagePaint> pages, IReadOnlyList<BookmarkPlacement> bookmarks, DocumentMetadata metadata,
        PdfRenderOptions options, DocumentStructure? structure = null, PdfImageCache? imageCache = null, Compression.ZlibEncoderPool? encoders = null)
    {
        var pdfA1 = options.Standard.IsPdfA1;
        var writer = new PdfObjectWriter(classic: pdfA1, encoders);
        var catalog = writer.Reserve();
        var pageTree = writer.Reserve();
        var resources = new PdfResources(writer) { WithCidSets = options.Standard.IsArchival, ImageCache = imageCache, FlattensTransparency = pdfA1 };
        resources.ForeseeFontPrograms(pages);
        var pageNumbers = pages.Select(_ => writer.Reserve()).ToArray();
        var destinations = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var tree = structure is null ? null : new PdfStructureTree(writer, structure.Root);
        var contentBuffer = new PdfByteBuilder();
        for (var index = 0; index < pages.Count; index++)
        {
            var page = pages[index];
            var builder = new PdfContentBuilder(page.Width, page.Height, resources, tree is not null);
            var content = writer.AddStream("", builder.Build(page.Commands, contentBuffer), PdfObjectWriter.ContentSearch);
            // Link annotations are numbered first: the structure tree refers to them.
            var annotationNumbers = new Dictionary<PaintCommand, int>(ReferenceEqualityComparer.Instance);
            foreach (var command in page.Commands)
            {
                if (command is LinkToUrl or LinkToDestination) annotationNumbers.Add(command, writer.Reserve());
            }

            var structParents = new Dictionary<int, int>();
            var pageKey = tree?.AddPage(pageNumbers[index], builder.Marked, annotationNumbers, structParents);
            var annotations = new List<int>();
            foreach (var command in page.Commands)
            {
                switch (command)
                {
                    case LinkToUrl link:
                        annotations.Add(AddAnnotation(writer, annotationNumbers[link], Annotation(link.Rect, page.Height, "/A<</S/URI/URI " + PdfSyntax.ByteString(link.Url) + ">>", link.Url), structParents));
                        break;
                    case LinkToDestination link:
                        annotations.Add(AddAnnotation(writer, annotationNumbers[link], Annotation(link.Rect, page.Height, "/Dest" + PdfSyntax.Name(link.Name), "#" + link.Name), structParents));
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
            // Tab order follows the structure (PDF/UA-1 §7.18.3).
            if (tree is not null && annotations.Count > 0) dictionary.Append("/Tabs/S");
            if (pageKey is { } key) dictionary.Append("/StructParents ").Append(key.ToString(System.Globalization.CultureInfo.InvariantCulture));
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
        if (tree is not null)
        {
            tree.Write();
            root.Append("/StructTreeRoot ").Append(PdfSyntax.Reference(tree.Number)).Append("/MarkInfo<</Marked true>>");
        }

        var standard = options.Standard;
        // PDF/A keeps the XMP packet unfiltered, so that tools that do not parse PDF find it; otherwise it is compressed like any stream.
        var xmp = XmpMetadata.Packet(metadata, options.Creator, options.Date, standard);
        var xmpNumber = standard.IsArchival ? writer.AddRawStream("/Type/Metadata/Subtype/XML", xmp) : writer.AddStream("/Type/Metadata/Subtype/XML", xmp);
        root.Append("/Metadata ").Append(PdfSyntax.Reference(xmpNumber));
        if (standard.IsArchival)
        {
            var profile = writer.AddStream("/N 3", SrgbProfile.Bytes);
            root.Append("/OutputIntents[<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier(sRGB IEC61966-2.1)/Info(sRGB IEC61966-2.1)/DestOutputProfile ")
                .Append(PdfSyntax.Reference(profile)).Append(">>]");
        }

        writer.Add(catalog, root.Append(">>").ToString());
        return (writer.Finish(catalog, writer.Add(Information(metadata, options))), resources.Flattened);
    }

    /// <summary>A link annotation with its /StructParent when the structure tree holds it.</summary>
    private static int AddAnnotation(PdfObjectWriter writer, int number, string body, Dictionary<int, int> structParents)
    {
        if (structParents.TryGetValue(number, out var key)) body = body[..^2] + "/StructParent " + key.ToString(System.Globalization.CultureInfo.InvariantCulture) + ">>";
        writer.Add(number, body);
        return number;
    }

    /// <summary>A link annotation: printed (/F 4, as PDF/A wants), without a border, described by its target (/Contents, as PDF/UA wants).</summary>
    private static string Annotation(SKRect rect, float pageHeight, string action, string description) =>
        $"<</Type/Annot/Subtype/Link/Rect[{PdfSyntax.Number(rect.Left)} {PdfSyntax.Number(pageHeight - rect.Bottom)} {PdfSyntax.Number(rect.Right)} {PdfSyntax.Number(pageHeight - rect.Top)}]/F 4/Border[0 0 0]/Contents {PdfSyntax.TextString(description)}{action}>>";

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
