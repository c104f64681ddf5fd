using System.Buffers.Binary;

namespace BriefingCompiler.Pdf.Fonts;

/// <summary>
/// The structural check of a TrueType (sfnt) file before HarfBuzz, hb-subset or Skia reads it: the table directory
/// lies inside the file and every table inside the file, the tables a TrueType face needs (head, hhea, hmtx, maxp,
/// cmap, loca, glyf) are there and agree with each other (numGlyphs, the number of horizontal metrics, the loca
/// format), loca rises monotonically inside glyf, and every glyph's outline — contours, points, flags, coordinates,
/// the components of a composite glyph — fits in the bytes loca gives it. HarfBuzz and FreeType bound every read,
/// so damage does not crash them; it makes them draw nothing or the wrong thing without a word, which is what this
/// check prevents. Pure: bytes in, the problem (or null) and the glyph lengths out.
/// </summary>
internal static class TrueTypeStructure
{
    private static readonly string[] RequiredTables = ["head", "hhea", "hmtx", "maxp", "cmap", "loca", "glyf"];

    /// <summary>A table directory with more entries than this is damage (real fonts have 10 to 40 tables).</summary>
    private const int MaxTables = 256;

    /// <summary>Checks <paramref name="font"/>; on success <paramref name="glyphLengths"/> holds each glyph's outline
    /// length in bytes (0: an empty glyph, such as the space) and the result is null; otherwise the problem.</summary>
    public static string? Check(ReadOnlySpan<byte> font, out int[] glyphLengths)
    {
        glyphLengths = [];
        if (font.Length < 4) return "too short to be a font";
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version == 0x4F54544F) return "CFF (PostScript) outlines; only TrueType outlines embed as real fonts in PDF";
        if (version == 0x74746366) return "a font collection (.ttc); give each face as a .ttf file of its own";
        if (version is 0x774F4646 or 0x774F4632) return "a web font (WOFF); convert it to a .ttf file";
        if (version is not (0x00010000 or 0x74727565)) return "not a TrueType font file";
        if (font.Length < 12) return "truncated: too short to be a font";

        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        if (tableCount is 0 or > MaxTables) return $"its table directory is damaged ({tableCount} tables)";
        if (12 + 16L * tableCount > font.Length) return "truncated: the file ends inside its table directory";

