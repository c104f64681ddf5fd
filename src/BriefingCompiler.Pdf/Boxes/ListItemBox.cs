using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// A list item; <see cref="Marker"/> ("•", "3.", "iv.") is set outside, right-aligned against the content, in
/// <see cref="MarkerStyle"/> (a ::marker rule's colour and font; null: the item's).
/// </summary>
public sealed record ListItemBox(ComputedStyle Style, string Marker, IReadOnlyList<Box> Children, string? Id = null)
    : ContainerBox(Style, Children, Id)
{
    public ComputedStyle? MarkerStyle { get; init; }

    /// <summary>The image of list-style-image, set outside in place of the marker text (which stays in <see cref="Marker"/> as its alternative).</summary>
    public Images.ImageResource? MarkerImage { get; init; }
}
