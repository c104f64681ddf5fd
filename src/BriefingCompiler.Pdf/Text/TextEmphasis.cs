namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// The emphasis marks of a run (CSS Text Decoration 3 §3): <see cref="Mark"/> is the text drawn over (or, with
/// <see cref="Under"/>, under) each character that takes a mark, in the run's font at half its size and in
/// <see cref="Color"/> (<c>text-emphasis-color</c>, <c>currentColor</c> already resolved).
/// </summary>
public sealed record TextEmphasis(string Mark, uint Color, bool Under);
