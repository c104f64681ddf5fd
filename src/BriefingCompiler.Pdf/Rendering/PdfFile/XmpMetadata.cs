using System.Globalization;
using System.Security;
using System.Text;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// The document's XMP metadata packet (ISO 16684-1), the catalog's /Metadata: the same title, author, subject, keywords,
/// creator, producer and dates as the document information dictionary (PDF/A wants the two to agree), the language, and
/// the identification of the standards claimed — <c>pdfuaid:part</c> for PDF/UA-1, <c>pdfaid:part</c>/<c>conformance</c>
/// for PDF/A, with the extension schema PDF/A asks for to declare the PDF/UA property. UTF-8, no clock: dates only from
/// the caller.
/// </summary>
internal static class XmpMetadata
{
    public static byte[] Packet(DocumentMetadata metadata, string creator, DateTimeOffset? date, PdfStandard standard)
    {
        var x = new StringBuilder();
        x.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
            .Append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"");
        if (standard.IsArchival) x.Append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
        if (standard.UniversalAccessibility) x.Append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"");
        x.Append(">\n<dc:format>application/pdf</dc:format>\n");
        if (metadata.Title is { Length: > 0 } title) x.Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (metadata.Author is { Length: > 0 } author) x.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (metadata.Subject is { Length: > 0 } subject) x.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        if (metadata.Language is { Length: > 0 } language) x.Append("<dc:language><rdf:Bag><rdf:li>").Append(Escape(language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        if (metadata.Keywords is { Length: > 0 } keywords) x.Append("<pdf:Keywords>").Append(Escape(keywords)).Append("</pdf:Keywords>\n");
        x.Append("<pdf:Producer>briefc</pdf:Producer>\n");
        if (creator.Length > 0) x.Append("<xmp:CreatorTool>").Append(Escape(creator)).Append("</xmp:CreatorTool>\n");
        if (date is { } when)
        {
            var stamp = when.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            x.Append("<xmp:CreateDate>").Append(stamp).Append("</xmp:CreateDate>\n<xmp:ModifyDate>").Append(stamp)
                .Append("</xmp:ModifyDate>\n<xmp:MetadataDate>").Append(stamp).Append("</xmp:MetadataDate>\n");
        }

        if (standard.IsArchival)
        {
            x.Append("<pdfaid:part>").Append(standard.ArchivePart.ToString(CultureInfo.InvariantCulture)).Append("</pdfaid:part>\n<pdfaid:conformance>")
                .Append(standard.ArchiveLevel).Append("</pdfaid:conformance>\n");
        }

        if (standard.UniversalAccessibility) x.Append("<pdfuaid:part>1</pdfuaid:part>\n");
        x.Append("</rdf:Description>\n");
        if (standard.IsArchival && standard.UniversalAccessibility)
        {
            // PDF/A accepts only the schemas it knows or that the packet declares; pdfuaid is not among the first.
            x.Append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .Append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .Append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                .Append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                .Append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                .Append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                .Append("<pdfaProperty:name>part</pdfaProperty:name>\n<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                .Append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                .Append("<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n")
                .Append("</rdf:li></rdf:Seq></pdfaSchema:property>\n</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n");
        }

        x.Append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return Encoding.UTF8.GetBytes(x.ToString());
    }

    /// <summary>Text as XML character data; characters XML 1.0 cannot hold at all (controls) are dropped.</summary>
    private static string Escape(string text) =>
        SecurityElement.Escape(new string(text.Where(c => c is '\t' or '\n' or '\r' || c >= ' ' && !char.IsSurrogate(c) || char.IsSurrogate(c)).ToArray())) ?? "";
}
