using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using BriefingCompiler.Pdf.Images;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using SkiaSharp;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Images;

/// <summary>
/// An opaque PNG goes into the PDF with its own zlib data and row filters (<c>/Predictor 15</c>), not decoded and deflated
/// again; a PDF reader gets the same pixels back. What PDF cannot take as it is (transparency, a damaged stream) is decoded
/// as before.
/// </summary>
public class PngPassThroughTests
{
    private const int Width = 23, Height = 9;

    /// <summary>A PNG file written sample by sample: <paramref name="rows"/> are the raw rows, each given a filter type in
    /// turn (none, sub, up, average, Paeth), so every filter a reader must undo is in the stream.</summary>
    private static byte[] Png(byte colourType, byte depth, byte[][] rows, int width, int bytesPerPixel, byte[]? palette = null, byte[]? transparency = null, bool breakChecksum = false)
    {
        var filtered = new MemoryStream();
        var previous = new byte[rows[0].Length];
        for (var y = 0; y < rows.Length; y++)
        {
            var filter = (byte)(y % 5);
            filtered.WriteByte(filter);
            var row = rows[y];
            for (var x = 0; x < row.Length; x++)
            {
                int left = x >= bytesPerPixel ? row[x - bytesPerPixel] : 0, up = previous[x], upLeft = x >= bytesPerPixel ? previous[x - bytesPerPixel] : 0;
                var predicted = filter switch { 0 => 0, 1 => left, 2 => up, 3 => (left + up) / 2, _ => Paeth(left, up, upLeft) };
                filtered.WriteByte((byte)(row[x] - predicted));
            }

            previous = row;
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(filtered.ToArray());
        var idat = compressed.ToArray();
        if (breakChecksum)
            idat[^1] ^= 0xFF;

        var file = new MemoryStream();
        file.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), rows.Length);
        header[8] = depth;
        header[9] = colourType;
        Chunk(file, "IHDR", header);
        if (palette is not null)
            Chunk(file, "PLTE", palette);
        if (transparency is not null)
            Chunk(file, "tRNS", transparency);
        // Split in two, as encoders do: the stream is the chunks' data joined.
        Chunk(file, "IDAT", idat[..(idat.Length / 2)]);
        Chunk(file, "IDAT", idat[(idat.Length / 2)..]);
        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void Chunk(Stream file, string type, byte[] data)
    {
        var buffer = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        file.Write(buffer);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        file.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, TestImages.PngCrc32(typed));
        file.Write(buffer);
    }

    private static byte[][] RgbRows() =>
        [.. Enumerable.Range(0, Height).Select(y => Enumerable.Range(0, Width * 3).Select(i => (byte)((i * 37 + y * 91 + i * y) % 256)).ToArray())];

    private static byte[] PdfOf(byte[] png)
    {
        using var decoded = SKBitmap.Decode(png);
        var image = new ImageResource("logo.png", ImageFormat.Png, png, decoded.Width, decoded.Height);
        var draw = new DrawImage(image, SKRect.Create(10, 10, 46, 18), SKRect.Create(0, 0, 200, 200), "Logo");
        return PdfDocumentWriter.Write([new PagePaint(200, 200, [draw])], [], new DocumentMetadata(null, null, null, null, null), new PdfRenderOptions());
    }

    /// <summary>The pixels of the PDF's one image as a reader decodes them (PdfPig undoes the filters and predictor).</summary>
    private static SKColor[] PixelsInPdf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var image = document.GetPage(1).GetImages().Single();
        Assert.That(image.TryGetPng(out var png), Is.True, "the reader decodes the image");
        using var bitmap = SKBitmap.Decode(png);
        return bitmap.Pixels;
    }

    private static SKColor[] Pixels(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        return bitmap.Pixels;
    }

    private static byte[] Idat(byte[] png)
    {
        var data = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (png.AsSpan(at + 4, 4).SequenceEqual("IDAT"u8))
                data.Write(png, at + 8, length);
            at += 12 + length;
        }

        return data.ToArray();
    }

    [Test]
    public void An_opaque_rgb_png_keeps_its_own_compressed_rows_and_a_reader_gets_its_pixels()
    {
        var png = Png(2, 8, RgbRows(), Width, 3);

        var pdf = PdfOf(png);

        Assert.That(pdf.AsSpan().IndexOf(Idat(png)), Is.GreaterThan(0), "the PNG's zlib data, unchanged");
        var text = Encoding.Latin1.GetString(pdf);
        Assert.That(text, Does.Contain("/DecodeParms<</Predictor 15/Colors 3/BitsPerComponent 8/Columns 23>>"));
        Assert.That(text, Does.Not.Contain("/SMask"));
        Assert.That(PixelsInPdf(pdf), Is.EqualTo(Pixels(png)));
    }

    [Test]
    public void A_palette_png_becomes_an_indexed_image_with_its_palette()
    {
        byte[] palette = [0, 0, 0, 255, 0, 0, 0, 160, 0, 30, 60, 250];
        var rows = Enumerable.Range(0, Height).Select(y => Enumerable.Range(0, Width).Select(x => (byte)((x + y) % 4)).ToArray()).ToArray();
        var png = Png(3, 8, rows, Width, 1, palette);

        var pdf = PdfOf(png);

        Assert.That(Encoding.Latin1.GetString(pdf), Does.Contain("/ColorSpace[/Indexed/DeviceRGB 3<000000FF000000A0001E3CFA>]"));
        Assert.That(pdf.AsSpan().IndexOf(Idat(png)), Is.GreaterThan(0));
        Assert.That(PixelsInPdf(pdf), Is.EqualTo(Pixels(png)));
    }

    [Test]
    public void A_png_with_transparency_is_decoded_and_gets_a_soft_mask()
    {
        byte[] palette = [0, 0, 0, 255, 0, 0, 0, 160, 0, 30, 60, 250];
        var rows = Enumerable.Range(0, Height).Select(y => Enumerable.Range(0, Width).Select(x => (byte)((x + y) % 4)).ToArray()).ToArray();
        var png = Png(3, 8, rows, Width, 1, palette, transparency: [0]);

        var text = Encoding.Latin1.GetString(PdfOf(png));

        Assert.That(text, Does.Contain("/SMask"), "palette entry 0 is transparent");
        Assert.That(text, Does.Not.Contain("/Predictor"));
    }

    [Test]
    public void A_png_whose_stream_fails_its_checksum_is_not_passed_to_the_reader_as_it_is()
    {
        var png = Png(2, 8, RgbRows(), Width, 3, breakChecksum: true);

        var pdf = PdfOf(png);

        Assert.That(pdf.AsSpan().IndexOf(Idat(png)), Is.LessThan(0));
        Assert.That(Encoding.Latin1.GetString(pdf), Does.Not.Contain("/Predictor"));
    }
}
