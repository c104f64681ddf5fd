using System.IO.Compression;
using System.Text;

namespace BriefingCompiler.Tests.Word;

/// <summary>Builds .docx packages by hand, part by part, including the broken and malicious ones Word would never write.</summary>
internal static class HostileDocx
{
    public const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    public const string PackageRelationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    public static string Document(string body) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>";

    /// <summary>A package with the content types and package relationships, plus <paramref name="parts"/>.</summary>
    public static byte[] Package(params (string Name, string Text)[] parts) =>
        Raw([("[Content_Types].xml", ContentTypes), ("_rels/.rels", PackageRelationships), .. parts]);

    public static byte[] Raw(params (string Name, string Text)[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }
        return stream.ToArray();
    }

    /// <summary>A package whose document part inflates to <paramref name="inflatedBytes"/> of spaces (a zip bomb) without ever holding them.</summary>
    public static byte[] Bomb(long inflatedBytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("[Content_Types].xml", ContentTypes), ("_rels/.rels", PackageRelationships) })
            {
                using var small = zip.CreateEntry(name).Open();
                small.Write(Encoding.UTF8.GetBytes(text));
            }
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 1 << 20));
            for (long written = 0; written < inflatedBytes; written += chunk.Length)
                entry.Write(chunk);
        }
        return stream.ToArray();
    }
}
