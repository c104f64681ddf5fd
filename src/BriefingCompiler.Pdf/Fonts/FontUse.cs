namespace BriefingCompiler.Pdf.Fonts;

/// <summary>
/// A face a document was set in, as the build manifest records it: the family, weight and style, where the face came
/// from, and — for a face read from a file (a <c>--fonts</c> folder or the system's fonts) — that file as messages name
/// it and the SHA-256 of its bytes, so a reader of the manifest can tell exactly which font went into a PDF.
/// </summary>
public sealed record FontUse(string Family, int Weight, bool Italic, FontOrigin Origin, string? File = null, string? Sha256 = null)
{
    /// <summary>"Family weight" or "Family weight italic": the face as CSS matching sees it.</summary>
    public string Face => $"{Family} {Weight}{(Italic ? " italic" : "")}";

    /// <summary>Faces in the order the render result and the manifest list them: by family, weight, style, then file.</summary>
    public static IReadOnlyList<FontUse> Ordered(IEnumerable<FontUse> faces) =>
        faces.Distinct().OrderBy(use => use.Family, StringComparer.Ordinal).ThenBy(use => use.Weight).ThenBy(use => use.Italic)
            .ThenBy(use => use.File, StringComparer.Ordinal).ToList();
}
