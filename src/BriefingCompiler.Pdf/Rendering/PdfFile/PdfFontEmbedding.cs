using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using BriefingCompiler.Pdf.Fonts;
using HarfBuzzSharp;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// One face of the document as a PDF font: a Type 0 font with Identity-H encoding over a CIDFontType2 whose CIDs
/// are ours — one CID per distinct (glyph, text) pair met while drawing (<see cref="GlyphTextAssignment"/>),
/// mapped to the glyph by <c>/CIDToGIDMap</c> and to the text by ToUnicode. The embedded program is the subset
/// of the glyphs drawn (ids kept), without the shaping tables.
/// </summary>
internal sealed class PdfFontEmbedding(FontFace face, string resourceName)
{
    private readonly Dictionary<(ushort Glyph, string Text), ushort> cids = [];
    private readonly List<(ushort Glyph, string Text)> byCid = [(0, "")]; // CID 0 is .notdef
    /// <summary>Each glyph's advance (<see cref="Advance"/>) by glyph id, NaN until asked: an array, not a dictionary, as it
    /// is read two or three times per glyph drawn.</summary>
    private float[] advances = [];

    /// <summary>The first CID each glyph was given, by glyph id (0: none yet; CID 0 is never given): most glyphs stand for
    /// one text only, and are found here without hashing it. (A CID's pair never changes once given.)</summary>
    private ushort[] firstCids = [];

    /// <summary>A CID no pair has (yet): the .notdef glyph, no text. Those below 32, left when the space took 32 early,
    /// go to the next pairs.</summary>
    private static readonly (ushort Glyph, string Text) Unused = (0, "");
    private readonly Queue<ushort> unused = new();
    private bool spaceAssigned;

    public FontFace Face { get; } = face;

    /// <summary>The font's name in the page resources (/F1, /F2…).</summary>
    public string ResourceName { get; } = resourceName;

    /// <summary>The CID for <paramref name="glyph"/> standing for <paramref name="text"/>.</summary>
    /// <remarks>The space (a glyph standing for " ") is CID 32, the CID word spacing reaches in pdf.js's text
    /// extraction (<see cref="PositionalReaderSteps"/>); other pairs take the other CIDs in the order they come.</remarks>
    public ushort Cid(ushort glyph, string text)
    {
        var first = glyph < firstCids.Length ? firstCids[glyph] : (ushort)0;
        if (first != 0 && string.Equals(byCid[first].Text, text, StringComparison.Ordinal)) return first;
        if (cids.TryGetValue((glyph, text), out var cid)) return cid;
        if (byCid.Count > ushort.MaxValue) throw new InvalidOperationException($"{Face} needs more than 65,535 glyph-and-text pairs in one document.");
        const ushort space = PositionalReaderSteps.SpaceCid;
        if (text == " " && !spaceAssigned)
        {
            spaceAssigned = true;
            while (byCid.Count < space)
            {
                unused.Enqueue((ushort)byCid.Count);
                byCid.Add(Unused);
            }

            if (byCid.Count == space) byCid.Add((glyph, text));
            else byCid[space] = (glyph, text);
            cid = space;
        }
        else if (unused.TryDequeue(out cid))
        {
            byCid[cid] = (glyph, text);
        }
        else
        {
            if (byCid.Count == space && !spaceAssigned) byCid.Add(Unused); // kept for the space
            cid = (ushort)byCid.Count;
            byCid.Add((glyph, text));
        }

        cids.Add((glyph, text), cid);
        if (glyph >= firstCids.Length) Array.Resize(ref firstCids, GrownLength(firstCids.Length, glyph));
        if (firstCids[glyph] == 0) firstCids[glyph] = cid;
        return cid;
    }

    /// <summary><see cref="Advance"/> as a delegate, made once (a method group makes a new one at every use: one per glyph run).</summary>
    public Func<ushort, float> AdvanceOf => advanceOf ??= Advance;

    private Func<ushort, float>? advanceOf;

