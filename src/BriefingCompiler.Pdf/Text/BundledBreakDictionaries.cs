namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// The break dictionaries embedded in this assembly (the repository's <c>break-dictionaries/</c>, ICU's word lists
/// for the scripts UAX #14 leaves to a dictionary: class SA). Each is read the first time a paragraph of its
/// script is broken, so a document without Thai, Lao, Khmer or Myanmar text reads none.
/// </summary>
internal static class BundledBreakDictionaries
{
    private const string ResourcePrefix = "BriefingCompiler.Pdf.BreakDictionaries.";

    /// <summary>The embedded files and the script each serves: its Unicode blocks, first and last code point.</summary>
    public static IReadOnlyList<(string File, string Script, (int First, int Last)[] Blocks)> Files { get; } =
    [
        ("thaidict.dict", "Thai", [(0x0E00, 0x0E7F)]),
        ("laodict.dict", "Lao", [(0x0E80, 0x0EFF)]),
        ("khmerdict.dict", "Khmer", [(0x1780, 0x17FF), (0x19E0, 0x19FF)]),
        ("burmesedict.dict", "Myanmar", [(0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F)]),
    ];

    // Lazily read, immutable once read: the same bytes for every document and thread.
    private static readonly Lazy<BreakDictionary>[] Loaded =
        Files.Select(f => new Lazy<BreakDictionary>(() => Load(f.File), LazyThreadSafetyMode.ExecutionAndPublication)).ToArray();

    /// <summary>Which dictionary serves <paramref name="c"/> (an index for <see cref="Get"/>), or -1. Cheap: a few
    /// range checks, so a Latin paragraph pays one comparison a character.</summary>
    public static int IndexFor(char c)
    {
        if (c < 0x0E00 || c > 0xAA7F) return -1;
        if (c <= 0x0E7F) return 0;
        if (c <= 0x0EFF) return 1;
        if (c is >= (char)0x1780 and <= (char)0x17FF or >= (char)0x19E0 and <= (char)0x19FF) return 2;
        if (c is >= (char)0x1000 and <= (char)0x109F or >= (char)0xA9E0 and <= (char)0xA9FF or >= (char)0xAA60) return 3;
        return -1;
    }

    /// <summary>The dictionary at <paramref name="index"/> (from <see cref="IndexFor"/>), read on first use.</summary>
    public static BreakDictionary Get(int index) => Loaded[index].Value;

    /// <summary>Whether the dictionary has been read in this process (for tests of the lazy loading).</summary>
    public static bool IsLoaded(int index) => Loaded[index].IsValueCreated;

    private static BreakDictionary Load(string file)
    {
        var assembly = typeof(BundledBreakDictionaries).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The break dictionary {file} is not embedded in {assembly.GetName().Name}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return BreakDictionary.Read(bytes, file);
    }
}
