using System.Buffers.Binary;

namespace BriefingCompiler.Pdf.Tests.Fonts;

/// <summary>
/// Damaged copies of a bundled font, made in the test that needs them (nothing large is committed): each method takes
/// the bytes of a sound TrueType file and returns a copy with one kind of damage that real files show — cut short,
/// an OpenType layout table overwritten, a cmap pointing at glyphs that do not exist, glyphs lying outside 'glyf'.
/// </summary>
internal static class DamagedFont
{
    public static string RepositoryFontsFolder() => BundledFontFiles.Folder();

    public static byte[] Bundled(string file) => BundledFontFiles.Read(file);

    /// <summary>Offset and length of a table, from the table directory.</summary>
    public static (int Offset, int Length) Table(byte[] font, string tag) => BundledFontFiles.Table(font, tag);

    /// <summary>The first <paramref name="fraction"/> of the file, as a download or copy cut short leaves it.</summary>
    public static byte[] Truncated(byte[] font, double fraction) => font[..(int)(font.Length * fraction)];

    /// <summary>The table's bytes after its version overwritten with a repeating pattern, as a bad editor or a bit-rotted
    /// disk leaves them: every offset in it then points somewhere wrong.</summary>
    public static byte[] OverwrittenTable(byte[] font, string tag, byte pattern = 0x7F)
    {
        var copy = (byte[])font.Clone();
        var (offset, length) = Table(copy, tag);
        copy.AsSpan(offset + 4, length - 4).Fill(pattern);
        return copy;
    }

    /// <summary>Every Unicode cmap subtable (formats 4 and 12) shifted so that characters map to glyph ids past the
    /// font's last glyph.</summary>
    public static byte[] CmapPastLastGlyph(byte[] font)
    {
        var copy = (byte[])font.Clone();
        var (cmap, _) = Table(copy, "cmap");
        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(copy.AsSpan(Table(copy, "maxp").Offset + 4));
        int subtables = BinaryPrimitives.ReadUInt16BigEndian(copy.AsSpan(cmap + 2));
        var done = new HashSet<int>();
        for (var i = 0; i < subtables; i++)
        {
            var at = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(copy.AsSpan(cmap + 4 + 8 * i + 4));
            if (!done.Add(at)) continue;
            var format = BinaryPrimitives.ReadUInt16BigEndian(copy.AsSpan(at));
            if (format == 4)
            {
                int segments = BinaryPrimitives.ReadUInt16BigEndian(copy.AsSpan(at + 6)) / 2;
                var deltas = at + 14 + 2 * segments + 2 + 2 * segments;
                for (var s = 0; s < segments; s++)
                {
                    var delta = copy.AsSpan(deltas + 2 * s);
                    BinaryPrimitives.WriteUInt16BigEndian(delta, (ushort)(BinaryPrimitives.ReadUInt16BigEndian(delta) + glyphs));
                }
            }
            else if (format == 12)
            {
                var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(copy.AsSpan(at + 12));
                for (var g = 0; g < groups; g++)
                {
                    var start = copy.AsSpan(at + 16 + 12 * g + 8);
                    BinaryPrimitives.WriteUInt32BigEndian(start, BinaryPrimitives.ReadUInt32BigEndian(start) + (uint)glyphs);
                }
            }
        }

        return copy;
    }

    /// <summary>The 'loca' offsets of the glyphs from <paramref name="firstGlyph"/> on pointed past the end of 'glyf'.</summary>
    public static byte[] LocaPastGlyf(byte[] font, int firstGlyph)
    {
        var copy = (byte[])font.Clone();
        var (head, _) = Table(copy, "head");
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(copy.AsSpan(head + 50)) == 1;
        var (loca, length) = Table(copy, "loca");
        var (_, glyfLength) = Table(copy, "glyf");
        var size = longOffsets ? 4 : 2;
        for (var at = loca + firstGlyph * size; at + size <= loca + length; at += size)
        {
            if (longOffsets) BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(at), (uint)glyfLength + 4096);
            else BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(at), (ushort)Math.Min(0xFFFF, glyfLength / 2 + 2048));
        }

        return copy;
    }

    /// <summary>The glyph that <paramref name="character"/> maps to emptied (its 'loca' entry moved up to its end), as a
    /// damaged 'loca' leaves it: the character would print as nothing.</summary>
    public static byte[] GlyphEmptied(byte[] font, char character)
    {
        var copy = (byte[])font.Clone();
        var glyph = GlyphOf(copy, character);
        var (head, _) = Table(copy, "head");
        var (loca, _) = Table(copy, "loca");
        if (BinaryPrimitives.ReadInt16BigEndian(copy.AsSpan(head + 50)) == 1)
            copy.AsSpan(loca + 4 * (glyph + 1), 4).CopyTo(copy.AsSpan(loca + 4 * glyph));
        else
            copy.AsSpan(loca + 2 * (glyph + 1), 2).CopyTo(copy.AsSpan(loca + 2 * glyph));
        return copy;
    }

    private static int GlyphOf(byte[] font, char character)
    {
        using var blob = BriefingCompiler.Pdf.Fonts.NativeBlob.CopyOf(font);
        using var face = new HarfBuzzSharp.Face(blob, 0);
        using var hbFont = new HarfBuzzSharp.Font(face);
        return hbFont.TryGetNominalGlyph(character, out var id) ? (int)id : throw new ArgumentException($"no glyph for {character}");
    }

    /// <summary>The outline of the glyph that <paramref name="character"/> maps to claims far more contours than its
    /// bytes hold, so its points and coordinates would be read from the glyphs after it.</summary>
    public static byte[] GlyphOutlineCut(byte[] font, char character)
    {
        var copy = (byte[])font.Clone();
        var glyph = GlyphOf(copy, character);
        var (head, _) = Table(copy, "head");
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(copy.AsSpan(head + 50)) == 1;
        var (loca, _) = Table(copy, "loca");
        var start = longOffsets
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(copy.AsSpan(loca + 4 * glyph))
            : BinaryPrimitives.ReadUInt16BigEndian(copy.AsSpan(loca + 2 * glyph)) * 2;
        BinaryPrimitives.WriteInt16BigEndian(copy.AsSpan(Table(copy, "glyf").Offset + start), 3000);
        return copy;
    }
}
