using HarfBuzzSharp;

namespace BriefingCompiler.Pdf.Fonts;

/// <summary>
/// One font file the catalog knows: its CSS matching keys, and (loaded on first use, once, thread-safely) the
/// whole face for coverage checks and subsetting. Nothing is read before a document asks for a glyph of this
/// face, so an English document never touches the 10 MB CJK files.
/// </summary>
internal sealed class FontSource : IDisposable
{
    private readonly Lazy<LoadedFace> loaded;

    public FontSource(string family, int weight, bool italic, string origin, Func<Blob> openBlob)
    {
        Family = family;
        Weight = weight;
        Italic = italic;
        Origin = origin;
        loaded = new Lazy<LoadedFace>(() => Open(openBlob), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The user font's path as messages name it; null for a bundled face (which is trusted: its failures are
    /// bugs in briefc).</summary>
    public string? File { get; init; }

    /// <summary>Where the face comes from; bundled unless the catalog's folder scan says otherwise.</summary>
    public FontOrigin Kind { get; init; } = FontOrigin.Bundled;

    /// <summary>The SHA-256 (lowercase hex) of the file's bytes as checked, for a face read from a file; null for a bundled face.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The face as the build manifest records it.</summary>
    public FontUse Use => new(Family, Weight, Italic, Kind, File, Sha256);

    public string Family { get; }
    public int Weight { get; }
    public bool Italic { get; }

    /// <summary>Where the face comes from (a resource or file name), for messages. Never written into outputs.</summary>
    public string Origin { get; }

    public bool IsLoaded => loaded.IsValueCreated;

    private LoadedFace Open(Func<Blob> openBlob)
    {
        try
        {
            return LoadedFace.Open(openBlob());
        }
        catch (Exception e) when (File is not null && e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // Lazy keeps this exception: every later use of the face fails the same way, and each document sets its
            // text without it.
            throw new FontUnusableException(this, e.Message, e);
        }
    }

    /// <summary>Whether the face maps <paramref name="codePoint"/> to a glyph it has (its cmap; HarfBuzz lookups are
    /// safe from several threads). HarfBuzz returns a damaged cmap's glyph ids past the last glyph as they are, and
    /// hb-subset would drop them: such a character is left to the next font.</summary>
    public bool HasGlyph(int codePoint) =>
        loaded.Value.Font.TryGetNominalGlyph(codePoint, out var glyph) && glyph != 0 && glyph < loaded.Value.GlyphCount;

    /// <summary>The whole face, for subsetting.</summary>
    internal Face Face => loaded.Value.Face;

    /// <summary>The HarfBuzz font over the whole face, scaled to font units (shaping and outlines of SVG text).</summary>
    internal Font Shaper => loaded.Value.Font;

    internal int UnitsPerEm => loaded.Value.Face.UnitsPerEm;

    /// <summary>The x-height per em: the OS/2 sxHeight, else the top of the glyph of 'x', else half an em (the
    /// fallback CSS 2.1 §4.3.2 names), as browsers measure an ex.</summary>
    internal float XHeightPerEm
    {
        get
        {
            var font = loaded.Value.Font;
            var unitsPerEm = (float)UnitsPerEm;
            if (font.OpenTypeMetrics.TryGetPosition(OpenTypeMetricsTag.XHeight, out var position) && position > 0)
                return position / unitsPerEm;
            if (font.TryGetNominalGlyph('x', out var glyph) && glyph != 0 && font.TryGetGlyphExtents(glyph, out var extents) && extents.YBearing > 0)
                return extents.YBearing / unitsPerEm;
            return 0.5f;
        }
    }

    /// <summary>Ascender, descender (both positive) and line gap in font units, from the horizontal extents.</summary>
    internal (int Ascender, int Descender, int LineGap) VerticalMetrics => loaded.Value.VerticalMetrics;

    public void Dispose()
    {
        if (loaded.IsValueCreated) loaded.Value.Dispose();
    }

    public override string ToString() => $"{Family} {Weight}{(Italic ? " italic" : "")} ({Origin})";

    private sealed class LoadedFace(Blob blob, Face face, Font font, (int, int, int) verticalMetrics) : IDisposable
    {
        public Face Face { get; } = face;
        public Font Font { get; } = font;
        public (int Ascender, int Descender, int LineGap) VerticalMetrics { get; } = verticalMetrics;
        public uint GlyphCount { get; } = (uint)face.GlyphCount;

        public static LoadedFace Open(Blob blob)
        {
            blob.MakeImmutable();
            var face = new Face(blob, 0);
            face.MakeImmutable();
            var font = new Font(face);
            font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
            return new LoadedFace(blob, face, font, FontMetricsReader.VerticalMetrics(font, face.UnitsPerEm));
        }

        public void Dispose()
        {
            Font.Dispose();
            Face.Dispose();
            blob.Dispose();
        }
    }
}
