using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>A td or th: a block container spanning <see cref="ColumnSpan"/> columns.</summary>
public sealed record TableCellBox(ComputedStyle Style, IReadOnlyList<Box> Children, int ColumnSpan = 1, string? Id = null)
    : ContainerBox(Style, Children, Id);
