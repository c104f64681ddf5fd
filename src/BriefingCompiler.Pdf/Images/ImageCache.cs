using System.Collections.Concurrent;

namespace BriefingCompiler.Pdf.Images;

/// <summary>
/// Image files read and checked once per renderer (one build), not once per document: a 3 MB logo in every
/// briefing of a build is read, decoded and checked once. Keyed by the file's real path, length and modification
/// time, so a file changed during the build is read again. Safe for the build's parallel documents. Each
/// document's PDF still embeds the image once (the painters work per document).
/// </summary>
public sealed class ImageCache
{
    private readonly ConcurrentDictionary<(string Path, long Length, DateTime Modified), Lazy<ImageReading>> files = new();

    // A data: URI is its own content: the same text is the same image. So is an image the caller names by an address
    // unique to its bytes (PdfRenderOptions.NamedImages: briefc.yaml's emblem, one in every briefing of a build).
    private readonly ConcurrentDictionary<string, Lazy<ImageReading>> byAddress = new(StringComparer.Ordinal);

    /// <summary>The image of the file at <paramref name="realPath"/>, made by <paramref name="read"/> the first time it is asked for.</summary>
    public ImageReading GetOrRead(string realPath, Func<ImageReading> read)
    {
        var info = new FileInfo(realPath);
        if (!info.Exists)
            return read();
        var key = (realPath, info.Length, info.LastWriteTimeUtc);
        return files.GetOrAdd(key, _ => new Lazy<ImageReading>(read, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>The image of the <c>data:</c> URI (or named address) <paramref name="address"/>, made by <paramref name="read"/> the first time it is asked for.</summary>
    public ImageReading GetOrDecode(string address, Func<ImageReading> read) =>
        byAddress.GetOrAdd(address, _ => new Lazy<ImageReading>(read, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
