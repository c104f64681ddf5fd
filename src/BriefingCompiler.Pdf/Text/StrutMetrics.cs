namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// The vertical metrics of a style's first available font at its size, in points (ascent and descent positive): what
/// CSS 2.1 §10.8.1 measures an inline box's line-height around, with half the font's line gap (its own leading, used for
/// <c>line-height: normal</c>) and its x-height (for <c>vertical-align: middle</c>).
/// </summary>
public readonly record struct StrutMetrics(float Ascent, float Descent, float HalfLineGap, float XHeight);
