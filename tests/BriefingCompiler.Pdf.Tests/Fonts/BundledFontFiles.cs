using System.Buffers.Binary;

namespace BriefingCompiler.Pdf.Tests.Fonts;

/// <summary>The repository's bundled font files as tests read them, and their table directory. Needs nothing of the
/// engine, so BriefingCompiler.Tests links it too (with <see cref="RenamedFont"/>).</summary>
internal static class BundledFontFiles
{
    /// <summary>The repository's fonts/ folder, found upwards from the test binaries.</summary>
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "fonts", "OFL.txt"))) return Path.Combine(dir.FullName, "fonts");
        throw new DirectoryNotFoundException("fonts/ not found above the test directory");
    }

    public static byte[] Read(string file) => File.ReadAllBytes(Path.Combine(Folder(), file));

    /// <summary>Offset and length of a table, from the table directory.</summary>
    public static (int Offset, int Length) Table(byte[] font, string tag)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + 16 * i, 16);
            if (System.Text.Encoding.ASCII.GetString(record[..4]) == tag)
                return ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }

        throw new ArgumentException($"no '{tag}' table");
    }
}
