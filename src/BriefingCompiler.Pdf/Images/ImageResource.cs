namespace BriefingCompiler.Pdf.Images;

/// <summary>
/// One image of a document, read and checked once however often it is drawn: its encoded bytes as they came
/// (a JPEG is passed to the PDF unchanged), its format and its size. Painters key what they make of it (one
/// Skia image, one PDF XObject) on this object, so an image used on every page is embedded once.
/// A class, not a record: two resources are the same image only when they are the same object.
/// </summary>
public sealed class ImageResource
{
    public ImageResource(string name, ImageFormat format, byte[] encoded, int pixelWidth, int pixelHeight, VectorImage? vector = null)
    {
        Name = name;
        Format = format;
        Encoded = encoded;
        PixelWidth = pixelWidth;
        PixelHeight = pixelHeight;
        Vector = vector;
    }

    /// <summary>Where it came from, for messages: the name as the document wrote it (a <c>data:</c> URI shortened).</summary>
    public string Name { get; }

    public ImageFormat Format { get; }

    /// <summary>The file's bytes (or a <c>data:</c> URI's), unchanged.</summary>
    public byte[] Encoded { get; }

    /// <summary>Pixels across and down as the header says (checked against the decoding limits); for SVG the size it gives in CSS px, 0 when it gives none.</summary>
    public int PixelWidth { get; }

    public int PixelHeight { get; }

    /// <summary>An SVG image as shapes (never rasterized); null for raster formats.</summary>
    public VectorImage? Vector { get; }

    public bool IsVector => Vector is not null;

    /// <summary>
    /// The size the image has of itself, in points (one image pixel is one CSS px, 0.75 pt, as browsers take
    /// images without a resolution): width and height when known, and the ratio width / height when known.
    /// An SVG with only a viewBox has a ratio and no size; one with neither has nothing (300 × 150 px then, as CSS says).
    /// </summary>
    public IntrinsicSize Intrinsic => Vector is { } vector
        ? vector.Intrinsic
        : new IntrinsicSize(PixelWidth * 0.75f, PixelHeight * 0.75f, PixelHeight > 0 ? (float)PixelWidth / PixelHeight : null);
}
