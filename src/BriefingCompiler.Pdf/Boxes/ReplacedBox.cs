using BriefingCompiler.Pdf.Images;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// A replaced element (<c>&lt;img&gt;</c>, inline <c>&lt;svg&gt;</c>): an image drawn in its content box, sized from
/// CSS, the HTML width/height attributes (<see cref="AttributeWidth"/>, <see cref="AttributeHeight"/>, points) and
/// the image's own size. Laid out as one unbreakable block. <see cref="Alt"/> is the element's alt text, kept for
/// the accessible PDF.
/// </summary>
public sealed record ReplacedBox(ComputedStyle Style, ImageResource Image, string? Alt, string? Id = null) : Box(Style, Id)
{
    public float? AttributeWidth { get; init; }
    public float? AttributeHeight { get; init; }

    /// <summary>For an image written inline (in a line of text): the text-align of its line, which places it; null for a block-level image.</summary>
    public Text.TextAlignment? LineAlignment { get; init; }

    /// <summary>Whether that line runs right to left (start and end swap).</summary>
    public bool LineRightToLeft { get; init; }
}
