using System.Buffers.Binary;

namespace BriefingCompiler.Pdf.Images;

/// <summary>
/// The pixel size a raster file's header claims, read from its bytes alone (PNG's IHDR, GIF's logical screen,
/// JPEG's start-of-frame, WebP's VP8/VP8L/VP8X chunk) — so that a size too large to decode is refused with a
/// clear reason before any decoder allocates for it. Null when the header is missing or cut short.
/// </summary>
public static class RasterHeader
{
    public static (int Width, int Height)? Size(ReadOnlySpan<byte> bytes, ImageFormat format) => format switch
    {
        ImageFormat.Png => bytes.Length >= 24 && bytes[12..16].SequenceEqual("IHDR"u8)
            ? (BinaryPrimitives.ReadInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadInt32BigEndian(bytes[20..]))
            : null,
        ImageFormat.Gif => bytes.Length >= 10 ? (BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..])) : null,
        ImageFormat.Jpeg => Jpeg(bytes),
        ImageFormat.WebP => WebP(bytes),
        _ => null,
    };

    private static (int, int)? Jpeg(ReadOnlySpan<byte> bytes)
    {
        var at = 2;
        while (at + 4 <= bytes.Length)
        {
            if (bytes[at] != 0xFF)
                return null;
            var marker = bytes[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            // Start of frame: SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return at + 9 <= bytes.Length ? (BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..])) : null;
            if (length < 2)
                return null;
            at += 2 + length;
        }

        return null;
    }

    private static (int, int)? WebP(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 30)
            return null;
        var chunk = bytes[12..16];
        if (chunk.SequenceEqual("VP8X"u8))
            return (1 + (bytes[24] | bytes[25] << 8 | bytes[26] << 16), 1 + (bytes[27] | bytes[28] << 8 | bytes[29] << 16));
        if (chunk.SequenceEqual("VP8L"u8))
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(bytes[21..]);
            return ((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8 "u8))
            return (BinaryPrimitives.ReadUInt16LittleEndian(bytes[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(bytes[28..]) & 0x3FFF);
        return null;
    }
}
