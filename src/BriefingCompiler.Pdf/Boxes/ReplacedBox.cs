using BriefingCompiler.Pdf.Images;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// A replaced element (<c>&lt;img&gt;</c>, inline <c>&lt;svg&gt;</c>): an image drawn in its content box, sized from
/// CSS, the HTML width/height attributes (<see cref="AttributeWidth"/>, <see cref="AttributeHeight"/>, points) and
/// the image's own size. Laid out as one unbreakable block, or set in a line as an atomic inline (the run standing for
/// it carries it in <see cref="InlineTag.Atomic"/>). <see cref="Alt"/> is the element's alt text, kept for
/// the accessible PDF.
/// </summary>
public sealed record ReplacedBox(ComputedStyle Style, ImageResource Image, string? Alt, string? Id = null) : Box(Style, Id)
{
    public float? AttributeWidth { get; init; }
    public float? AttributeHeight { get; init; }

    /// <summary>The link the image is inside (an <c>a href</c> around a logo), or null.</summary>
    public string? Href { get; init; }
}
