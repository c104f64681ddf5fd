using BriefingCompiler.Pdf.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// A raster image as a PDF image XObject: a JPEG's own bytes with <c>/DCTDecode</c> (never decoded and encoded
/// again), an opaque PNG's own compressed data with its row filters (<see cref="PngPassThrough"/>), any other image
/// decoded by Skia into 8-bit RGB, Flate-compressed, with an <c>/SMask</c> when it has transparency. Null when the bytes cannot be decoded (the image is then not drawn). The encoding is a pure function
/// of the image (<see cref="Encode"/>), so a build encodes a logo once and writes the same bytes into every PDF
/// (<see cref="PdfImageCache"/>).
/// </summary>
internal static class PdfImage
{
    /// <summary>An image's XObject streams, ready to write: the image's dictionary entries and data (compressed), and
    /// its soft mask's when it has one. <paramref name="Flattened"/>: its transparency was composited onto white.</summary>
    internal sealed record Encoded(string Entries, ReadOnlyMemory<byte> Data, (string Entries, ReadOnlyMemory<byte> Data)? Mask, bool Flattened = false)
    {
        /// <summary>The SHA-256 of <see cref="Data"/>, made once with the encoding: a cached image (a logo in every PDF of a
        /// build) is counted in each file's <c>/ID</c> by it instead of being hashed again.</summary>
        public byte[] DataDigest { get; } = System.Security.Cryptography.SHA256.HashData(Data.Span);

        /// <summary>The SHA-256 of the mask's data, or null without a mask.</summary>
        public byte[]? MaskDigest { get; } = Mask is { } mask ? System.Security.Cryptography.SHA256.HashData(mask.Data.Span) : null;
    }

    /// <summary>Writes the image's XObject (and soft mask); null when it cannot be decoded. With <paramref name="flatten"/>
    /// (PDF/A-1, which forbids soft masks) an image with transparency is composited onto white instead.</summary>
    public static Encoded? Write(PdfObjectWriter writer, ImageResource image, PdfImageCache? cache, bool flatten, out int number)
    {
        number = 0;
        if ((cache is null ? Encode(image, writer.Encoders, flatten) : cache.GetOrEncode(image, writer.Encoders, flatten)) is not { } encoded) return null;
        var mask = encoded.Mask is { } soft ? $"/SMask {PdfSyntax.Reference(writer.AddRawStream(soft.Entries, soft.Data, encoded.MaskDigest))}" : "";
        number = writer.AddRawStream(encoded.Entries + mask, encoded.Data, encoded.DataDigest);
        return encoded;
    }

    /// <summary>The image's streams; pixels are compressed by an encoder of <paramref name="encoders"/> (the bytes do not depend on which).</summary>
    public static Encoded? Encode(ImageResource image, Compression.ZlibEncoderPool encoders, bool flatten = false)
    {
        if (image.Format == ImageFormat.Jpeg && JpegComponents(image.Encoded) is { } components and (1 or 3 or 4))
        {
            var space = components switch { 1 => "/DeviceGray", 3 => "/DeviceRGB", _ => "/DeviceCMYK/Decode[1 0 1 0 1 0 1 0]" };
            return new Encoded(
                $"/Type/XObject/Subtype/Image/Width {image.PixelWidth}/Height {image.PixelHeight}/ColorSpace{space}/BitsPerComponent 8/Filter/DCTDecode",
                image.Encoded, null);
        }

        if (image.Format == ImageFormat.Png && PngPassThrough.Encode(image.Encoded) is { } unchanged)
            return unchanged;

        using var bitmap = SKBitmap.Decode(image.Encoded, new SKImageInfo(image.PixelWidth, image.PixelHeight, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        if (bitmap is null || bitmap.Width == 0 || bitmap.Height == 0) return null;
        var pixels = bitmap.GetPixelSpan();
        var count = bitmap.Width * bitmap.Height;
        var rgb = new byte[count * 3];
        var alpha = new byte[count];
        var translucent = false;
        for (var i = 0; i < count; i++)
        {
            rgb[i * 3] = pixels[i * 4];
            rgb[i * 3 + 1] = pixels[i * 4 + 1];
            rgb[i * 3 + 2] = pixels[i * 4 + 2];
            alpha[i] = pixels[i * 4 + 3];
            translucent |= alpha[i] != 255;
        }

        if (translucent && flatten)
        {
            for (var i = 0; i < count; i++)
            {
                var white = 255 * (255 - alpha[i]);
                for (var c = 0; c < 3; c++) rgb[i * 3 + c] = (byte)((rgb[i * 3 + c] * alpha[i] + white + 127) / 255);
            }

            return new Encoded(RgbEntries(bitmap), encoders.Compress(rgb, PdfObjectWriter.DefaultSearch), null, Flattened: true);
        }

        var mask = translucent
            ? ($"/Type/XObject/Subtype/Image/Width {bitmap.Width}/Height {bitmap.Height}/ColorSpace/DeviceGray/BitsPerComponent 8/Filter/FlateDecode", encoders.Compress(alpha, PdfObjectWriter.DefaultSearch))
            : ((string, ReadOnlyMemory<byte>)?)null;
        return new Encoded(RgbEntries(bitmap), encoders.Compress(rgb, PdfObjectWriter.DefaultSearch), mask);
    }

    private static string RgbEntries(SKBitmap bitmap) =>
        $"/Type/XObject/Subtype/Image/Width {bitmap.Width}/Height {bitmap.Height}/ColorSpace/DeviceRGB/BitsPerComponent 8/Filter/FlateDecode";

    /// <summary>The number of colour components in a JPEG's frame header (SOFn), or null when none is found.</summary>
    private static int? JpegComponents(byte[] jpeg)
    {
        var at = 2;
        while (at + 9 < jpeg.Length)
        {
            if (jpeg[at] != 0xFF) return null;
            var marker = jpeg[at + 1];
            var length = (jpeg[at + 2] << 8) | jpeg[at + 3];
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC) return jpeg[at + 9];
            at += 2 + length;
        }

        return null;
    }
}
