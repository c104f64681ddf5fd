using System.Globalization;
using System.Text;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// The one resource dictionary every page and form of the document shares: fonts (one per face, made on first
/// use), graphics states for opacities, and form XObjects (the layers of CSS opacity). Names are handed out in
/// order of first use, so they depend on the document alone.
/// </summary>
internal sealed class PdfResources(PdfObjectWriter writer)
{
    private readonly Dictionary<FontFace, (PdfFontEmbedding Font, int Number)> fonts = new(ReferenceEqualityComparer.Instance);
    private readonly List<(PdfFontEmbedding Font, int Number)> fontOrder = [];
    private readonly Dictionary<string, string> opacities = [];
    private readonly List<(string Name, string Alpha)> opacityOrder = [];
    private readonly List<(string Name, int Number)> forms = [];
    private readonly Dictionary<Images.ImageResource, string?> images = new(ReferenceEqualityComparer.Instance);
    private readonly List<(string Name, string Dictionary)> shadings = [];
    private readonly Dictionary<(FontFace Face, ushort Glyph), string?> outlines = new(OutlineKeyComparer.Instance);

    /// <summary>Whether fonts list their CIDs in a /CIDSet (PDF/A: PDFBox Preflight and PDF/A-1 want one; PDF/A-2 allows a complete one).</summary>
    public bool WithCidSets { get; init; }

    /// <summary>
    /// Whether transparency is flattened (PDF/A-1 forbids soft masks, opacities below 1 and transparency groups): translucent
    /// colours and layers are painted as their colour over white, images with an alpha channel composited onto white.
    /// </summary>
    public bool FlattensTransparency { get; init; }

    /// <summary>Whether something translucent was drawn opaque because transparency is flattened.</summary>
    public bool Flattened { get; private set; }

    /// <summary>Records that something translucent was drawn opaque (<see cref="FlattensTransparency"/>).</summary>
    public void NoteFlattened() => Flattened = true;

    /// <summary>The text each glyph of a run stands for; one per document, so each distinct text is one string.</summary>
    public GlyphTextAssignment GlyphTexts { get; } = new();

    /// <summary>Images already encoded by other documents of the build, or null to encode each here.</summary>
    public PdfImageCache? ImageCache { get; init; }

    /// <summary>Font programs made by <see cref="ForeseeFontPrograms"/>, their compression under way.</summary>
    private readonly Dictionary<FontFace, FontProgram> foreseenPrograms = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Makes the font programs (<see cref="FontProgram"/>) of the glyphs the text runs of <paramref name="pages"/> draw,
    /// biggest first, before the pages are drawn, so that their compression (on the thread pool) runs while the pages are
    /// drawn instead of after: a program depends on its glyphs only, and the CJK one is the longest compression of the
    /// document (bench/README.md, "Fresh memory, and the font program first"). The subsetting itself stays on this thread:
    /// hb-subset on a pool thread allocates from a new malloc arena, fresh memory, and took 2–5 times as long. Meanwhile a
    /// pool thread prepares an encoder (<see cref="Compression.ZlibEncoderPool.PrepareOnPool"/>) for that compression.
    /// <see cref="Write"/> embeds each program that is of the glyphs the CIDs ended up with, and otherwise makes it again
    /// (a run's glyphs drawn as outlines, the dots and marks of Arabic, get no CID).
    /// </summary>
    public void ForeseeFontPrograms(IEnumerable<PagePaint> pages)
    {
        writer.Encoders.PrepareOnPool();
        // Per face, one bit per glyph id (8 KB): cheaper than a hash set for the few thousand glyphs of a briefing.
        var glyphsByFace = new Dictionary<FontFace, ulong[]>(ReferenceEqualityComparer.Instance);
        void Add(GlyphRun run)
        {
            if (run.IsObject || run.Font.Program is null) return;
            if (!glyphsByFace.TryGetValue(run.Font, out var bits)) glyphsByFace.Add(run.Font, bits = new ulong[(ushort.MaxValue + 1) / 64]);
            bits[0] |= 1; // .notdef, CID 0's glyph
            foreach (var glyph in run.Glyphs) bits[glyph >> 6] |= 1UL << glyph;
        }

        foreach (var page in pages)
        {
            foreach (var command in page.Commands)
            {
                if (command is DrawGlyphs drawn) Add(drawn.Run);
                else if (command is DrawImage { VectorText: { } pieces })
                {
                    foreach (var runs in pieces)
                    {
                        foreach (var run in runs ?? []) Add(run);
                    }
                }
            }
        }

        foreach (var (face, glyphs) in glyphsByFace.Select(f => (f.Key, Glyphs: Members(f.Value))).OrderByDescending(f => f.Glyphs.Length))
        {
            foreseenPrograms.Add(face, FontProgram.Of(face, glyphs, writer.Encoders));
        }

        static ushort[] Members(ulong[] bits)
        {
            var members = new ushort[bits.Sum(word => System.Numerics.BitOperations.PopCount(word))];
            var count = 0;
            for (var word = 0; word < bits.Length; word++)
            {
                for (var rest = bits[word]; rest != 0; rest &= rest - 1) members[count++] = (ushort)(word * 64 + System.Numerics.BitOperations.TrailingZeroCount(rest));
            }

            return members;
        }
    }

    /// <summary>The resource dictionary's object number.</summary>
    public int Number { get; } = writer.Reserve();

    public PdfFontEmbedding Font(FontFace face)
    {
        if (fonts.TryGetValue(face, out var known)) return known.Font;
        var font = new PdfFontEmbedding(face, "F" + (fontOrder.Count + 1).ToString(CultureInfo.InvariantCulture));
        var entry = (font, writer.Reserve());
        fonts.Add(face, entry);
        fontOrder.Add(entry);
        return font;
    }

