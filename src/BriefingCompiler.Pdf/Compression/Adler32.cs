namespace BriefingCompiler.Pdf.Compression;

/// <summary>The Adler-32 checksum that ends a zlib stream (RFC 1950 §8.2).</summary>
internal static class Adler32
{
    private const uint Modulus = 65521;

    /// <summary>The most bytes whose sums cannot overflow 32 bits before the modulus is taken (zlib's NMAX).</summary>
    private const int Run = 5552;

    public static uint Of(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
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
}
