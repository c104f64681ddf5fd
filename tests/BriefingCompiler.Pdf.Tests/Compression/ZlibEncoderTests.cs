using System.IO.Compression;
using System.Text;
using BriefingCompiler.Pdf.Compression;
using BriefingCompiler.Pdf.Rendering.PdfFile;
using BriefingCompiler.Pdf.Tests.Fonts;

namespace BriefingCompiler.Pdf.Tests.Compression;

/// <summary>
/// Our Deflate encoder, checked against the runtime's zlib as the reader: every stream must inflate (checksum included)
/// to exactly its data, at every level, for data of every kind and size a PDF holds; its streams must be about as small
/// as zlib's at the same level; and an encoder reused across streams must give each stream the bytes a new one gives.
/// </summary>
public class ZlibEncoderTests
{
    internal static byte[] Inflate(byte[] zlib)
    {
        using var stream = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] RuntimeZlib(byte[] data, int level)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }

    /// <summary>PDF-like content: operators with numbers that repeat with variations, as a page's text and drawing do.</summary>
    internal static byte[] Content(int length, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append("BT /F").Append(random.Next(4)).Append(" 10.5 Tf ").Append(random.Next(50, 500)).Append('.').Append(random.Next(100))
                .Append(' ').Append(random.Next(800)).Append(" Td <").Append(random.Next(0x10000).ToString("X4")).Append(random.Next(0x100).ToString("X4")).Append("> Tj ET\n");
            if (random.Next(7) == 0) text.Append("q 0.5 w 0 0 1 RG 72 ").Append(random.Next(700)).Append(" m 523 ").Append(random.Next(700)).Append(" l S Q\n");
        }

        return Encoding.ASCII.GetBytes(text.ToString(0, length));
    }

    private static IEnumerable<TestCaseData> Data()
    {
        var random = new Random(7);
        foreach (var size in new[] { 0, 1, 2, 3, 4, 5, 8, 9, 258, 259, 1000, 32767, 32768, 32769, 70000, 200000 })
        {
            var noise = new byte[size];
            random.NextBytes(noise);
            yield return new TestCaseData(noise).SetArgDisplayNames($"noise {size}");
            yield return new TestCaseData(new byte[size]).SetArgDisplayNames($"zeros {size}");
            yield return new TestCaseData(Content(size, size)).SetArgDisplayNames($"content {size}");
        }

        // A run longer than a match can be (258) and than the window (32 KB), then a repeat of data from just inside the window.
        var runs = new byte[100_000];
        for (var i = 0; i < runs.Length; i++) runs[i] = (byte)(i < 40_000 ? 'a' : i < 60_000 ? i % 251 : runs[i - 32_767]);
        yield return new TestCaseData(runs).SetArgDisplayNames("runs and far repeats");
    }

    [TestCaseSource(nameof(Data))]
    public void Every_level_inflates_to_the_data(byte[] data)
    {
        var encoder = new ZlibEncoder();
        for (var level = 1; level <= 9; level++)
        {
            var compressed = encoder.Compress(data, level).ToArray();
            Assert.That(Inflate(compressed), Is.EqualTo(data), $"level {level}");
            Assert.That((compressed[0] * 256 + compressed[1]) % 31, Is.Zero, "zlib header check bits");
        }

        var content = encoder.Compress(data, PdfObjectWriter.ContentSearch).ToArray();
        Assert.That(Inflate(content), Is.EqualTo(data), "the writer's content search");
        Assert.That((content[0] * 256 + content[1]) % 31, Is.Zero, "zlib header check bits");
    }

    [Test]
    public void The_writers_content_search_trades_a_little_of_level_5s_size_for_level_4s_speed_on_page_content()
    {
        // zlib's level 5 row (deflate.c's configuration_table), and the writer's search between 4 and 5 (PdfObjectWriter).
        Assert.That(DeflateSearch.Level(5), Is.EqualTo(new DeflateSearch(LooksAhead: true, Good: 8, Lazy: 16, Nice: 32, Chain: 32, LevelClass: 1)));
        var data = Content(300_000, 11);
        var encoder = new ZlibEncoder();
        var content = encoder.Compress(data, PdfObjectWriter.ContentSearch).Length;
        Assert.That(content, Is.LessThanOrEqualTo(RuntimeZlib(data, 5).Length * 1.02), "within 2 % of zlib's level 5");
        Assert.That(content, Is.LessThanOrEqualTo(encoder.Compress(data, 4).Length), "no bigger than level 4");
    }

    [Test]
    public void Data_that_does_not_compress_grows_only_by_stored_block_headers()
    {
        var noise = new byte[200_000];
        new Random(3).NextBytes(noise);
        var compressed = new ZlibEncoder().Compress(noise, 6).ToArray();
        // 2 header bytes, 4 checksum bytes, 5 bytes per stored block of at most 65,535 bytes, per block of symbols.
        Assert.That(compressed.Length, Is.LessThanOrEqualTo(noise.Length + 6 + 5 * 16));
        Assert.That(Inflate(compressed), Is.EqualTo(noise));
    }

    [Test]
    public void Symbol_frequencies_that_would_need_codes_longer_than_15_bits_still_give_a_valid_code()
    {
        // Fibonacci frequencies make Huffman's tree as deep as there are symbols; the code must be cut to 15 bits.
        var bytes = new List<byte>();
        long a = 1, b = 1;
        for (var symbol = 0; symbol < 26; symbol++)
        {
            for (var i = 0; i < a; i++) bytes.Add((byte)symbol);
            (a, b) = (b, a + b);
        }

        // Shuffled, so that matches are rare and literals carry the frequencies.
        var data = bytes.ToArray();
        new Random(5).Shuffle(data);
        var encoder = new ZlibEncoder();
        foreach (var level in new[] { 1, 6 }) Assert.That(Inflate(encoder.Compress(data, level).ToArray()), Is.EqualTo(data));
    }

    // Levels 4–9 (the lazy search, which the writer uses): as small as zlib's; 1–3 take the first match and differ more.
    [TestCase("NotoSans-Regular.ttf", 4)]
    [TestCase("NotoNaskhArabic-Regular.ttf", 4)]
    [TestCase("NotoSans-Regular.ttf", 6)]
    public void A_font_program_comes_out_about_as_small_as_zlib_makes_it(string font, int level)
    {
        var data = BundledFontFiles.Read(font);
        var ours = new ZlibEncoder().Compress(data, level).ToArray();
        Assert.That(Inflate(ours), Is.EqualTo(data));
        Assert.That(ours.Length, Is.LessThanOrEqualTo(RuntimeZlib(data, level).Length * 1.01), "within 1 % of zlib's bytes");
    }

    [TestCase(5)]
    [TestCase(6)]
    public void Page_content_comes_out_about_as_small_as_zlib_makes_it(int level)
    {
        var data = Content(300_000, 11);
        var ours = new ZlibEncoder().Compress(data, level).ToArray();
        Assert.That(ours.Length, Is.LessThanOrEqualTo(RuntimeZlib(data, level).Length * 1.01), "within 1 % of zlib's bytes");
    }

    [Test]
    public void A_reused_encoder_gives_each_stream_the_bytes_a_new_one_gives()
    {
        // Only the match tables' heads are reset between streams (the chains keep the last stream's links): none may leak into the next stream.
        var first = Content(50_000, 1);
        var second = Content(50_000, 1)[..40_000].Concat(Content(10_000, 2)).ToArray();
        var reused = new ZlibEncoder();
        reused.Compress(first, 6);
        var afterFirst = reused.Compress(second, 6).ToArray();
        Assert.That(afterFirst, Is.EqualTo(new ZlibEncoder().Compress(second, 6).ToArray()));
        Assert.That(Inflate(afterFirst), Is.EqualTo(second));
    }

    [Test]
    public void Streams_after_many_others_of_every_length_get_the_bytes_a_new_encoder_gives()
    {
        // Only the head of the match tables is reset between streams (the chains keep the links of the streams before, and
        // the tables' base moves a window at a time): nothing of the streams before may be found as a match, whatever
        // their lengths and levels.
        var reused = new ZlibEncoder();
        var random = new Random(8);
        for (var i = 0; i < 300; i++)
        {
            var data = Content(random.Next(0, i % 50 == 0 ? 90_000 : 3_000), i % 7);
            var level = 1 + i % 9;
            var compressed = reused.Compress(data, level).ToArray();
            Assert.That(compressed, Is.EqualTo(new ZlibEncoder().Compress(data, level).ToArray()), $"stream {i}, {data.Length} B, level {level}");
            Assert.That(Inflate(compressed), Is.EqualTo(data), $"stream {i}");
        }
    }

    [Test]
    public void Each_stream_gets_an_array_of_its_own_that_the_next_stream_leaves_alone()
    {
        // The encoder writes into a buffer it keeps and copies each stream out of it: a stream handed out must be a copy of
        // exactly its bytes, not a view of the buffer that the next stream writes over.
        var encoder = new ZlibEncoder();
        var first = Content(30_000, 3);
        var compressed = encoder.Compress(first, 6);
        var asReturned = compressed.ToArray();
        encoder.Compress(Content(60_000, 4), 6);
        encoder.Compress(Content(1_000, 5), 1);
        Assert.That(compressed.ToArray(), Is.EqualTo(asReturned), "unchanged by the streams after it");
        Assert.That(Inflate(asReturned), Is.EqualTo(first));
        Assert.That(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(compressed, out var segment), Is.True);
        Assert.That((segment.Offset, segment.Count), Is.EqualTo((0, segment.Array!.Length)), "the whole array, no room reserved kept with it");
    }

    [Test]
    public void A_pool_used_from_many_threads_gives_every_stream_its_own_bytes()
    {
        var pool = new ZlibEncoderPool();
        var inputs = Enumerable.Range(0, 64).Select(i => Content(5_000 + 997 * i, i)).ToArray();
        var expected = inputs.Select(data => new ZlibEncoder().Compress(data, 5).ToArray()).ToArray();
        var results = new byte[inputs.Length][];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = pool.Compress(inputs[i], DeflateSearch.Level(5)).ToArray());
        for (var i = 0; i < inputs.Length; i++) Assert.That(results[i], Is.EqualTo(expected[i]), $"stream {i}");
    }
}
