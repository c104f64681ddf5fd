namespace BriefingCompiler.Pdf.Compression;

/// <summary>
/// The fixed tables of Deflate (RFC 1951 §3.2.5–3.2.7): which length symbol and distance code stand for a match's
/// length and distance, their extra bits, the fixed Huffman code and the order code-length codes are sent in.
/// Computed once; never changed.
/// </summary>
internal static class DeflateAlphabet
{
    public const int LiteralLengthSymbols = 286;
    public const int DistanceCodes = 30;
    public const int CodeLengthSymbols = 19;
    public const int EndOfBlock = 256;
    public const int MinMatch = 3;
    public const int MaxMatch = 258;

    /// <summary>The longest distance a match may reach back.</summary>
    public const int MaxDistance = 32768;

    private static readonly byte[] LengthExtraBitsByCode =
        [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];

    private static readonly byte[] DistanceExtraBitsByCode =
        [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

    /// <summary>The order of the code-length code's lengths in a dynamic block's header (§3.2.7).</summary>
    public static ReadOnlySpan<byte> CodeLengthOrder => [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    /// <summary>Length − 3 → length code (0–28; the symbol is 257 + code).</summary>
    private static readonly byte[] LengthCodeOf = new byte[256];

    private static readonly ushort[] LengthBase = new ushort[29];

    /// <summary>Distance − 1 → distance code: the value itself below 256, else 256 + ((distance − 1) >> 7) (zlib's <c>dist_code</c>).</summary>
    private static readonly byte[] DistanceCodeOf = new byte[512];

    private static readonly ushort[] DistanceBase = new ushort[30];

    /// <summary>The fixed code's literal/length and distance lengths (§3.2.6).</summary>
    public static readonly byte[] FixedLiteralLengths = new byte[288];

    public static readonly byte[] FixedDistanceLengths = new byte[30];

    static DeflateAlphabet()
    {
        var length = 0;
        for (var code = 0; code < 28; code++)
        {
            LengthBase[code] = (ushort)length;
            for (var n = 0; n < 1 << LengthExtraBitsByCode[code]; n++) LengthCodeOf[length++] = (byte)code;
        }

        // Length 258 has a code of its own (285) although 284 with all extra bits set would reach it.
        LengthCodeOf[255] = 28;
        LengthBase[28] = 255;

        var distance = 0;
        var c = 0;
        for (; c < 16; c++)
        {
            DistanceBase[c] = (ushort)distance;
            for (var n = 0; n < 1 << DistanceExtraBitsByCode[c]; n++) DistanceCodeOf[distance++] = (byte)c;
        }

        distance >>= 7;
        for (; c < DistanceCodes; c++)
        {
            DistanceBase[c] = (ushort)(distance << 7);
            for (var n = 0; n < 1 << (DistanceExtraBitsByCode[c] - 7); n++) DistanceCodeOf[256 + distance++] = (byte)c;
        }

        for (var symbol = 0; symbol < 288; symbol++)
        {
            FixedLiteralLengths[symbol] = symbol switch { < 144 => 8, < 256 => 9, < 280 => 7, _ => 8 };
        }

        Array.Fill(FixedDistanceLengths, (byte)5);
    }

    /// <summary>The length code (0–28) of a match of <paramref name="length"/> bytes.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int LengthCode(int length) => LengthCodeOf[length - MinMatch];

    public static int LengthExtraBits(int code) => LengthExtraBitsByCode[code];

    /// <summary>The value of a match's length extra bits.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int LengthExtra(int length, int code) => length - MinMatch - LengthBase[code];

    /// <summary>The distance code (0–29) of a match <paramref name="distance"/> bytes back.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int DistanceCode(int distance) =>
        distance <= 256 ? DistanceCodeOf[distance - 1] : DistanceCodeOf[256 + ((distance - 1) >> 7)];

    /// <summary>The extra bits after a code-length symbol: 16 repeats the last length 3–6 times, 17 and 18 write 3–10 and
    /// 11–138 zeros; 0–15 are lengths and have none.</summary>
    public static int CodeLengthExtraBits(int symbol) => symbol switch { 16 => 2, 17 => 3, 18 => 7, _ => 0 };

    public static int DistanceExtraBits(int code) => DistanceExtraBitsByCode[code];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int DistanceExtra(int distance, int code) => distance - 1 - DistanceBase[code];
}