        var tables = new Dictionary<string, (int Offset, int Length)>(StringComparer.Ordinal);
        for (var i = 0; i < tableCount; i++)
        {
            var record = font.Slice(12 + 16 * i, 16);
            // A damaged tag may hold any bytes: only printable ASCII reaches a message.
            var tag = string.Concat(record[..4].ToArray().Select(b => b is >= 0x20 and < 0x7F ? (char)b : '?'));
            long offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            long length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset + length > font.Length)
                return $"truncated or damaged: its '{tag.TrimEnd()}' table ({length:N0} bytes at {offset:N0}) reaches past the end of the file ({font.Length:N0} bytes)";
            if (!tables.TryAdd(tag, ((int)offset, (int)length)))
                return $"its table directory lists '{tag.TrimEnd()}' twice";
        }

        if (RequiredTables.FirstOrDefault(t => !tables.ContainsKey(t)) is { } missing)
            return missing is "glyf" or "loca"
                ? $"it has no '{missing}' table: not TrueType outlines (CFF outlines or a bitmap font)"
                : $"it has no '{missing}' table, which every font needs";

        var head = Table(font, tables, "head");
        if (head.Length < 54 || BinaryPrimitives.ReadUInt32BigEndian(head[12..]) != 0x5F0F3CF5)
            return "its 'head' table is damaged";
        var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        if (unitsPerEm is < 16 or > 16384) return $"its 'head' table gives {unitsPerEm} units per em (16 to 16,384 are valid)";
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head[50..]);
        if (longOffsets is not (0 or 1)) return "its 'head' table gives an unknown 'loca' format";

        var maxp = Table(font, tables, "maxp");
        if (maxp.Length < 6) return "its 'maxp' table is damaged";
        int glyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]);
        if (glyphCount == 0) return "it has no glyphs";

        var hhea = Table(font, tables, "hhea");
        if (hhea.Length < 36) return "its 'hhea' table is damaged";
        int metricCount = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        if (metricCount == 0)
            return "its 'hhea' table gives no horizontal metrics";
        metricCount = Math.Min(metricCount, glyphCount); // more metrics than glyphs: the rest are unused, as HarfBuzz reads them
        if (tables["hmtx"].Length < 4L * metricCount + 2L * (glyphCount - metricCount))
            return $"its 'hmtx' table is too short for {glyphCount} glyphs";

        var loca = Table(font, tables, "loca");
        var entrySize = longOffsets == 1 ? 4 : 2;
        if (loca.Length < (glyphCount + 1L) * entrySize)
            return $"its 'loca' table is too short for {glyphCount} glyphs (the 'maxp' glyph count)";
        var glyf = Table(font, tables, "glyf");
        var lengths = new int[glyphCount];
        var previous = LocaEntry(loca, 0, longOffsets == 1);
        for (var glyph = 0; glyph < glyphCount; glyph++)
        {
            var next = LocaEntry(loca, glyph + 1, longOffsets == 1);
            if (next < previous) return $"its 'loca' table is damaged: glyph {glyph} ends before it starts";
            if (next > glyf.Length)
                return $"its 'loca' table is damaged: glyph {glyph} lies past the end of the 'glyf' table";
            lengths[glyph] = (int)(next - previous);
            if (lengths[glyph] > 0 && OutlineProblem(glyf.Slice((int)previous, lengths[glyph]), glyphCount) is { } problem)
                return $"glyph {glyph} is damaged: {problem}";
            previous = next;
        }

        if (CmapProblem(Table(font, tables, "cmap"), glyphCount) is { } cmap)
            return cmap;
        glyphLengths = lengths;
        return null;
    }

    /// <summary>
    /// Every Unicode subtable of the cmap in the formats fonts use for text (4: BMP segments, 12: groups) must map
    /// characters only to glyphs that exist. HarfBuzz looks such a glyph up without complaint and hb-subset then drops
    /// it: the character would print as nothing, or as the missing-glyph box, and the text would read wrong.
    /// </summary>
    private static string? CmapProblem(ReadOnlySpan<byte> cmap, int glyphCount)
    {
        if (cmap.Length < 4) return "its 'cmap' table is damaged";
        int subtables = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        if (4 + 8L * subtables > cmap.Length) return "its 'cmap' table is damaged: its subtable list is cut short";
        for (var i = 0; i < subtables; i++)
        {
            var platform = BinaryPrimitives.ReadUInt16BigEndian(cmap[(4 + 8 * i)..]);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(cmap[(6 + 8 * i)..]);
            if (!(platform == 0 || (platform == 3 && encoding is 1 or 10))) continue; // Unicode subtables only
            long offset = BinaryPrimitives.ReadUInt32BigEndian(cmap[(8 + 8 * i)..]);
            if (offset + 8 > cmap.Length) return "its 'cmap' table is damaged: a subtable lies past its end";
            var subtable = cmap[(int)offset..];
            var problem = BinaryPrimitives.ReadUInt16BigEndian(subtable) switch
            {
                4 => SegmentMappingProblem(subtable, glyphCount),
                12 => GroupMappingProblem(subtable, glyphCount),
                _ => null,
            };
            if (problem is not null) return $"its 'cmap' table is damaged: {problem}";
        }

        return null;
    }

    private static string? SegmentMappingProblem(ReadOnlySpan<byte> subtable, int glyphCount)
    {
        int length = BinaryPrimitives.ReadUInt16BigEndian(subtable[2..]);
        if (length > subtable.Length || length < 14) return "a format 4 subtable reaches past the table";
        var table = subtable[..length];
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var rangeOffsets = deltas + 2 * segments;
        if (rangeOffsets + 2 * segments > length) return "a format 4 subtable is cut short";
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + 2 * s)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + 2 * s)..]);
            var delta = BinaryPrimitives.ReadUInt16BigEndian(table[(deltas + 2 * s)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[(rangeOffsets + 2 * s)..]);
            if (start > end || (start == 0xFFFF && end == 0xFFFF)) continue;
            for (var c = start; c <= end; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    // idRangeOffset counts from its own place to the glyph id of the segment's first character.
                    var at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    if (at + 2 > length) return $"U+{c:X4} maps to a glyph id past the subtable's end";
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(table[at..]);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }

                if (glyph >= glyphCount) return $"it maps U+{c:X4} to glyph {glyph}, but the font has {glyphCount} glyphs";
            }
        }

        return null;
    }

    private static string? GroupMappingProblem(ReadOnlySpan<byte> subtable, int glyphCount)
    {
        if (subtable.Length < 16) return "a format 12 subtable is cut short";
        long groups = BinaryPrimitives.ReadUInt32BigEndian(subtable[12..]);
        if (16 + 12 * groups > subtable.Length) return "a format 12 subtable reaches past the table";
        for (var g = 0; g < groups; g++)
        {
            var group = subtable.Slice(16 + 12 * g, 12);
            long start = BinaryPrimitives.ReadUInt32BigEndian(group);
            long end = BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            long first = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            if (end < start || end > 0x10FFFF) return $"a group of characters from U+{start:X4} is not a range of Unicode characters";
            if (first + (end - start) >= glyphCount)
            {
                var character = first >= glyphCount ? start : start + (glyphCount - first);
                return $"it maps U+{character:X4} to glyph {first + (character - start)}, but the font has {glyphCount} glyphs";
            }
        }

        return null;
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, Dictionary<string, (int Offset, int Length)> tables, string tag) =>
        font.Slice(tables[tag].Offset, tables[tag].Length);

    private static long LocaEntry(ReadOnlySpan<byte> loca, int index, bool longOffsets) =>
        longOffsets ? BinaryPrimitives.ReadUInt32BigEndian(loca[(index * 4)..]) : BinaryPrimitives.ReadUInt16BigEndian(loca[(index * 2)..]) * 2L;

    /// <summary>What is wrong with one glyph's outline (OpenType 'glyf'), or null when every part of it fits.</summary>
    private static string? OutlineProblem(ReadOnlySpan<byte> glyph, int glyphCount)
    {
        if (glyph.Length < 10) return "shorter than a glyph header";
        var contours = BinaryPrimitives.ReadInt16BigEndian(glyph);
        return contours switch
        {
            >= 0 => SimpleOutlineProblem(glyph, contours),
            -1 => CompositeProblem(glyph, glyphCount),
            _ => $"{contours} contours",
        };
    }

    private static string? SimpleOutlineProblem(ReadOnlySpan<byte> glyph, int contours)
    {
        var at = 10;
        if (at + 2 * contours + 2 > glyph.Length) return "its contour ends lie past its end";
        var points = 0;
        for (var c = 0; c < contours; c++)
        {
            var end = BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2 * c)..]) + 1;
            if (end < points) return "its contour ends go backwards";
            points = end;
        }

        at += 2 * contours;
        at += 2 + BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]); // instructions
        long xBytes = 0, yBytes = 0;
        for (var point = 0; point < points;)
        {
            if (at >= glyph.Length) return "its point flags run past its end";
            var flag = glyph[at++];
            var count = 1;
            if ((flag & 0x08) != 0)
            {
                if (at >= glyph.Length) return "its point flags run past its end";
                count += glyph[at++];
            }

            if (point + count > points) return "its point flags repeat past its last point";
            // x: short (1 byte) when bit 1 is set, else 2 bytes unless bit 4 says "same as before"; y likewise with bits 2 and 5.
            xBytes += count * ((flag & 0x02) != 0 ? 1 : (flag & 0x10) != 0 ? 0 : 2);
            yBytes += count * ((flag & 0x04) != 0 ? 1 : (flag & 0x20) != 0 ? 0 : 2);
            point += count;
        }

        return at + xBytes + yBytes > glyph.Length ? "its coordinates run past its end" : null;
    }

    private static string? CompositeProblem(ReadOnlySpan<byte> glyph, int glyphCount)
    {
        var at = 10;
        int flags;
        do
        {
            if (at + 4 > glyph.Length) return "its components run past its end";
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            var component = BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]);
            if (component >= glyphCount) return $"a component is glyph {component}, but the font has {glyphCount} glyphs";
            at += 4 + ((flags & 0x0001) != 0 ? 4 : 2); // arguments: words or bytes
            at += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0; // scale
        }
        while ((flags & 0x0020) != 0); // more components

        if (at > glyph.Length) return "its components run past its end";
        if ((flags & 0x0100) != 0)
        {
            if (at + 2 > glyph.Length) return "its instructions run past its end";
            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
        }

        return at > glyph.Length ? "its instructions run past its end" : null;
    }
}