    /// <summary>The glyph's advance in the font, in thousandths of an em (text space units), as /W gives it.</summary>
    public float Advance(ushort glyph)
    {
        if (glyph < advances.Length && !float.IsNaN(advances[glyph])) return advances[glyph];
        float units;
        if (Face.Shaper is { } shaper)
        {
            units = shaper.GetHorizontalGlyphAdvance(glyph);
        }
        else
        {
            using var font = Face.CreateFont(Face.UnitsPerEm);
            units = font.GetGlyphWidths([glyph])[0];
        }

        // Rounded as written in /W, so pen positions computed from it match the reader's.
        var advance = (float)Math.Round(units * 1000.0 / Face.UnitsPerEm, 1);
        if (glyph >= advances.Length)
        {
            var known = advances.Length;
            Array.Resize(ref advances, GrownLength(known, glyph));
            advances.AsSpan(known).Fill(float.NaN);
        }

        advances[glyph] = advance;
        return advance;
    }

    /// <summary>The length a glyph-indexed array grows to so that it holds <paramref name="glyph"/>: at least double, so a
    /// document's glyphs, met in any order, resize it a few times only.</summary>
    private static int GrownLength(int length, ushort glyph) => Math.Max(glyph + 1, Math.Min(length * 2, ushort.MaxValue + 1));

    /// <summary>Writes the font's objects; <paramref name="fontObject"/> is the Type 0 font the pages refer to. With
    /// <paramref name="cidSet"/> the descriptor lists the CIDs the program has (all of ours: each maps to a glyph kept).
    /// <paramref name="foreseen"/>: the program made from the glyphs of the pages' text runs before they were drawn
    /// (<see cref="PdfResources.ForeseeFontPrograms"/>), embedded if it is of the glyphs the CIDs map to; otherwise the
    /// program is made here.</summary>
    public void Write(PdfObjectWriter writer, int fontObject, bool cidSet = false, FontProgram? foreseen = null)
    {
        var glyphs = byCid.Select(p => p.Glyph).Distinct().Order().ToArray();
        var program = foreseen is not null && foreseen.IsOf(glyphs) ? foreseen : FontProgram.Of(Face, glyphs, writer.Encoders);
        if (!ReferenceEquals(program, foreseen)) foreseen?.Compression.Forgo();
        var name = program.Tag + "+" + PostScriptName();

        var scale = 1000.0 / Face.UnitsPerEm;
        var ((xMin, yMin, xMax, yMax), capHeightInFont) = Face.WithHarfBuzzFace(hbFace => (BoundingBox(hbFace), CapHeight(hbFace)));
        var capHeight = capHeightInFont ?? Face.Ascender;
        var flags = 4 | (Face.Italic ? 64 : 0); // symbolic; italic
        var fontFile = writer.AddStream("/Length1 " + N(program.Length), program.Compression);
        var descriptor = writer.Add(
            "<</Type/FontDescriptor/FontName" + PdfSyntax.Name(name) + "/Flags " + N(flags)
            + "/FontBBox[" + N(xMin * scale) + " " + N(yMin * scale) + " " + N(xMax * scale) + " " + N(yMax * scale) + "]"
            + "/ItalicAngle " + (Face.Italic ? "-12" : "0") + "/Ascent " + N(Face.Ascender * scale) + "/Descent " + N(-Face.Descender * scale)
            + "/CapHeight " + N(capHeight * scale) + "/StemV " + (Face.Weight >= 600 ? "120" : "80") + "/FontFile2 " + PdfSyntax.Reference(fontFile)
            + (cidSet ? "/CIDSet " + PdfSyntax.Reference(writer.AddStream("", CidSet(byCid.Count))) : "") + ">>");

        var map = new byte[byCid.Count * 2];
        for (var cid = 0; cid < byCid.Count; cid++) BinaryPrimitives.WriteUInt16BigEndian(map.AsSpan(cid * 2), byCid[cid].Glyph);
        var cidToGid = writer.AddStream("", map);

        var widths = new StringBuilder("[0[");
        for (var cid = 0; cid < byCid.Count; cid++) (cid == 0 ? widths : widths.Append(' ')).AppendNumber(Advance(byCid[cid].Glyph));
        widths.Append("]]");

        var cidFont = writer.Add(
            $"<</Type/Font/Subtype/CIDFontType2/BaseFont{PdfSyntax.Name(name)}/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>"
            + $"/FontDescriptor {PdfSyntax.Reference(descriptor)}/DW 0/W{widths}/CIDToGIDMap {PdfSyntax.Reference(cidToGid)}>>");
        var toUnicode = writer.AddStream("", Encoding.ASCII.GetBytes(ToUnicodeCMap()));
        writer.Add(fontObject,
            $"<</Type/Font/Subtype/Type0/BaseFont{PdfSyntax.Name(name)}/Encoding/Identity-H/DescendantFonts[{PdfSyntax.Reference(cidFont)}]/ToUnicode {PdfSyntax.Reference(toUnicode)}>>");
    }

