using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace BriefingCompiler.Word;

/// <summary>
/// The document's core properties: its title and language, and no creation or modification date, which would be
/// the clock's. Written into a part with a given relationship id: the packaging layer's own core-properties part
/// gets a random name.
/// </summary>
internal static class WordCoreProperties
{
    private const string Core = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    public static void Write(CoreFilePropertiesPart part, string title, string language)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("cp", "coreProperties", Core);
        writer.WriteAttributeString("xmlns", "dc", null, DublinCore);
        writer.WriteElementString("dc", "title", DublinCore, title);
        writer.WriteElementString("dc", "language", DublinCore, language);
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
}
