using System.Buffers.Binary;
using System.IO.Compression;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// An opaque PNG's compressed pixel data as a PDF image stream, unchanged: PDF's <c>/FlateDecode</c> with
/// <c>/Predictor 15</c> reads a PNG's zlib data and row filters as they are (§7.4.4.4), so an opaque grey, RGB or palette
/// PNG of up to 8 bits a sample needs neither decoding nor compressing again — for a 3 MB logo that is most of the work of
/// putting it in a PDF. Anything else (transparency, 16-bit samples, interlacing, a damaged stream) is null, and the
/// caller decodes and compresses the pixels as before.
/// </summary>
internal static class PngPassThrough
{
    /// <summary>The image's stream, or null when the PNG cannot go into the PDF as it is.</summary>
    public static PdfImage.Encoded? Encode(byte[] png)
    {
        if (png.Length < 33 || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
            return null;
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
        var (depth, colourType) = (png[24], png[25]);
        // Compression method and filter method 0 are the only ones PNG has; interlaced rows are not in PDF's order.
        if (width <= 0 || height <= 0 || png[26] != 0 || png[27] != 0 || png[28] != 0)
            return null;
        var colours = colourType switch
        {
            0 when depth is 1 or 2 or 4 or 8 => 1,
            2 when depth == 8 => 3,
            3 when depth is 1 or 2 or 4 or 8 => 1,
            _ => 0, // 16-bit samples, or an alpha channel (a soft mask is made from decoded pixels)
        };
        if (colours == 0 || Chunks(png) is not var (data, palette))
            return null;
        string space;
        if (colourType == 3)
        {
            if (palette is null || palette.Length % 3 != 0 || palette.Length == 0 || palette.Length / 3 > 1 << depth)
                return null;
            space = $"[/Indexed/DeviceRGB {palette.Length / 3 - 1}<{Convert.ToHexString(palette)}>]";
        }
        else
        {
            space = colourType == 0 ? "/DeviceGray" : "/DeviceRGB";
        }

        var rowBytes = ((long)width * colours * depth + 7) / 8;
        if (!Inflates(data, height, rowBytes))
            return null;
        return new PdfImage.Encoded(
            $"/Type/XObject/Subtype/Image/Width {width}/Height {height}/ColorSpace{space}/BitsPerComponent {depth}/Filter/FlateDecode"
            + $"/DecodeParms<</Predictor 15/Colors {colours}/BitsPerComponent {depth}/Columns {width}>>",
            data, null);
    }

    /// <summary>The IDAT chunks' data joined, and the palette; null when a chunk runs past the end, when there is no IDAT
    /// or no IEND, or when a <c>tRNS</c> chunk makes some pixels transparent.</summary>
    private static (byte[] Data, byte[]? Palette)? Chunks(byte[] png)
    {
        var parts = new List<(int Start, int Length)>();
        byte[]? palette = null;
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (length < 0 || length > png.Length - at - 12)
                return null;
            var type = png.AsSpan(at + 4, 4);
            if (type.SequenceEqual("IEND"u8))
            {
                if (parts.Count == 0)
                    return null;
                var data = GC.AllocateUninitializedArray<byte>(parts.Sum(p => p.Length));
                var written = 0;
                foreach (var (start, count) in parts)
                {
                    png.AsSpan(start, count).CopyTo(data.AsSpan(written));
                    written += count;
                }

                return (data, palette);
            }

            if (type.SequenceEqual("tRNS"u8))
                return null;
            if (type.SequenceEqual("PLTE"u8))
                palette = png.AsSpan(at + 8, length).ToArray();
            else if (type.SequenceEqual("IDAT"u8))
                parts.Add((at + 8, length));
            at += 12 + length;
        }

        return null;
    }

    /// <summary>Whether the zlib data inflates (its checksum included) to exactly <paramref name="rows"/> rows of a filter byte
    /// PNG knows (0–4) and <paramref name="rowBytes"/> bytes: what a PDF reader will find when it reads the stream.</summary>
    private static bool Inflates(byte[] data, int rows, long rowBytes)
    {
        var expected = rows * (rowBytes + 1);
        var buffer = new byte[64 * 1024];
        long total = 0;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(data, writable: false), CompressionMode.Decompress);
            int read;
            long nextRow = 0;
            while ((read = zlib.Read(buffer)) > 0)
            {
                // Every row starts with its filter type.
                for (; nextRow < total + read; nextRow += rowBytes + 1)
                {
                    if (buffer[nextRow - total] > 4)
                        return false;
                }

                total += read;
                if (total > expected)
                    return false;
            }
        }
        catch (InvalidDataException)
        {
            return false;
        }

        return total == expected;
    }
}
