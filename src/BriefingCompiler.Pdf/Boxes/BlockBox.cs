using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>A block (div, p, h1, ul, hr…). Headings h1–h3 carry a <see cref="Bookmark"/> for the PDF outline.</summary>
public sealed record BlockBox(ComputedStyle Style, IReadOnlyList<Box> Children, string? Id = null, Bookmark? Bookmark = null)
    : ContainerBox(Style, Children, Id);
