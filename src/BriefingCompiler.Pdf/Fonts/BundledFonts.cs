using System.Reflection;
using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace BriefingCompiler.Pdf.Fonts;

/// <summary>
/// The faces shipped in the repository's <c>fonts/</c> folder (SIL Open Font License, see fonts/OFL.txt),
/// embedded in this assembly as resources so the built tool needs no files beside it. Embedded resources
/// live in the mapped assembly image, so opening one costs no copy: HarfBuzz reads the bytes in place.
/// </summary>
internal static class BundledFonts
{
    public const string Sans = "Noto Sans";
    public const string SimplifiedChinese = "Noto Sans SC";
    public const string Arabic = "Noto Naskh Arabic";

    private const string ResourcePrefix = "BriefingCompiler.Pdf.Fonts.";

    /// <summary>Family, weight, italic and file name of every bundled face.</summary>
    public static IReadOnlyList<(string Family, int Weight, bool Italic, string File)> Faces { get; } =
    [
        (Sans, 400, false, "NotoSans-Regular.ttf"),
        (Sans, 700, false, "NotoSans-Bold.ttf"),
        (Sans, 400, true, "NotoSans-Italic.ttf"),
        (Sans, 700, true, "NotoSans-BoldItalic.ttf"),
        (SimplifiedChinese, 400, false, "NotoSansSC-Regular.ttf"),
        (SimplifiedChinese, 700, false, "NotoSansSC-Bold.ttf"),
        (Arabic, 400, false, "NotoNaskhArabic-Regular.ttf"),
        (Arabic, 700, false, "NotoNaskhArabic-Bold.ttf"),
    ];

    public static IEnumerable<FontSource> CreateSources() =>
        Faces.Select(f => new FontSource(f.Family, f.Weight, f.Italic, f.File, () => OpenResource(f.File)));

    private static unsafe Blob OpenResource(string file)
    {
        var stream = typeof(BundledFonts).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The bundled font {file} is not embedded in {typeof(BundledFonts).Assembly.GetName().Name}.");
        if (stream is UnmanagedMemoryStream mapped)
        {
            // The pointer stays valid for the life of the process: the assembly is never unloaded.
            return new Blob((IntPtr)mapped.PositionPointer, checked((int)mapped.Length), MemoryMode.ReadOnly);
        }

        using (stream)
        {
            var length = checked((int)stream.Length);
            var memory = NativeMemory.Alloc((nuint)length);
            stream.ReadExactly(new Span<byte>(memory, length));
            return new Blob((IntPtr)memory, length, MemoryMode.ReadOnly, () => NativeMemory.Free(memory));
        }
    }
}
