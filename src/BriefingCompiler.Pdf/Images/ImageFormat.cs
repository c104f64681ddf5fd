namespace BriefingCompiler.Pdf.Images;

/// <summary>The image formats the engine reads: raster ones decoded by Skia, SVG read by <see cref="SvgReader"/> into vector data.</summary>
public enum ImageFormat
{
    Png,
    Jpeg,
    Gif,
    WebP,
    Svg,
}
