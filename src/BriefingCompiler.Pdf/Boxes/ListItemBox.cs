using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>A list item; <see cref="Marker"/> ("•", "3.", "iv.") is set outside, right-aligned against the content.</summary>
public sealed record ListItemBox(ComputedStyle Style, string Marker, IReadOnlyList<Box> Children, string? Id = null)
    : ContainerBox(Style, Children, Id);
