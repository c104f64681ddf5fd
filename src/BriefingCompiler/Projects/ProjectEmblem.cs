namespace BriefingCompiler.Projects;

/// <summary>
/// The organisation's emblem from briefc.yaml's <c>emblem</c>: the image's bytes (read and checked when the project
/// file is loaded, from inside the project's folder only), its media type, the organisation's name by language and
/// whether the running header of every page shows it too.
/// </summary>
/// <param name="Image">The image file's bytes (PNG, JPEG, GIF, WebP or SVG; at most <see cref="MaxBytes"/>).</param>
/// <param name="MediaType">Its media type, from its first bytes (<c>image/png</c>, <c>image/svg+xml</c>…).</param>
/// <param name="Names">The organisation's name by BCP 47 tag; the empty key is the name for every other language.</param>
/// <param name="EveryPage">Whether the running header of every page after the first shows the emblem and the name.</param>
/// <param name="ContentHash">SHA-256 of the image's bytes, hex: part of every briefing's build inputs.</param>
public sealed record ProjectEmblem(byte[] Image, string MediaType, IReadOnlyDictionary<string, string> Names, bool EveryPage, string ContentHash)
{
    /// <summary>The largest emblem image read: as large as the PDF engine reads any image.</summary>
    public const long MaxBytes = Pdf.Images.ImageLoader.MaxFileBytes;

    /// <summary>The organisation's name in <paramref name="language"/>: the exact tag, then each shorter prefix
    /// (<c>zh-Hant-TW</c> → <c>zh-Hant</c> → <c>zh</c>), then the name for every language; null when none fits.</summary>
    public string? NameFor(string language)
    {
        for (var tag = language; tag.Length > 0; tag = tag.Contains('-') ? tag[..tag.LastIndexOf('-')] : "")
        {
            var match = Names.FirstOrDefault(n => n.Key.Length > 0 && string.Equals(n.Key, tag, StringComparison.OrdinalIgnoreCase));
            if (match.Value is { } name)
                return name;
        }

        return Names.TryGetValue("", out var any) ? any : null;
    }

    private readonly Lazy<string> dataUri = new(() => $"data:{MediaType};base64,{Convert.ToBase64String(Image)}");

    /// <summary>The image as a <c>data:</c> URI, made once: the HTML output stays one self-contained file.</summary>
    public string DataUri => dataUri.Value;

    /// <summary>
    /// The short address the template writes for the image (<c>emblem.src</c>), unique to its bytes: the PDF engine is
    /// given the image under it (<see cref="Pdf.PdfRenderOptions.NamedImages"/>) and the HTML output has it replaced by
    /// <see cref="DataUri"/>, so neither the template nor the engine handles megabytes of base64 per briefing.
    /// </summary>
    public string Address => "briefc-emblem:" + ContentHash[..32];

    internal static string MediaTypeOf(Pdf.Images.ImageFormat format) => format switch
    {
        Pdf.Images.ImageFormat.Png => "image/png",
        Pdf.Images.ImageFormat.Jpeg => "image/jpeg",
        Pdf.Images.ImageFormat.Gif => "image/gif",
        Pdf.Images.ImageFormat.WebP => "image/webp",
        _ => "image/svg+xml",
    };
}
