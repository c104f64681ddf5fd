using BriefingCompiler.Pdf.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Images;

/// <summary>Small real image files made with Skia's encoders, for tests.</summary>
public static class TestImages
{
    /// <summary>A PNG of <paramref name="width"/> × <paramref name="height"/> pixels: the left half red, the right half blue.</summary>
    public static byte[] Png(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, width / 2f, height, red);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    public static ImageResource PngResource(int width, int height) => new("test.png", ImageFormat.Png, Png(width, height), width, height);

    /// <summary>A 100 × 50 vector image: a green rectangle over its left half, a triangle stroked in black.</summary>
    public static ImageResource VectorResource() => new("test.svg", ImageFormat.Svg, [], 100, 50, new VectorImage(
        new IntrinsicSize(75, 37.5f, 2), new ViewBox(0, 0, 100, 50), false,
        [
            new VectorShape(new VectorPath([new MoveTo(0, 0), new LineTo(50, 0), new LineTo(50, 50), new LineTo(0, 50), new ClosePath()]), new SolidPaint(0xFF00A000), null),
            new VectorShape(new VectorPath([new MoveTo(60, 40), new LineTo(80, 10), new LineTo(95, 40), new ClosePath()]), null, new VectorStroke(new SolidPaint(0xFF000000), 2)),
        ]));

    /// <summary>PNG's CRC-32 (ISO 3309), bit by bit: for chunks written by hand.</summary>
    public static uint PngCrc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
