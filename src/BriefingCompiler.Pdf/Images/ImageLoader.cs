using BriefingCompiler.Pdf.Resources;
using BriefingCompiler.Pdf.Styling;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Images;

/// <summary>
/// Reads the images of one document: files in its resource folder and below (every link followed and checked by
/// <see cref="ConfinedFolder"/>, at most <see cref="MaxFileBytes"/>) and <c>data:</c> URIs — never the network.
/// Each source is read and checked once per document and gives the same <see cref="ImageResource"/> every time
/// it is used. What cannot be used is a warning naming the source (PDF150; PDF151 for a network address), never
/// an exception: the caller shows the element's alt text instead.
/// </summary>
/// <param name="folder">The folder images may come from (null: only data: URIs).</param>
/// <param name="baseFolder">Where relative addresses start: <paramref name="folder"/> itself (null), or a folder inside it
/// (the conformance suite confines a test's images to the suite while its addresses start at the test's own folder).</param>
/// <param name="cache">Files already read in this build (null: read every file for this document).</param>
/// <param name="textOutliner">Sets the text of SVG images in the build's fonts (null: SVG text is left out with a warning).
/// The cache's images keep the text it set, so one cache goes with one outliner (one renderer, one font catalog).</param>
public sealed class ImageLoader(ConfinedFolder? folder, MessageLog log, string? baseFolder = null, ImageCache? cache = null,
    IReadOnlyDictionary<string, byte[]>? named = null, ISvgTextOutliner? textOutliner = null)
{
    /// <summary>What sets the text of this document's SVG images (inline ones too).</summary>
    public ISvgTextOutliner? TextOutliner => textOutliner;

    /// <summary>The largest image file read (a 3 MB logo is fine; a 200 MB scan is not a briefing's).</summary>
    public const long MaxFileBytes = 32 * 1024 * 1024;

    /// <summary>The most pixels a raster image may have (decoded as RGBA: 200 MB), checked in its header before anything is decoded.</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>The longest side a raster image may have, in pixels.</summary>
    public const int MaxSide = 32_768;

    private readonly Dictionary<string, ImageResource?> loaded = new(StringComparer.Ordinal);
    private readonly List<ImageResource> vectors = [];

    /// <summary>The SVG images this document has used so far (files, <c>data:</c> URIs and inline ones given to
    /// <see cref="Add"/>), in the order first used: the renderer registers their text with the document's fonts.</summary>
    public IReadOnlyList<ImageResource> VectorImages => vectors;

    /// <summary>Counts an image read elsewhere (an inline <c>&lt;svg&gt;</c>) among this document's images.</summary>
    public ImageResource Add(ImageResource image)
    {
        if (image.IsVector)
            vectors.Add(image);
        return image;
    }

    /// <summary>The image <paramref name="source"/> names (an <c>src</c> or <c>url()</c>), or null with a warning.</summary>
    public ImageResource? Load(string source)
    {
        source = source.Trim();
        if (loaded.TryGetValue(source, out var known))
            return known;
        var image = Read(source);
        loaded[source] = image;
        return image is null ? null : Add(image);
    }

    private ImageResource? Read(string source)
    {
        var shown = Shown(source);
        if (source.Length == 0)
            return Refuse(shown, "it is empty");
        if (named is not null && named.TryGetValue(source, out var given))
            return Used(shown, cache is null ? Decode(shown, given, textOutliner) : cache.GetOrDecode(source, () => Decode(shown, given, textOutliner)));
        if (source.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return Used(shown, cache is null ? ReadDataUri(shown, source, textOutliner) : cache.GetOrDecode(source, () => ReadDataUri(shown, source, textOutliner)));

        if (source.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || source.StartsWith("//", StringComparison.Ordinal))
        {
            log.WarnOnce("PDF151", "network " + shown, $"The image '{shown}' is on the network; the PDF engine never fetches anything, so its alt text is shown instead. Copy the image into the template's folder and name it by a relative path.");
            return null;
        }

        if (source.Contains(':', StringComparison.Ordinal) && !source.StartsWith("./", StringComparison.Ordinal))
            return Refuse(shown, "only relative paths in the template's folder and data: URIs are read");
        if (folder is null)
            return Refuse(shown, "this document has no folder to read images from");
        var name = Uri.UnescapeDataString(source.Split('#', '?')[0]);
        if (name.Length == 0 || Path.IsPathRooted(name) || name.Contains('\\'))
            return Refuse(shown, "only a relative path inside the template's folder is read");
        // Resolved as a URL is, against the base; it must stay inside the folder, every symbolic link followed.
        var full = Path.GetFullPath(Path.Combine(baseFolder ?? folder.Folder, name));
        if (!full.StartsWith(folder.Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return Refuse(shown, "it is outside the template's folder");
        var path = folder.ResolveFull(full, out var problem);
        if (path is null)
            return Refuse(shown, problem);
        return Used(shown, cache is null ? ReadFile(shown, path, textOutliner) : cache.GetOrRead(path, () => ReadFile(shown, path, textOutliner)));
    }

    /// <summary>A reading's image, its warnings and problem logged for this document.</summary>
    private ImageResource? Used(string shown, ImageReading reading)
    {
        foreach (var warning in reading.Warnings)
            log.WarnOnce("PDF152", shown + "|" + warning, $"In the SVG image '{shown}': {warning}.");
        return reading.Image ?? Refuse(shown, reading.Problem ?? "it cannot be read");
    }

    /// <summary>A data: URI decoded and checked, or why it cannot be used (nothing logged: the reading may serve several documents).</summary>
    private static ImageReading ReadDataUri(string shown, string source, ISvgTextOutliner? text) =>
        DataUri.Decode(source, MaxFileBytes) is { } data
            ? Decode(shown, data.Bytes, text)
            : new ImageReading(null, "it is not a readable data: URI (base64 or percent-encoded, at most 32 MiB)", []);

    /// <summary>A file read and checked, or why it cannot be used (nothing logged: the reading may serve several documents).</summary>
    private static ImageReading ReadFile(string shown, string path, ISvgTextOutliner? text)
    {
        try
        {
            return Decode(shown, RegularFile.ReadAllBytes(path, MaxFileBytes), text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ImageReading(null, e is FileTooLargeException ? "it is larger than 32 MiB" : e.Message, []);
        }
    }

    /// <summary>Bytes read by someone else (a briefing's figure) checked as this loader checks a file: decoded once,
    /// within the size limits; the image, or why it cannot be used.</summary>
    public static ImageReading Check(string shown, byte[] bytes) => Decode(shown, bytes, null);

    private static ImageReading Decode(string shown, byte[] bytes, ISvgTextOutliner? text)
    {
        var format = Sniff(bytes);
        if (format is null)
            return new ImageReading(null, "it is not a PNG, JPEG, GIF, WebP or SVG image", []);
        if (format == ImageFormat.Svg)
        {
            var result = SvgReader.Read(bytes, text);
            return result.Image is { } vector
                ? new ImageReading(new ImageResource(shown, ImageFormat.Svg, bytes, (int)Math.Round((vector.Intrinsic.Width ?? 0) / 0.75f), (int)Math.Round((vector.Intrinsic.Height ?? 0) / 0.75f), vector), null, result.Warnings)
                : new ImageReading(null, result.Problem ?? "it cannot be read", result.Warnings);
        }

        // The header's claim first, from the bytes alone: a file claiming 100,000 × 100,000 pixels is refused
        // before any decoder allocates for it.
        if (RasterHeader.Size(bytes, format.Value) is not var (claimedWidth, claimedHeight))
            return new ImageReading(null, $"it is damaged (its {format} header is cut short)", []);
        if (TooLarge(claimedWidth, claimedHeight) is { } tooLarge)
            return new ImageReading(null, tooLarge, []);
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
            return new ImageReading(null, $"it is damaged (its {format} header cannot be read)", []);
        var info = codec.Info;
        if (TooLarge(info.Width, info.Height) is { } decoderSays)
            return new ImageReading(null, decoderSays, []);
        // Decoded once here to find damage (a truncated file) before the image is placed; the painters decode it again.
        var pixels = new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(pixels);
        var decoded = codec.GetPixels(pixels, bitmap.GetPixels());
        if (decoded != SKCodecResult.Success)
            return new ImageReading(null, decoded == SKCodecResult.IncompleteInput ? "it is truncated" : $"it is damaged ({decoded})", []);
        return new ImageReading(new ImageResource(shown, format.Value, bytes, info.Width, info.Height), null, []);
    }

    private static string? TooLarge(int width, int height) =>
        width <= 0 || height <= 0 ? $"it claims {width:N0} × {height:N0} pixels"
        : width > MaxSide || height > MaxSide || (long)width * height > MaxPixels
            ? $"it is {width:N0} × {height:N0} pixels, more than the engine decodes ({MaxPixels / 1_000_000} million pixels, {MaxSide:N0} a side)"
            : null;

    /// <summary>The format from the file's first bytes (never from its name).</summary>
    public static ImageFormat? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
            return ImageFormat.Png;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
            return ImageFormat.Jpeg;
        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
            return ImageFormat.Gif;
        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
            return ImageFormat.WebP;
        return SvgReader.LooksLikeSvg(bytes) ? ImageFormat.Svg : null;
    }

    private ImageResource? Refuse(string shown, string reason)
    {
        log.WarnOnce("PDF150", shown, $"The image '{shown}' cannot be used: {reason}. Its alt text is shown instead.");
        return null;
    }

    /// <summary>The source as messages name it: a data: URI by its start only.</summary>
    private static string Shown(string source) => source.StartsWith("data:", StringComparison.OrdinalIgnoreCase) && source.Length > 40 ? source[..32] + "…" : source;
}
