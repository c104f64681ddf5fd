using System.IO.Compression;
using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace BriefingCompiler.Pdf.Fonts;

/// <summary>
/// The faces shipped in the repository's <c>fonts/</c> folder (SIL Open Font License, see fonts/OFL.txt and
/// fonts/README.md), embedded in this assembly as resources so the built tool needs no files beside it. Most are
/// embedded as they are: they live in the mapped assembly image, so opening one costs no copy (HarfBuzz reads the
/// bytes in place). The large CJK faces that few documents need are embedded Brotli-compressed (<c>.ttf.br</c>, made
/// at build time by the project file) and decompressed into native memory when a document first needs one.
/// </summary>
internal static class BundledFonts
{
    public const string Sans = "Noto Sans";
    public const string Serif = "Noto Serif";

    /// <summary>The generic <c>serif</c> family: metric-compatible with Times New Roman, the serif browsers use.</summary>
    public const string TimesCompatibleSerif = "Tinos";
    public const string Mono = "Noto Sans Mono";
    public const string SimplifiedChinese = "Noto Sans SC";
    public const string TraditionalChinese = "Noto Sans TC";
    public const string HongKongChinese = "Noto Sans HK";
    public const string Japanese = "Noto Sans JP";
    public const string Korean = "Noto Sans KR";
    public const string SimplifiedChineseSerif = "Noto Serif SC";
    public const string TraditionalChineseSerif = "Noto Serif TC";
    public const string JapaneseSerif = "Noto Serif JP";
    public const string KoreanSerif = "Noto Serif KR";
    public const string Arabic = "Noto Naskh Arabic";
    public const string Symbols = "Noto Sans Symbols";
    public const string Symbols2 = "Noto Sans Symbols 2";
    public const string Math = "Noto Sans Math";
    public const string Emoji = "Noto Emoji";

    private const string ResourcePrefix = "BriefingCompiler.Pdf.Fonts.";

    /// <summary>Every bundled face: family, weight, italic, file name and the scripts it is bundled for (ISO 15924
    /// codes, as <c>briefc fonts</c> lists them; the faces also hold Latin digits and punctuation).</summary>
    public static IReadOnlyList<BundledFace> Faces { get; } =
    [
        .. Family(Sans, "NotoSans", "Latn Grek Cyrl", italics: true),
        .. Family(Serif, "NotoSerif", "Latn Grek Cyrl", italics: true),
        .. Family(TimesCompatibleSerif, "Tinos", "Latn Grek Cyrl Hebr", italics: true),
        .. Family(Mono, "NotoSansMono", "Latn Grek Cyrl"),
        .. Family(SimplifiedChinese, "NotoSansSC", "Hans Hani Kana Hira Bopo"),
        .. Family(TraditionalChinese, "NotoSansTC", "Hant Hani Bopo"),
        .. Family(HongKongChinese, "NotoSansHK", "Hant Hani"),
        .. Family(Japanese, "NotoSansJP", "Jpan Hani Hira Kana"),
        .. Family(Korean, "NotoSansKR", "Kore Hang Hani"),
        .. Family(SimplifiedChineseSerif, "NotoSerifSC", "Hans Hani Kana Hira Bopo"),
        .. Family(TraditionalChineseSerif, "NotoSerifTC", "Hant Hani Bopo"),
        .. Family(JapaneseSerif, "NotoSerifJP", "Jpan Hani Hira Kana"),
        .. Family(KoreanSerif, "NotoSerifKR", "Kore Hang Hani"),
        .. Family(Arabic, "NotoNaskhArabic", "Arab"),
        .. Family("Noto Sans Hebrew", "NotoSansHebrew", "Hebr"),
        .. Family("Noto Sans Thai", "NotoSansThai", "Thai"),
        .. Family("Noto Sans Lao", "NotoSansLao", "Laoo"),
        .. Family("Noto Sans Khmer", "NotoSansKhmer", "Khmr"),
        .. Family("Noto Sans Myanmar", "NotoSansMyanmar", "Mymr"),
        .. Family("Noto Sans Armenian", "NotoSansArmenian", "Armn"),
        .. Family("Noto Sans Georgian", "NotoSansGeorgian", "Geor"),
        .. Family("Noto Sans Ethiopic", "NotoSansEthiopic", "Ethi"),
        .. Family("Noto Sans Devanagari", "NotoSansDevanagari", "Deva"),
        .. Family("Noto Sans Bengali", "NotoSansBengali", "Beng"),
        .. Family("Noto Sans Gurmukhi", "NotoSansGurmukhi", "Guru"),
        .. Family("Noto Sans Gujarati", "NotoSansGujarati", "Gujr"),
        .. Family("Noto Sans Oriya", "NotoSansOriya", "Orya"),
        .. Family("Noto Sans Tamil", "NotoSansTamil", "Taml"),
        .. Family("Noto Sans Telugu", "NotoSansTelugu", "Telu"),
        .. Family("Noto Sans Kannada", "NotoSansKannada", "Knda"),
        .. Family("Noto Sans Malayalam", "NotoSansMalayalam", "Mlym"),
        .. Family("Noto Sans Sinhala", "NotoSansSinhala", "Sinh"),
        .. Family("Noto Sans Thaana", "NotoSansThaana", "Thaa"),
        .. Family("Noto Serif Tibetan", "NotoSerifTibetan", "Tibt"),
        .. Family(Symbols, "NotoSansSymbols", "Zsym"),
        .. Family(Emoji, "NotoEmoji", "Zsye"),
        new(Symbols2, 400, false, "NotoSansSymbols2-Regular.ttf", "Zsym Brai"),
        new(Math, 400, false, "NotoSansMath-Regular.ttf", "Zmth"),
        new("Noto Sans Tifinagh", 400, false, "NotoSansTifinagh-Regular.ttf", "Tfng"),
        new("Noto Sans Mongolian", 400, false, "NotoSansMongolian-Regular.ttf", "Mong"),
    ];

