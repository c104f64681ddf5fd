using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>A box whose children are stacked vertically: blocks, list items and table cells.</summary>
public abstract record ContainerBox(ComputedStyle Style, IReadOnlyList<Box> Children, string? Id) : Box(Style, Id);
