using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BriefingCompiler.Pdf.Compression;

/// <summary>
/// Collects a block's literals and matches and writes the block in whichever of Deflate's three forms is shortest
/// (RFC 1951 §3.2.4–3.2.7): stored, fixed Huffman codes or the block's own codes. Its buffers are kept from block to
/// block and stream to stream.
/// </summary>
internal sealed class DeflateBlockWriter
{
    /// <summary>Symbols per block: zlib's at its default memory level; codes fitted to ~16 K symbols adapt to the data's
    /// changes (a font program's tables, a page's text and drawings) and their header stays a small part of the block.</summary>
    public const int SymbolsPerBlock = 16 * 1024 - 1;

    private const int MaxStoredBlock = 65535;

    /// <summary>A block's symbols, a word each: a literal is its byte; a match is <see cref="MatchFlag"/> | distance code ≪ 23 |
    /// (length − 3) ≪ 15 | (distance − 1), the distance code kept as <see cref="AddMatch"/> found it for the frequencies, so that
    /// writing the block does not look it up again (the length code is one lookup in a 256-byte table). Uninitialised: only
    /// the words blocks fill are touched (in a one-shot build each new page is a page fault).</summary>
    private readonly uint[] words = GC.AllocateUninitializedArray<uint>(SymbolsPerBlock);

    private const uint MatchFlag = 1u << 31;

    private readonly int[] literalLengthFrequencies = new int[DeflateAlphabet.LiteralLengthSymbols];
    private readonly int[] distanceFrequencies = new int[DeflateAlphabet.DistanceCodes];
    private readonly int[] codeLengthFrequencies = new int[DeflateAlphabet.CodeLengthSymbols];
    private readonly HuffmanCode literalLengthCode = new(DeflateAlphabet.LiteralLengthSymbols);
    private readonly HuffmanCode distanceCode = new(DeflateAlphabet.DistanceCodes);
    private readonly HuffmanCode codeLengthCode = new(DeflateAlphabet.CodeLengthSymbols);
    private readonly HuffmanCode fixedLiteralLengthCode = new(288);
    private readonly HuffmanCode fixedDistanceCode = new(DeflateAlphabet.DistanceCodes);

    /// <summary>The literal/length and distance lengths of a dynamic header, run-length coded: (symbol, extra bits' value).</summary>
    private readonly (byte Symbol, byte Extra)[] headerRuns = new (byte, byte)[DeflateAlphabet.LiteralLengthSymbols + DeflateAlphabet.DistanceCodes];

    private readonly byte[] headerLengths = new byte[DeflateAlphabet.LiteralLengthSymbols + DeflateAlphabet.DistanceCodes];
    private int symbols;

    public DeflateBlockWriter()
    {
        fixedLiteralLengthCode.SetLengths(DeflateAlphabet.FixedLiteralLengths);
        fixedDistanceCode.SetLengths(DeflateAlphabet.FixedDistanceLengths);
    }

    public bool IsFull => symbols == SymbolsPerBlock;

