using System.IO.Compression;
using System.Text;

namespace BriefingCompiler.Importing;

/// <summary>
/// Checks a .docx before the Open XML SDK reads it, so a hostile file costs bounded time and memory: the file's
/// size, the number of zip entries, and every entry actually inflated (never trusting the sizes the zip declares)
/// against a total, which stops a zip bomb after at most the limit; an XML part that declares a DTD is refused
/// (external entities and entity expansion need one).
/// </summary>
public static class DocxPackageGuard
{
    public const long MaxFileBytes = 50L * 1024 * 1024;
    public const long MaxInflatedBytes = 200L * 1024 * 1024;
    public const int MaxEntries = 2_000;

    /// <summary>Throws <see cref="WordImportException"/> naming the problem; returns when the package may be opened.</summary>
    public static void Check(byte[] bytes)
    {
        if (bytes.Length > MaxFileBytes)
            throw new WordImportException($"the file is {bytes.Length / (1024 * 1024)} MiB; a Word briefing is far smaller (limit {MaxFileBytes / (1024 * 1024)} MiB)");
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw new WordImportException("it is not a .docx file (not a zip archive); save it from Word as \"Word Document (.docx)\"");
        }

        using (zip)
        {
            if (zip.Entries.Count > MaxEntries)
                throw new WordImportException($"the package has {zip.Entries.Count} parts (limit {MaxEntries}); it is not a Word briefing");
            var total = 0L;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                try
                {
                    using var stream = entry.Open();
                    var head = new List<byte>();
                    int read;
                    while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        total += read;
                        if (total > MaxInflatedBytes)
                            throw new WordImportException($"its parts inflate to more than {MaxInflatedBytes / (1024 * 1024)} MiB (a zip bomb, or not a briefing); nothing was read from it");
                        if (head.Count < 4096)
                            head.AddRange(buffer.AsSpan(0, Math.Min(read, 4096 - head.Count)).ToArray());
                    }
                    if (IsXml(entry.FullName) && DeclaresDocumentType(head))
                        throw new WordImportException($"its part {entry.FullName} declares a DTD (<!DOCTYPE>); Word never writes one and external entities are refused");
                }
                catch (InvalidDataException e)
                {
                    throw new WordImportException($"its part {entry.FullName} is damaged ({e.Message.TrimEnd('.')}); open and save it again in Word");
                }
            }
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    // A DTD must come before the root element, so the first kilobytes show it; UTF-16 parts are read as such.
    private static bool DeclaresDocumentType(List<byte> head)
    {
        var bytes = head.ToArray();
        var text = bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF)
            ? (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes)
            : Encoding.UTF8.GetString(bytes);
        return text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || text.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase);
    }
}
