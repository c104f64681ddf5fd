namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// A multi-column container (CSS Multi-column Layout 1): column-count and column-width (null: auto), column-gap in
/// points (normal already resolved to 1em), the rule drawn between columns, and whether columns are filled in turn
/// (<c>column-fill: auto</c>) rather than balanced.
/// </summary>
public sealed record MultiColumnStyle(int? Count, float? Width, float Gap, BorderSide Rule, bool FillAuto);
