using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BriefingCompiler.Pdf.Tests.Images;
using BriefingCompiler.Pdf.Tests.Layout;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// The file the writer puts together once (exact length, hashed as it goes): every cross-reference points at its object,
/// and the trailer <c>/ID</c> is the SHA-256 of the bytes before it, with an image stream (shared by the documents of a
/// build through the image cache) counted by its own SHA-256 — so the ID still changes with the image, without the image
/// being hashed again in every document.
/// </summary>
public class PdfFileAssemblyTests
{
    private static string Html(string uri) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p>Logo</p><img src=\"{uri}\" alt=\"Logo\" width=\"40\" height=\"40\"></body></html>";

    private static string Uri(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);

    [Test]
    public void Long_streams_compressed_at_the_same_time_each_inflate_to_their_own_data()
    {
        // Long streams are compressed on the thread pool while the writer goes on: many of them at once, each must come out
        // as its own data (no buffer shared between compressions), at its own object, the same bytes every time.
        static byte[] Data(int stream, int length)
        {
            var text = new StringBuilder();
            for (var line = 0; text.Length < length; line++) text.Append("BT /F1 11 Tf ").Append(stream).Append(' ').Append(line * (stream + 7) % 977).Append(" Td (line) Tj ET\n");
            return Encoding.ASCII.GetBytes(text.ToString(0, length));
        }

        byte[] Write(out Dictionary<int, byte[]> written)
        {
            var writer = new BriefingCompiler.Pdf.Rendering.PdfFile.PdfObjectWriter();
            var catalog = writer.Add("<</Type/Catalog>>");
            written = [];
            for (var i = 0; i < 48; i++)
            {
                // Every third stream below the size handed to the thread pool: those are compressed at once, in between.
                var data = Data(i, i % 3 == 0 ? 2_000 + i : 40_000 + 997 * i);
                written.Add(writer.AddStream("", data, BriefingCompiler.Pdf.Rendering.PdfFile.PdfObjectWriter.ContentSearch), data);
            }

            return System.Buffers.BuffersExtensions.ToArray(writer.Finish(catalog, null));
        }

        var pdf = Write(out var streams);
        var text = Encoding.Latin1.GetString(pdf);
        Assert.Multiple(() =>
        {
            foreach (var (number, data) in streams)
            {
                var found = Regex.Match(text, $@"(?<=\n){number} 0 obj\n<<[^>]*/Length (\d+)>>\nstream\n");
                Assert.That(found.Success, Is.True, $"object {number}");
                var start = found.Index + found.Length;
                using var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(pdf, start, int.Parse(found.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)), System.IO.Compression.CompressionMode.Decompress);
                using var inflated = new MemoryStream();
                zlib.CopyTo(inflated);
                Assert.That(inflated.ToArray(), Is.EqualTo(data), $"object {number}");
            }

            Assert.That(Write(out _), Is.EqualTo(pdf), "the same streams give the same file");
        });
    }

    [Test]
    public void The_id_hashes_the_file_with_the_image_stream_counted_by_its_digest()
    {
        var pdf = new PdfRenderer(new MonospaceTextSystem()).RenderPdf(Html(Uri(TestImages.Png(64, 64))), new PdfRenderOptions()).Pdf;
        var text = Encoding.Latin1.GetString(pdf);
        var image = Regex.Match(text, @"/Subtype/Image[^>]*/Length (\d+)>>\nstream\n");
        Assert.That(image.Success, Is.True);
        var dataStart = image.Index + image.Length;
        var dataLength = int.Parse(image.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var xref = text.LastIndexOf(" 0 obj\n<</Type/XRef", StringComparison.Ordinal);
        var xrefStart = text.LastIndexOf('\n', xref) + 1;

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(pdf, 0, dataStart);
        hash.AppendData(SHA256.HashData(pdf.AsSpan(dataStart, dataLength)));
        hash.AppendData(pdf, dataStart + dataLength, xrefStart - dataStart - dataLength);
        var expected = Convert.ToHexString(hash.GetHashAndReset()[..16]);

        Assert.That(Regex.Match(text, @"/ID\[<([0-9A-F]{32})>").Groups[1].Value, Is.EqualTo(expected));
    }

    [Test]
    public void A_changed_image_changes_the_id_and_the_same_one_keeps_it()
    {
        var renderer = new PdfRenderer(new MonospaceTextSystem());
        string Id(byte[] png) => Regex.Match(Encoding.Latin1.GetString(renderer.RenderPdf(Html(Uri(png)), new PdfRenderOptions()).Pdf), @"/ID\[<([0-9A-F]{32})>").Groups[1].Value;
        var png = TestImages.Png(64, 64);
        var other = (byte[])png.Clone();
        // The same size and picture through a lossy encoder: other pixels, the same image dictionary.
        var changed = TestImages.Png(64, 64, SkiaSharp.SKEncodedImageFormat.Webp);

        Assert.That(Id(png), Is.EqualTo(Id(other)));
        Assert.That(Id(changed), Is.Not.EqualTo(Id(png)));
    }

    [Test]
    public void Every_cross_reference_points_at_its_object_in_a_document_with_a_large_image()
    {
        var pdf = new PdfRenderer(new MonospaceTextSystem()).RenderPdf(Html(Uri(TestImages.Png(600, 600))), new PdfRenderOptions()).Pdf;

        using var document = PdfDocument.Open(pdf);
        Assert.That(document.GetPage(1).GetImages().Single().RawBytes.Length, Is.GreaterThan(1000));
        Assert.That(document.GetPage(1).Text, Does.Contain("Logo"));
        Assert.That(Encoding.Latin1.GetString(pdf), Does.EndWith("%%EOF\n"));
    }
}
