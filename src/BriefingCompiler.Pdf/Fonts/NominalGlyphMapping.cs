using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace BriefingCompiler.Pdf.Fonts;

/// <summary>
/// The character → glyph mapping HarfBuzz reads from a face's cmap (the subtable it picks, after its sanitizer), through
/// P/Invoke into libHarfBuzzSharp, which exports <c>hb_face_collect_nominal_glyph_mapping</c> but has no managed API
/// for it. What this returns is exactly what shaping and hb-subset will use.
/// </summary>
internal static partial class NominalGlyphMapping
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>Every (code point, glyph id) pair of the face's cmap, in code point order.</summary>
    public static IReadOnlyList<(int CodePoint, int Glyph)> Of(Face face)
    {
        var map = hb_map_create();
        try
        {
            hb_face_collect_nominal_glyph_mapping(face.Handle, map, IntPtr.Zero);
            var pairs = new List<(int, int)>();
            var index = -1;
            while (hb_map_next(map, ref index, out var key, out var value) != 0)
                pairs.Add(((int)key, (int)value));
            pairs.Sort();
            return pairs;
        }
        finally
        {
            hb_map_destroy(map);
        }
    }

    [LibraryImport(Library)]
    private static partial IntPtr hb_map_create();

    [LibraryImport(Library)]
    private static partial void hb_map_destroy(IntPtr map);

    [LibraryImport(Library)]
    private static partial int hb_map_next(IntPtr map, ref int index, out uint key, out uint value);

    [LibraryImport(Library)]
    private static partial void hb_face_collect_nominal_glyph_mapping(IntPtr face, IntPtr mapping, IntPtr unicodes);
}
