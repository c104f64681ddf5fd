using System.Collections.Concurrent;
using BriefingCompiler.Pdf.Images;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// Images encoded for PDF once per renderer (one build), not once per document: a 3 MB logo in every briefing is
/// decoded and compressed once and its streams copied into each PDF. Keyed by the image object itself, which
/// <see cref="ImageCache"/> shares between the documents of a build. Safe for the build's parallel documents.
/// </summary>
public sealed class PdfImageCache
{
    private readonly ConcurrentDictionary<ImageResource, Lazy<PdfImage.Encoded?>> encoded = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<ImageResource, Lazy<PdfImage.Encoded?>> flattened = new(ReferenceEqualityComparer.Instance);

    /// <summary>The image encoded for PDF; <paramref name="flatten"/>: its transparency composited onto white (PDF/A-1).</summary>
    internal PdfImage.Encoded? GetOrEncode(ImageResource image, Compression.ZlibEncoderPool encoders, bool flatten) =>
        (flatten ? flattened : encoded).GetOrAdd(image, key => new Lazy<PdfImage.Encoded?>(() => PdfImage.Encode(key, encoders, flatten), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
