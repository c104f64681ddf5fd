using BriefingCompiler.Pdf.Boxes;

namespace BriefingCompiler.Pdf.Layout.Grid;

/// <summary>A grid item and the cells it covers: 0-based track indices, ends exclusive.</summary>
public sealed record GridItemArea(Box Box, int RowStart, int RowEnd, int ColumnStart, int ColumnEnd);
