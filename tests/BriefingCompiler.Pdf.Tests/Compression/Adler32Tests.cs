using BriefingCompiler.Pdf.Compression;

namespace BriefingCompiler.Pdf.Tests.Compression;

/// <summary>
/// The Adler-32 checksum, 32 bytes a step where the processor allows, against its definition (RFC 1950 §8.2) computed
/// byte by byte with 64-bit sums: at the lengths where the chunked and byte-wise parts meet, across the runs after which
/// the modulus is taken, and for bytes of 255, which make the sums largest (overflow would show there first).
/// </summary>
public class Adler32Tests
{
    private static uint Definition(ReadOnlySpan<byte> data)
    {
        ulong a = 1, b = 0;
        foreach (var value in data)
        {
            a = (a + value) % 65521;
            b = (b + a) % 65521;
        }

        return (uint)((b << 16) | a);
    }

    [TestCase(0), TestCase(1), TestCase(31), TestCase(32), TestCase(33), TestCase(63), TestCase(64), TestCase(65)]
    [TestCase(5535), TestCase(5536), TestCase(5552), TestCase(5553), TestCase(11_104), TestCase(11_105), TestCase(100_003)]
    public void Matches_the_definition(int length)
    {
        var noise = new byte[length];
        new Random(length).NextBytes(noise);
        var full = new byte[length];
        Array.Fill(full, (byte)255);
        var ramp = Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(Adler32.Of(noise), Is.EqualTo(Definition(noise)), "noise");
            Assert.That(Adler32.Of(full), Is.EqualTo(Definition(full)), "bytes of 255");
            Assert.That(Adler32.Of(ramp), Is.EqualTo(Definition(ramp)), "ramp");
        });
    }
}
