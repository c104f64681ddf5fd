using SkiaSharp;

namespace BriefingCompiler.Pdf.Fonts;

/// <summary>
/// A face ready for shaping and drawing in one document: the subset typeface (holding only the code points
/// the document draws with it) and the metrics layout needs, in font units.
/// </summary>
public sealed class FontFace(string family, int weight, bool italic, SKTypeface typeface, int unitsPerEm, int ascender, int descender)
{
    public string Family { get; } = family;
    public int Weight { get; } = weight;
    public bool Italic { get; } = italic;
    public SKTypeface Typeface { get; } = typeface;
    public int UnitsPerEm { get; } = unitsPerEm;

    /// <summary>Distance above the baseline, positive, in font units.</summary>
    public int Ascender { get; } = ascender;

    /// <summary>Distance below the baseline, positive, in font units.</summary>
    public int Descender { get; } = descender;
}