    /// <summary>Regular and Bold (and, with <paramref name="italics"/>, Italic and Bold Italic) of a family whose files
    /// are named <c>{prefix}-Regular.ttf</c> and so on.</summary>
    private static IEnumerable<BundledFace> Family(string family, string prefix, string scripts, bool italics = false)
    {
        yield return new(family, 400, false, prefix + "-Regular.ttf", scripts);
        yield return new(family, 700, false, prefix + "-Bold.ttf", scripts);
        if (!italics) yield break;
        yield return new(family, 400, true, prefix + "-Italic.ttf", scripts);
        yield return new(family, 700, true, prefix + "-BoldItalic.ttf", scripts);
    }

    public static IEnumerable<FontSource> CreateSources() =>
        Faces.Select(f => new FontSource(f.Family, f.Weight, f.Italic, f.File, () => OpenResource(f.File)));

    /// <summary>Whether the face is embedded Brotli-compressed (it then costs a decompression when first used).</summary>
    public static bool IsCompressed(string file) =>
        typeof(BundledFonts).Assembly.GetManifestResourceInfo(ResourcePrefix + file + ".br") is not null;

    private static unsafe Blob OpenResource(string file)
    {
        var assembly = typeof(BundledFonts).Assembly;
        if (assembly.GetManifestResourceStream(ResourcePrefix + file + ".br") is { } compressed)
            return Decompress(compressed, file);
        var stream = assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The bundled font {file} is not embedded in {assembly.GetName().Name}.");
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

    /// <summary>The font a <c>.ttf.br</c> resource holds, in native memory that HarfBuzz frees with the blob. The
    /// decompressed length is not stored: the buffer starts at four times the compressed size (CJK faces compress
    /// to about 40 %) and doubles when that is too small.</summary>
    private static unsafe Blob Decompress(Stream compressed, string file)
    {
        using (compressed)
        {
            var source = compressed is UnmanagedMemoryStream mapped
                ? new ReadOnlySpan<byte>(mapped.PositionPointer, checked((int)mapped.Length))
                : ReadAll(compressed);
            var capacity = checked(source.Length * 4);
            while (true)
            {
                var memory = NativeMemory.Alloc((nuint)capacity);
                using var decoder = new BrotliDecoder();
                var status = decoder.Decompress(source, new Span<byte>(memory, capacity), out var consumed, out var written);
                if (status == System.Buffers.OperationStatus.Done && consumed == source.Length)
                    return new Blob((IntPtr)memory, written, MemoryMode.ReadOnly, () => NativeMemory.Free(memory));
                NativeMemory.Free(memory);
                if (status != System.Buffers.OperationStatus.DestinationTooSmall)
                    throw new InvalidOperationException($"The bundled font {file}.br is not valid Brotli data ({status}).");
                capacity = checked(capacity * 2);
            }
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