    /// <summary>Touches the symbol buffer (allocated uninitialised, it is fresh memory until written).</summary>
    public void Prepare() => Array.Clear(words);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void AddLiteral(byte value)
    {
        words[symbols++] = value;
        literalLengthFrequencies[value]++;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void AddMatch(int length, int distance)
    {
        var lengthCode = DeflateAlphabet.LengthCode(length);
        var distanceCode = DeflateAlphabet.DistanceCode(distance);
        words[symbols++] = MatchFlag | (uint)distanceCode << 23 | (uint)(length - DeflateAlphabet.MinMatch) << 15 | (uint)(distance - 1);
        literalLengthFrequencies[257 + lengthCode]++;
        distanceFrequencies[distanceCode]++;
    }

    /// <summary>The block of the symbols added since the last one, which stand for <paramref name="raw"/>, in its shortest form.</summary>
    public void Write(BitSink sink, ReadOnlySpan<byte> raw, bool final)
    {
        literalLengthFrequencies[DeflateAlphabet.EndOfBlock]++;
        literalLengthCode.Build(literalLengthFrequencies, 15);
        distanceCode.Build(distanceFrequencies, 15);
        var (literalLengthCount, distanceCount, runs) = DynamicHeader();
        codeLengthCode.Build(codeLengthFrequencies, 7);
        // Trailing code-length lengths of zero in the send order are left out; every code given, even the second code
        // Build adds to a one-symbol alphabet, is sent (inflaters refuse an incomplete code-length code).
        var codeLengthCount = DeflateAlphabet.CodeLengthSymbols;
        while (codeLengthCount > 4 && codeLengthCode.Lengths[DeflateAlphabet.CodeLengthOrder[codeLengthCount - 1]] == 0) codeLengthCount--;

        long dynamicBits = 3 + 5 + 5 + 4 + 3L * codeLengthCount + SymbolBits(literalLengthCode, distanceCode);
        for (var symbol = 0; symbol < DeflateAlphabet.CodeLengthSymbols; symbol++)
        {
            dynamicBits += (long)codeLengthFrequencies[symbol] * (codeLengthCode.Lengths[symbol] + DeflateAlphabet.CodeLengthExtraBits(symbol));
        }

        var fixedBits = 3 + SymbolBits(fixedLiteralLengthCode, fixedDistanceCode);
        var storedBits = 8L * (raw.Length + 5 * Math.Max(1, (raw.Length + MaxStoredBlock - 1) / MaxStoredBlock)) + 7;

        sink.Reserve(Math.Max(dynamicBits, fixedBits));
        if (storedBits <= Math.Min(dynamicBits, fixedBits)) WriteStored(sink, raw, final);
        else if (fixedBits <= dynamicBits)
        {
            sink.Write(final ? 3u : 2u, 3);
            WriteSymbols(sink, fixedLiteralLengthCode, fixedDistanceCode);
        }
        else
        {
            sink.Write(final ? 5u : 4u, 3);
            sink.Write((uint)(literalLengthCount - 257), 5);
            sink.Write((uint)(distanceCount - 1), 5);
            sink.Write((uint)(codeLengthCount - 4), 4);
            for (var i = 0; i < codeLengthCount; i++) sink.Write(codeLengthCode.Lengths[DeflateAlphabet.CodeLengthOrder[i]], 3);
            foreach (var (symbol, extra) in headerRuns.AsSpan(0, runs))
            {
                sink.Write(codeLengthCode.Codes[symbol], codeLengthCode.Lengths[symbol]);
                if (symbol >= 16) sink.Write(extra, DeflateAlphabet.CodeLengthExtraBits(symbol));
            }

            WriteSymbols(sink, literalLengthCode, distanceCode);
        }

        symbols = 0;
        Array.Clear(literalLengthFrequencies);
        Array.Clear(distanceFrequencies);
    }

    /// <summary>The bits of the block's symbols and end-of-block under the given codes.</summary>
    private long SymbolBits(HuffmanCode literalLength, HuffmanCode distance)
    {
        long bits = 0;
        for (var symbol = 0; symbol < DeflateAlphabet.LiteralLengthSymbols; symbol++)
        {
            var frequency = literalLengthFrequencies[symbol];
            if (frequency == 0) continue;
            var extra = symbol > 256 ? DeflateAlphabet.LengthExtraBits(symbol - 257) : 0;
            bits += (long)frequency * (literalLength.Lengths[symbol] + extra);
        }

        for (var code = 0; code < DeflateAlphabet.DistanceCodes; code++)
        {
            bits += (long)distanceFrequencies[code] * (distance.Lengths[code] + DeflateAlphabet.DistanceExtraBits(code));
        }

        return bits;
    }

    /// <summary>The dynamic header's code lengths, run-length coded with symbols 16–18 (§3.2.7), their frequencies counted.</summary>
    private (int LiteralLengths, int Distances, int Runs) DynamicHeader()
    {
        var literalLengths = DeflateAlphabet.LiteralLengthSymbols;
        while (literalLengths > 257 && literalLengthCode.Lengths[literalLengths - 1] == 0) literalLengths--;
        var distanceLengths = DeflateAlphabet.DistanceCodes;
        while (distanceLengths > 1 && distanceCode.Lengths[distanceLengths - 1] == 0) distanceLengths--;

        var all = headerLengths.AsSpan(0, literalLengths + distanceLengths);
        literalLengthCode.Lengths.AsSpan(0, literalLengths).CopyTo(all);
        distanceCode.Lengths.AsSpan(0, distanceLengths).CopyTo(all[literalLengths..]);

        Array.Clear(codeLengthFrequencies);
        var runs = 0;
        for (var i = 0; i < all.Length;)
        {
            var length = all[i];
            var repeat = 1;
            while (i + repeat < all.Length && all[i + repeat] == length) repeat++;
            i += repeat;
            if (length == 0)
            {
                while (repeat >= 11) { var n = Math.Min(repeat, 138); Add(18, n - 11); repeat -= n; }
                if (repeat >= 3) { Add(17, repeat - 3); repeat = 0; }
            }
            else
            {
                Add(length, 0);
                repeat--;
                while (repeat >= 3) { var n = Math.Min(repeat, 6); Add(16, n - 3); repeat -= n; }
            }

            for (; repeat > 0; repeat--) Add(length, 0);
        }

        return (literalLengths, distanceLengths, runs);

        void Add(int symbol, int extra)
        {
            headerRuns[runs++] = ((byte)symbol, (byte)extra);
            codeLengthFrequencies[symbol]++;
        }
    }

    private void WriteSymbols(BitSink sink, HuffmanCode literalLength, HuffmanCode distance)
    {
        // The hottest loop of the encoder after the match search: the arrays are read without bounds checks (every index is
        // a symbol of its alphabet, below the code's length, or a position below `symbols`).
        ref var literalLengthCodes = ref MemoryMarshal.GetArrayDataReference(literalLength.Codes);
        ref var literalLengthLengths = ref MemoryMarshal.GetArrayDataReference(literalLength.Lengths);
        ref var distanceCodeBits = ref MemoryMarshal.GetArrayDataReference(distance.Codes);
        ref var distanceLengths = ref MemoryMarshal.GetArrayDataReference(distance.Lengths);
        ref var symbolWords = ref MemoryMarshal.GetArrayDataReference(words);
        for (var i = 0; i < symbols; i++)
        {
            var word = Unsafe.Add(ref symbolWords, i);
            if ((word & MatchFlag) == 0)
            {
                sink.Write(Unsafe.Add(ref literalLengthCodes, (int)word), Unsafe.Add(ref literalLengthLengths, (int)word));
                continue;
            }

            // The length's code and extra bits in one write, then the distance's.
            var length = DeflateAlphabet.MinMatch + (int)((word >> 15) & 0xFF);
            var lengthCode = DeflateAlphabet.LengthCode(length);
            int codeBits = Unsafe.Add(ref literalLengthLengths, 257 + lengthCode);
            sink.Write(Unsafe.Add(ref literalLengthCodes, 257 + lengthCode) | ((uint)DeflateAlphabet.LengthExtra(length, lengthCode) << codeBits),
                codeBits + DeflateAlphabet.LengthExtraBits(lengthCode));
            var code = (int)((word >> 23) & 0x1F);
            codeBits = Unsafe.Add(ref distanceLengths, code);
            sink.Write(Unsafe.Add(ref distanceCodeBits, code) | ((uint)DeflateAlphabet.DistanceExtra((int)(word & 0x7FFF) + 1, code) << codeBits),
                codeBits + DeflateAlphabet.DistanceExtraBits(code));
        }

        sink.Write(literalLength.Codes[DeflateAlphabet.EndOfBlock], literalLength.Lengths[DeflateAlphabet.EndOfBlock]);
    }

    private static void WriteStored(BitSink sink, ReadOnlySpan<byte> raw, bool final)
    {
        do
        {
            var part = raw[..Math.Min(raw.Length, MaxStoredBlock)];
            raw = raw[part.Length..];
            var last = final && raw.Length == 0;
            sink.Write(last ? 1u : 0u, 3);
            sink.AlignToByte();
            Span<byte> header = [(byte)part.Length, (byte)(part.Length >> 8), (byte)~part.Length, (byte)(~part.Length >> 8)];
            sink.WriteBytes(header);
            sink.WriteBytes(part);
        }
        while (raw.Length > 0);
    }
}
