using System.Text;

namespace BriefingCompiler.Pdf.Tests.Fonts;

/// <summary>
/// A copy of a bundled font under another family name, made in the test that needs one (a family briefc does not
/// bundle, as a system's "Helvetica Neue" or "Liberation Serif" would be): every "Noto" in its 'name' table — family,
/// full and PostScript names, in the 8-bit and the UTF-16 records — becomes <c>prefix</c>, a word of the same length,
/// so no offset moves.
/// </summary>
internal static class RenamedFont
{
    public static byte[] Of(string bundledFile, string prefix)
    {
        if (prefix.Length != 4 || !prefix.All(char.IsAsciiLetter))
            throw new ArgumentException("four ASCII letters, as long as \"Noto\"", nameof(prefix));
        var font = BundledFontFiles.Read(bundledFile);
        var (offset, length) = BundledFontFiles.Table(font, "name");
        var table = font.AsSpan(offset, length);
        Replace(table, Encoding.ASCII.GetBytes("Noto"), Encoding.ASCII.GetBytes(prefix));
        Replace(table, Encoding.BigEndianUnicode.GetBytes("Noto"), Encoding.BigEndianUnicode.GetBytes(prefix));
        return font;
    }

    private static void Replace(Span<byte> bytes, byte[] from, byte[] to)
    {
        for (var at = bytes.IndexOf(from); at >= 0;)
        {
            to.CopyTo(bytes[at..]);
            var next = bytes[(at + from.Length)..].IndexOf(from);
            at = next < 0 ? -1 : at + from.Length + next;
        }
    }
}
