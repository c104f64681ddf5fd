using System.Security.Cryptography;
using BriefingCompiler.Pdf.Images;

namespace BriefingCompiler.Assets;

/// <summary>
/// An image a briefing's outputs show that is not the template's own: briefc.yaml's emblem or a figure of the
/// briefing's Markdown. Its bytes were read and checked once; the template and the PDF engine know it by a short
/// <see cref="Address"/>, and the HTML output carries it inline or links to a file named for its bytes.
/// </summary>
/// <param name="Bytes">The image file's bytes (PNG, JPEG, GIF, WebP or SVG; at most <see cref="MaxBytes"/>).</param>
/// <param name="MediaType">Its media type, from its first bytes (<c>image/png</c>, <c>image/svg+xml</c>…).</param>
/// <param name="ContentHash">SHA-256 of the bytes, hex: part of the build inputs of every briefing showing it.</param>
/// <param name="Kind">What it is, in its address and file name: <c>emblem</c> or <c>figure</c>.</param>
public sealed record ImageAsset(byte[] Bytes, string MediaType, string ContentHash, string Kind)
{
    /// <summary>The largest image read: as large as the PDF engine reads any image.</summary>
    public const long MaxBytes = ImageLoader.MaxFileBytes;

    /// <summary>
    /// The largest image the HTML output carries inside itself (a <c>data:</c> URI: the page stays one self-contained
    /// file, as a typical SVG or small PNG allows). A larger one is written once into the output folder as
    /// <see cref="FileName"/> and linked: a 3 MB logo in each of 60 pages would be 240 MB of base64 (twice, with the
    /// running header), written, hashed and read again by every browser.
    /// </summary>
    public const int InlineMaxBytes = 64 * 1024;

    /// <summary>The kinds there are; a shared file name of another kind is not briefc's.</summary>
    private static readonly string[] Kinds = ["emblem", "figure"];

    /// <summary>An image of <paramref name="kind"/> from bytes that <see cref="ImageLoader.Sniff"/> recognised as <paramref name="format"/>.</summary>
    public static ImageAsset Of(byte[] bytes, ImageFormat format, string kind) =>
        new(bytes, MediaTypeOf(format), Convert.ToHexStringLower(SHA256.HashData(bytes)), kind);

    /// <summary>Whether the HTML output carries the image itself (<see cref="InlineMaxBytes"/>).</summary>
    public bool InlineInHtml => Bytes.Length <= InlineMaxBytes;

    /// <summary>
    /// The name of the file the image is written to in the output folder when it is not inline: unique to its bytes, so
    /// a changed image is a new file (no browser shows a cached old one) and builds into one folder never disagree.
    /// No briefing's output can have it (theirs end in <c>.html</c>, <c>.pdf</c>, <c>.docx</c>, <c>.page-N.png</c>).
    /// </summary>
    public string FileName => $"briefc-{Kind}-{ContentHash[..16]}.{Extension}";

    /// <summary>What the HTML output shows for <see cref="Address"/>: the image itself, or the file beside the page.</summary>
    public string HtmlSource => InlineInHtml ? DataUri : FileName;

    /// <summary>The image as a <c>data:</c> URI: for a page that must stand alone whatever the size (a redline).</summary>
    public string DataUri => $"data:{MediaType};base64,{Convert.ToBase64String(Bytes)}";

    /// <summary>
    /// The short address the template or the Markdown renderer writes for the image, unique to its bytes: the PDF
    /// engine is given the image under it (<see cref="Pdf.PdfRenderOptions.NamedImages"/>) and the HTML output has it
    /// replaced by <see cref="HtmlSource"/>, so neither the template nor the engine handles megabytes of base64.
    /// </summary>
    public string Address => $"briefc-{Kind}:{ContentHash[..32]}";

    /// <summary>The file written beside the pages when the HTML links to it rather than carrying it.</summary>
    public Building.SharedOutput AsSharedOutput() => new(FileName, Bytes, ContentHash);

    /// <summary>Whether <paramref name="name"/> has the shape of a <see cref="FileName"/>: what the build manifest may
    /// record as a shared image (anything else it names for one is not briefc's to read or delete).</summary>
    public static bool IsFileName(string name)
    {
        foreach (var kind in Kinds)
        {
            var prefix = $"briefc-{kind}-";
            if (!name.StartsWith(prefix, StringComparison.Ordinal) || name.Length < prefix.Length + 18)
                continue;
            var hash = name.AsSpan(prefix.Length, 16);
            var extension = name[(prefix.Length + 17)..];
            return name[prefix.Length + 16] == '.' && !hash.ContainsAnyExcept("0123456789abcdef")
                   && extension is "png" or "jpg" or "gif" or "webp" or "svg";
        }

        return false;
    }

    private string Extension => MediaType switch
    {
        "image/png" => "png",
        "image/jpeg" => "jpg",
        "image/gif" => "gif",
        "image/webp" => "webp",
        _ => "svg",
    };

    private static string MediaTypeOf(ImageFormat format) => format switch
    {
        ImageFormat.Png => "image/png",
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Gif => "image/gif",
        ImageFormat.WebP => "image/webp",
        _ => "image/svg+xml",
    };
}
