using BriefingCompiler.Pdf.Compression;
using BriefingCompiler.Pdf.Rendering.PdfFile;
using BriefingCompiler.Pdf.Tests.Compression;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// A long stream's compression is done once, by a pool thread or by the writer when it wants the bytes first
/// (<see cref="StreamCompression"/>): whichever does it, the bytes are the encoder's.
/// </summary>
public class StreamCompressionTests
{
    [Test]
    public void Each_stream_gets_the_encoders_bytes_whether_a_pool_thread_or_the_caller_compresses_it()
    {
        var pool = new ZlibEncoderPool();
        var inputs = Enumerable.Range(0, 40).Select(i => ZlibEncoderTests.Content(9_000 + 2_111 * i, i)).ToArray();
        var compressions = inputs.Select(data => new StreamCompression(data, DeflateSearch.Level(5), pool)).ToArray();
        // Taken last first: the caller compresses those the pool has not got to, and waits for the others.
        for (var i = inputs.Length - 1; i >= 0; i--)
        {
            var bytes = compressions[i].Bytes().ToArray();
            Assert.That(bytes, Is.EqualTo(new ZlibEncoder().Compress(inputs[i], 5).ToArray()), $"stream {i}");
            Assert.That(ZlibEncoderTests.Inflate(bytes), Is.EqualTo(inputs[i]), $"stream {i}");
        }
    }

    [Test]
    public void A_forgone_compression_never_leaves_its_reader_waiting()
    {
        var pool = new ZlibEncoderPool();
        var data = ZlibEncoderTests.Content(200_000, 7);
        var expected = new ZlibEncoder().Compress(data, 5).ToArray();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var compression = new StreamCompression(data, DeflateSearch.Level(5), pool);
            compression.Forgo();
            // Either a pool thread had claimed it before (its bytes are whole), or nobody will: asking fails at once.
            var reading = Task.Run(() => compression.Bytes().ToArray());
            Assert.That(Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(30))).Result, Is.SameAs(reading), "the reader is not left waiting");
            if (reading.IsCompletedSuccessfully) Assert.That(reading.Result, Is.EqualTo(expected));
            else Assert.That(reading.Exception?.InnerException, Is.InstanceOf<OperationCanceledException>(), "asking for forgone bytes fails as cancelled");
        }
    }
}
