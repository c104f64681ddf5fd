using SkiaSharp;

namespace BriefingCompiler.Pdf.Fonts;

/// <summary>
/// A face ready for shaping and drawing in one document: the subset typeface (holding only the code points
/// the document draws with it) and the metrics layout needs, in font units. Created and owned by
/// <see cref="BriefingCompiler.Pdf.Text.TextLayouter"/>, which disposes the native objects; a class rather than
/// a record because it owns them (value equality would mean nothing).
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

    /// <summary>The gap the font asks for between lines (hhea or OS/2 typo line gap), in font units: part of
    /// <c>line-height: normal</c>, as in browsers.</summary>
    public int LineGap { get; init; }

    /// <summary>The HarfBuzz font over the same subset bytes, scaled to font units; shaping only.</summary>
    internal HarfBuzzSharp.Font? Shaper { get; init; }

    /// <summary>The HarfBuzz face under <see cref="Shaper"/>, kept so it is released with it.</summary>
    internal HarfBuzzSharp.Face? ShaperFace { get; init; }

    /// <summary>The subset's font file (TrueType), which the PDF writer embeds; null for a face that has none (a test's
    /// stand-in), which the PDF writer cannot embed.</summary>
    internal byte[]? Program { get; init; }

    /// <summary><paramref name="use"/>'s result for this face as a HarfBuzz face: <see cref="ShaperFace"/>, or one made from
    /// <see cref="Program"/> for the call (a face without a shaper).</summary>
    internal T WithHarfBuzzFace<T>(Func<HarfBuzzSharp.Face, T> use)
    {
        if (ShaperFace is { } shaperFace) return use(shaperFace);
        using var blob = NativeBlob.CopyOf(Program ?? throw new InvalidOperationException($"{this} has no font program."));
        using var face = new HarfBuzzSharp.Face(blob, 0);
        return use(face);
    }

    /// <summary>The catalog face this subset was made from, as the build manifest records it; null for a test's stand-in.</summary>
    public FontUse? Use { get; init; }

    /// <summary>Code points the subset holds (what the document registered for this face).</summary>
    internal IReadOnlySet<int> CodePoints { get; init; } = new HashSet<int>();

    /// <summary>A Skia font for drawing this face at <paramref name="size"/> points. Subpixel positioning and no
    /// hinting, so drawn glyphs sit exactly where shaping put them. The caller disposes it.</summary>
    public SKFont CreateFont(float size) => new(Typeface, size)
    {
        Subpixel = true,
        Hinting = SKFontHinting.None,
        Edging = SKFontEdging.Antialias,
        LinearMetrics = true,
    };

    /// <summary>Ascent in points at <paramref name="size"/>.</summary>
    public float AscentAt(float size) => Ascender * size / UnitsPerEm;

    /// <summary>Descent (positive) in points at <paramref name="size"/>.</summary>
    public float DescentAt(float size) => Descender * size / UnitsPerEm;

    /// <summary>Half the line gap in points at <paramref name="size"/>: the leading <c>line-height: normal</c> puts
    /// above the ascent and below the descent.</summary>
    public float HalfLineGapAt(float size) => LineGap * size / UnitsPerEm / 2;

    /// <summary>The height of the lower-case letters (OS/2 sxHeight as Skia reads it; half an em when the face has none),
    /// which vertical-align: middle centres on.</summary>
    public float XHeightAt(float size) => xHeight.Value * size / UnitsPerEm;

    private readonly Lazy<float> xHeight = new(() =>
    {
        using var font = new SKFont(typeface, unitsPerEm);
        var measured = font.Metrics.XHeight;
        return measured > 0 ? measured : unitsPerEm / 2f;
    });

    public override string ToString() => $"{Family} {Weight}{(Italic ? " italic" : "")}";
}
