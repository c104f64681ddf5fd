using System.IO.Compression;

namespace BriefingCompiler.Word;

/// <summary>
/// Rewrites a freshly written Open XML package so the same content always gives the same bytes: System.IO.Packaging
/// stamps every zip entry with the clock's time. Entries keep their content; each gets a fixed time (1980-01-01,
/// the zip format's first) and the content-types part goes first, where other readers look for it.
/// </summary>
internal static class DeterministicPackage
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1))
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
