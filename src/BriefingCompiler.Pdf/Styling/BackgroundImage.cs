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

    /// <summary>background-attachment: fixed — placed in the page box, not the element's box (CSS Backgrounds 3 §3.5:
    /// paged media have no viewport, so a fixed background is fixed to the page box), shown in the element's box.</summary>
    public bool Fixed { get; init; }
}
