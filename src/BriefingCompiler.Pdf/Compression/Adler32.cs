using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace BriefingCompiler.Pdf.Compression;

/// <summary>The Adler-32 checksum that ends a zlib stream (RFC 1950 §8.2).</summary>
internal static class Adler32
{
    private const uint Modulus = 65521;

    /// <summary>The most bytes whose sums cannot overflow 32 bits before the modulus is taken (zlib's NMAX).</summary>
    private const int Run = 5552;

    private const int Chunk = 32;

    public static uint Of(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
        if (Avx2.IsSupported && data.Length >= Chunk)
        {
            var whole = data.Length & ~(Chunk - 1);
            (a, b) = OfChunks(data[..whole], a, b);
            data = data[whole..];
        }

        while (data.Length > 0)
        {
            var run = Math.Min(Run, data.Length);
            foreach (var value in data[..run])
            {
                a += value;
                b += a;
            }

            a %= Modulus;
            b %= Modulus;
            data = data[run..];
        }

        return (b << 16) | a;
    }

    /// <summary>
    /// The sums after <paramref name="data"/> (a whole number of 32-byte chunks), 32 bytes a step, as zlib's SIMD version
    /// does: after n bytes x₁…xₙ, a grows by Σxᵢ and b by n·a + Σ(n − i + 1)·xᵢ. Within a chunk the weights 32…1 are a
    /// multiply-add; each earlier chunk adds 32 × its sum once for every chunk after it, which the running total of the
    /// chunk sums (<c>before</c>) collects. Byte by byte, the checksum was ~2 % of the encoder's time.
    /// </summary>
    private static (uint A, uint B) OfChunks(ReadOnlySpan<byte> data, uint a, uint b)
    {
        ref var start = ref MemoryMarshal.GetReference(data);
        var weights = Vector256.Create((sbyte)32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        var ones = Vector256.Create((short)1);
        var offset = 0;
        while (offset < data.Length)
        {
            // A run as long as the scalar one, in whole chunks: its sums fit in 32 bits before the modulus is taken.
            var run = Math.Min(data.Length - offset, Run & ~(Chunk - 1));
            Vector256<uint> sums = default, before = default, weighted = default;
            for (var end = offset + run; offset < end; offset += Chunk)
            {
                var bytes = Vector256.LoadUnsafe(ref start, (nuint)offset);
                before += sums;
                sums += Avx2.SumAbsoluteDifferences(bytes, Vector256<byte>.Zero).AsUInt32();
                weighted += Avx2.MultiplyAddAdjacent(Avx2.MultiplyAddAdjacent(bytes, weights), ones).AsUInt32();
            }

            var total = (ulong)b + (ulong)run * a + Chunk * (ulong)Vector256.Sum(before) + Vector256.Sum(weighted);
            a = (uint)((a + (ulong)Vector256.Sum(sums)) % Modulus);
            b = (uint)(total % Modulus);
        }

        return (a, b);
    }
}
