namespace BriefingCompiler.Pdf;

/// <summary>
/// Which standards a PDF claims to meet (<c>--pdf-standard</c>): PDF/UA-1 (accessible: tagged, titled, every image
/// described) and at most one PDF/A level (archivable: XMP metadata, an sRGB output intent, fonts embedded). Every
/// PDF briefc writes is tagged; the standards add their identification and checks. <c>briefc build</c>'s default is
/// <c>ua-1</c> (<see cref="Default"/>); the engine's own default (<see cref="PdfRenderOptions.Standard"/>, for any HTML
/// such as <c>briefc render</c>'s and the reftests') is <see cref="None"/>.
/// </summary>
public sealed record PdfStandard(bool UniversalAccessibility, int ArchivePart = 0, char ArchiveLevel = '\0')
{
    /// <summary>The values <see cref="TryParse"/> takes, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["ua-1", "a-1b", "a-2b", "a-2u", "a-3b", "a-3u", "none"];

    /// <summary>PDF/UA-1: what briefings claim unless told otherwise.</summary>
    public static PdfStandard Default { get; } = new(true);

    /// <summary>Tagged, claiming no standard.</summary>
    public static PdfStandard None { get; } = new(false);

    /// <summary>Whether a PDF/A level is asked for.</summary>
    public bool IsArchival => ArchivePart > 0;

    /// <summary>
    /// PDF/A-1 (ISO 19005-1): a PDF 1.4 file — a classic cross-reference table, no object or cross-reference streams —
    /// with no transparency at all (no soft masks, no opacity below 1, no transparency groups), so the writer flattens it.
    /// </summary>
    public bool IsPdfA1 => ArchivePart == 1;

    /// <summary>
    /// Reads a comma-separated list such as <c>ua-1,a-2u</c> (case and spaces do not matter); <c>none</c> alone: a tagged
    /// PDF that claims no standard. Null and an error message when a value is unknown or two PDF/A levels are asked for.
    /// </summary>
    public static PdfStandard? TryParse(string? text, out string? error)
    {
        error = null;
        var parts = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.ToLowerInvariant()).ToArray();
        if (parts.Length == 0)
        {
            error = $"no PDF standard given; use one or more of {string.Join(", ", Names)}, comma-separated";
            return null;
        }

        var ua = false;
        var part = 0;
        var level = '\0';
        foreach (var value in parts)
        {
            switch (value)
            {
                case "none" when parts.Length == 1:
                    return new PdfStandard(false);
                case "ua-1":
                    ua = true;
                    break;
                case "a-1b" or "a-2b" or "a-2u" or "a-3b" or "a-3u" when part == 0:
                    part = value[2] - '0';
                    level = char.ToUpperInvariant(value[3]);
                    break;
                case "a-1b" or "a-2b" or "a-2u" or "a-3b" or "a-3u":
                    error = $"'{text}' asks for two PDF/A levels; a PDF meets at most one";
                    return null;
                case "a-1a":
                    error = $"'{value}' is not supported; use a-1b (PDF/A-1b, with ua-1 for the tags) or a-2u";
                    return null;
                default:
                    error = $"unknown PDF standard '{value}'; use one or more of {string.Join(", ", Names)}, comma-separated (ua-1 may go with one a-…)";
                    return null;
            }
        }

        return new PdfStandard(ua, part, level);
    }

    /// <summary>The list as <see cref="TryParse"/> reads it (<c>ua-1,a-2u</c>, or <c>none</c>).</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (UniversalAccessibility) parts.Add("ua-1");
        if (IsArchival) parts.Add($"a-{ArchivePart}{char.ToLowerInvariant(ArchiveLevel)}");
        return parts.Count == 0 ? "none" : string.Join(',', parts);
    }
}