    /// <summary>A CIDSet stream (§9.8.3): one bit per CID from 0, high bit first, set for CIDs 0 to <paramref name="count"/> − 1.</summary>
    private static byte[] CidSet(int count)
    {
        var bits = new byte[(count + 7) / 8];
        for (var cid = 0; cid < count; cid++) bits[cid / 8] |= (byte)(0x80 >> (cid % 8));
        return bits;
    }

    /// <summary>
    /// The CMap from CIDs to text (§9.10.3). Glyphs that stand for no text (dots, marks whose letter the base carries)
    /// are drawn as outlines and have no CID; CIDs no pair has are left out.
    /// </summary>
    private string ToUnicodeCMap()
    {
        var mapped = new List<ushort>(byCid.Count);
        for (var cid = 1; cid < byCid.Count; cid++)
        {
            if (byCid[cid].Text.Length > 0) mapped.Add((ushort)cid);
        }

        var cmap = new StringBuilder(256 + mapped.Count * 16);
        cmap.Append("/CIDInit/ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n");
        for (var start = 0; start < mapped.Count; start += 100)
        {
            var end = Math.Min(start + 100, mapped.Count);
            cmap.Append(end - start).Append(" beginbfchar\n");
            for (var k = start; k < end; k++)
            {
                // The text as UTF-16BE in hex: each UTF-16 code unit as four hex digits.
                cmap.Append('<').AppendHex4(mapped[k]).Append("><");
                foreach (var unit in byCid[mapped[k]].Text) cmap.AppendHex4(unit);
                cmap.Append(">\n");
            }

            cmap.Append("endbfchar\n");
        }

        cmap.Append("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n");
        return cmap.ToString();
    }

    private string PostScriptName()
    {
        var style = (Face.Weight >= 600, Face.Italic) switch
        {
            (true, true) => "BoldItalic",
            (true, false) => "Bold",
            (false, true) => "Italic",
            _ => "Regular",
        };
        var family = new string(Face.Family.Where(c => c is > ' ' and < '\x7F' && "()<>[]{}/%#".IndexOf(c) < 0).ToArray());
        return (family.Length == 0 ? "Font" : family) + "-" + style;
    }

    private static (short XMin, short YMin, short XMax, short YMax) BoundingBox(Face face)
    {
        var head = Table(face, "head");
        return head.Length < 44
            ? ((short)0, (short)0, (short)1000, (short)1000)
            : (BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(36)), BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(38)),
               BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(40)), BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(42)));
    }

    private static short? CapHeight(Face face)
    {
        var os2 = Table(face, "OS/2");
        return os2.Length >= 90 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2 ? BinaryPrimitives.ReadInt16BigEndian(os2.AsSpan(88)) : null;
    }

    private static byte[] Table(Face face, string tag)
    {
        using var blob = face.ReferenceTable(Tag.Parse(tag));
        return blob.AsSpan().ToArray();
    }

    private static string N(double value) => PdfSyntax.Number(value);

}