    /// <summary>The name of a graphics state that fills and strokes with <paramref name="alpha"/> (0 to 1).</summary>
    public string Opacity(double alpha)
    {
        var value = PdfSyntax.Number(Math.Clamp(alpha, 0, 1));
        if (opacities.TryGetValue(value, out var name)) return name;
        name = "G" + (opacityOrder.Count + 1).ToString(CultureInfo.InvariantCulture);
        opacities.Add(value, name);
        opacityOrder.Add((name, value));
        return name;
    }

    /// <summary>A form XObject drawing <paramref name="content"/> as one transparency group (composited as a whole,
    /// as CSS opacity wants); returns its resource name.</summary>
    public string Form(byte[] content, float width, float height)
    {
        var name = "X" + (forms.Count + 1).ToString(CultureInfo.InvariantCulture);
        var number = writer.AddStream(
            $"/Type/XObject/Subtype/Form/BBox[0 0 {PdfSyntax.Number(width)} {PdfSyntax.Number(height)}]/Group<</S/Transparency/CS/DeviceRGB>>/Resources {PdfSyntax.Reference(Number)}",
            content, PdfObjectWriter.ContentSearch);
        forms.Add((name, number));
        return name;
    }

    /// <summary>The image XObject of a raster image, one per image however often it is drawn; null when it cannot be decoded.</summary>
    public string? Image(Images.ImageResource image)
    {
        if (images.TryGetValue(image, out var known)) return known;
        string? name = null;
        if (PdfImage.Write(writer, image, ImageCache, FlattensTransparency, out var number) is { } encoded)
        {
            if (encoded.Flattened) NoteFlattened();
            name = "X" + (forms.Count + 1).ToString(CultureInfo.InvariantCulture);
            forms.Add((name, number));
        }

        images.Add(image, name);
        return name;
    }

    /// <summary>A shading (an SVG gradient) for the <c>sh</c> operator; <paramref name="dictionary"/> is its whole dictionary.</summary>
    public string Shading(string dictionary)
    {
        var name = "S" + (shadings.Count + 1).ToString(CultureInfo.InvariantCulture);
        shadings.Add((name, dictionary));
        return name;
    }

    /// <summary>
    /// A form XObject holding the outline of <paramref name="glyph"/> in font units (y up, origin on the baseline),
    /// filled with the current colour; null for a glyph with no outline.
    /// </summary>
    public string? Outline(FontFace face, ushort glyph)
    {
        if (outlines.TryGetValue((face, glyph), out var known)) return known;
        using var font = face.CreateFont(face.UnitsPerEm);
        using var path = font.GetGlyphPath(glyph);
        string? name = null;
        if (path is { IsEmpty: false })
        {
            var bounds = path.Bounds;
            var content = PdfPath.Fill(path);
            name = "X" + (forms.Count + 1).ToString(CultureInfo.InvariantCulture);
            var number = writer.AddStream(
                $"/Type/XObject/Subtype/Form/BBox[{PdfSyntax.Number(Math.Floor(bounds.Left))} {PdfSyntax.Number(Math.Floor(-bounds.Bottom))} {PdfSyntax.Number(Math.Ceiling(bounds.Right))} {PdfSyntax.Number(Math.Ceiling(-bounds.Top))}]",
                content, PdfObjectWriter.ContentSearch);
            forms.Add((name, number));
        }

        outlines.Add((face, glyph), name);
        return name;
    }

    private sealed class OutlineKeyComparer : IEqualityComparer<(FontFace Face, ushort Glyph)>
    {
        public static OutlineKeyComparer Instance { get; } = new();

        public bool Equals((FontFace Face, ushort Glyph) x, (FontFace Face, ushort Glyph) y) => ReferenceEquals(x.Face, y.Face) && x.Glyph == y.Glyph;

        public int GetHashCode((FontFace Face, ushort Glyph) key) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Face), key.Glyph);
    }

    /// <summary>Writes the fonts, graphics states and the dictionary itself (after every page has been drawn).</summary>
    public void Write()
    {
        var dictionary = new StringBuilder("<</ProcSet[/PDF/Text/ImageB/ImageC]");
        if (fontOrder.Count > 0)
        {
            dictionary.Append("/Font<<");
            foreach (var (font, number) in fontOrder)
            {
                font.Write(writer, number, WithCidSets, foreseenPrograms.GetValueOrDefault(font.Face));
                dictionary.Append('/').Append(font.ResourceName).Append(' ').Append(PdfSyntax.Reference(number));
            }

            dictionary.Append(">>");
        }

        if (opacityOrder.Count > 0)
        {
            dictionary.Append("/ExtGState<<");
            foreach (var (name, alpha) in opacityOrder) dictionary.Append('/').Append(name).Append("<</ca ").Append(alpha).Append("/CA ").Append(alpha).Append(">>");
            dictionary.Append(">>");
        }

        if (shadings.Count > 0)
        {
            dictionary.Append("/Shading<<");
            foreach (var (name, shading) in shadings) dictionary.Append('/').Append(name).Append(' ').Append(shading);
            dictionary.Append(">>");
        }

        if (forms.Count > 0)
        {
            dictionary.Append("/XObject<<");
            foreach (var (name, number) in forms) dictionary.Append('/').Append(name).Append(' ').Append(PdfSyntax.Reference(number));
            dictionary.Append(">>");
        }

        writer.Add(Number, dictionary.Append(">>").ToString());
    }
}
