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

    /// <summary>
    /// The largest image the HTML output carries inside itself (a <c>data:</c> URI: the page stays one self-contained
    /// file, as a typical SVG or small PNG logo allows). A larger one is written once into the output folder as
    /// <see cref="FileName"/> and linked: a 3 MB logo in each of 60 pages would be 240 MB of base64 (twice, with the
    /// running header), written, hashed and read again by every browser.
    /// </summary>
    public const int InlineMaxBytes = 64 * 1024;

    private readonly Lazy<string> dataUri = new(() => $"data:{MediaType};base64,{Convert.ToBase64String(Image)}");

    /// <summary>Whether the HTML output carries the image itself (<see cref="InlineMaxBytes"/>).</summary>
    public bool InlineInHtml => Image.Length <= InlineMaxBytes;

    /// <summary>
    /// The name of the file the image is written to in the output folder when it is not inline: unique to its bytes, so
    /// a changed emblem is a new file (no browser shows a cached old one) and builds into one folder never disagree.
    /// No briefing's output can have it (theirs end in <c>.html</c>, <c>.pdf</c>, <c>.docx</c>, <c>.page-N.png</c>).
    /// </summary>
    public string FileName => SharedFilePrefix + ContentHash[..16] + "." + Extension;

    /// <summary>What the HTML output shows for <see cref="Address"/>: the image itself, or the file beside the page.</summary>
    public string HtmlSource => InlineInHtml ? dataUri.Value : FileName;

    private const string SharedFilePrefix = "briefc-emblem-";

    /// <summary>Whether <paramref name="name"/> has the shape of a <see cref="FileName"/>: what the build manifest may
    /// record as an emblem file (anything else it names for one is not briefc's to read or delete).</summary>
    public static bool IsFileName(string name)
    {
        if (!name.StartsWith(SharedFilePrefix, StringComparison.Ordinal) || name.Length < SharedFilePrefix.Length + 18)
            return false;
        var hash = name.AsSpan(SharedFilePrefix.Length, 16);
        var extension = name[(SharedFilePrefix.Length + 17)..];
        return name[SharedFilePrefix.Length + 16] == '.' && !hash.ContainsAnyExcept("0123456789abcdef")
               && extension is "png" or "jpg" or "gif" or "webp" or "svg";
    }

    private string Extension => MediaType switch
    {
        "image/png" => "png",
        "image/jpeg" => "jpg",
        "image/gif" => "gif",
        "image/webp" => "webp",
        _ => "svg",
    };

    /// <summary>
    /// The short address the template writes for the image (<c>emblem.src</c>), unique to its bytes: the PDF engine is
    /// given the image under it (<see cref="Pdf.PdfRenderOptions.NamedImages"/>) and the HTML output has it replaced by
    /// <see cref="HtmlSource"/>, so neither the template nor the engine handles megabytes of base64 per briefing.
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
