using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace BriefingCompiler.Pdf.Fonts;

/// <summary>
/// hb-subset through P/Invoke into the libHarfBuzzSharp that HarfBuzzSharp already ships (it exports the
/// subsetter but has no managed API for it). Two uses: a face cut to a document's characters for the text engine
/// (<see cref="Subset"/>: it keeps the OpenType layout closure of the code points, so shaping the subset gives the same
/// glyphs and advances as shaping the whole face), and the program the PDF writer embeds, cut to the glyphs drawn
/// (<see cref="SubsetForEmbedding"/>).
/// </summary>
internal static partial class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>HB_SUBSET_FLAGS_NO_HINTING: PDF viewers rasterise outlines themselves; hints only add bytes.</summary>
    private const uint NoHinting = 0x1;

    /// <summary>HB_SUBSET_FLAGS_RETAIN_GIDS: glyphs keep their ids (the ones left out become empty).</summary>
    private const uint RetainGlyphIds = 0x2;

    /// <summary>HB_SUBSET_SETS_DROP_TABLE_TAG.</summary>
    private const int DropTableSet = 3;

    /// <summary>Tables a PDF viewer never reads from an embedded TrueType font: the text is shaped already.</summary>
    private static readonly string[] ShapingTables = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "morx", "feat", "STAT", "meta", "DSIG"];

    /// <summary>
    /// Tables a reader never uses in the program of a CIDFontType2 with a <c>/CIDToGIDMap</c> written horizontally
    /// (Identity-H): the map, not the font's <c>cmap</c>, takes a CID to its glyph (ISO 32000-1 §9.7.4.2; §9.9 lists the
    /// tables a TrueType program needs, and <c>cmap</c> only for simple fonts), and vertical metrics serve vertical
    /// writing only. In a CJK subset they are ~5 % of the program (the <c>cmap</c> of a few hundred ideographs, one
    /// vertical metric per glyph): bytes written and compressed for nothing.
    /// </summary>
    private static readonly string[] UnreadTables = ["cmap", "vhea", "vmtx", "VORG"];

    /// <summary>The bytes of a font holding only <paramref name="codePoints"/> (plus .notdef and whatever
    /// glyphs their substitutions reach).</summary>
    public static byte[] Subset(Face face, IEnumerable<int> codePoints) => Subset(face, NoHinting, input =>
    {
        var unicodes = hb_subset_input_unicode_set(input);
        foreach (var codePoint in codePoints) hb_set_add(unicodes, (uint)codePoint);
    });

    /// <summary>The font to embed in a PDF: only <paramref name="glyphs"/> (ids of <paramref name="face"/>, which keep
    /// their numbers), without the shaping tables, the cmap, vertical metrics or hints.</summary>
    /// <remarks>Glyph ids are kept (RETAIN_GIDS) rather than renumbered: the faces are subsets already (the text engine
    /// subsets each face to the document's characters, <see cref="Text.DocumentFontSet"/>), so the glyphs left out in
    /// between are few (the founding zh briefing: 409 glyphs drawn, ids up to 420) and cost a few bytes of loca and hmtx.</remarks>
    public static byte[] SubsetForEmbedding(Face face, IEnumerable<ushort> glyphs) => Subset(face, NoHinting | RetainGlyphIds, input =>
    {
        var set = hb_subset_input_glyph_set(input);
        hb_set_add(set, 0);
        foreach (var glyph in glyphs) hb_set_add(set, glyph);
        var drop = hb_subset_input_set(input, DropTableSet);
        foreach (var tag in ShapingTables.Concat(UnreadTables)) hb_set_add(drop, Tag.Parse(tag));
    });

    private static byte[] Subset(Face face, uint flags, Action<IntPtr> fill)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero) throw new InvalidOperationException("hb_subset_input_create_or_fail returned null.");
        try
        {
            hb_subset_input_set_flags(input, flags);
            fill(input);

            var subset = hb_subset_or_fail(face.Handle, input);
            if (subset == IntPtr.Zero) throw new InvalidOperationException("hb-subset failed.");
            try
            {
                var blob = hb_face_reference_blob(subset);
                try
                {
                    var data = hb_blob_get_data(blob, out var length);
                    if (data == IntPtr.Zero || length == 0) throw new InvalidOperationException("hb-subset produced an empty font.");
                    var bytes = GC.AllocateUninitializedArray<byte>(checked((int)length)); // written over at once: no zeroing
                    Marshal.Copy(data, bytes, 0, checked((int)length));
                    return bytes;
                }
                finally
                {
                    hb_blob_destroy(blob);
                }
            }
            finally
            {
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_set(IntPtr input, int setType);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codePoint);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);
}
