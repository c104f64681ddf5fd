using BriefingCompiler.Pdf.Images;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// A box's background image (one layer): the image, whether it repeats across and down, where it sits in the
/// padding box (background-position: percentages of the free space, or lengths) and its size (background-size:
/// <see cref="Cover"/>, <see cref="Contain"/>, or a width and height where null is auto).
/// </summary>
public sealed record BackgroundImage(ImageResource Image, bool RepeatX, bool RepeatY, (CssLength X, CssLength Y) Position)
{
    public bool Cover { get; init; }
    public bool Contain { get; init; }
    public CssLength? Width { get; init; }
    public CssLength? Height { get; init; }
}
