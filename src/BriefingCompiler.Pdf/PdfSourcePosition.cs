namespace BriefingCompiler.Pdf;

/// <summary>
/// Where in the HTML an element starts: 1-based <see cref="Line"/> and <see cref="Column"/>, and the 0-based
/// UTF-16 <see cref="Offset"/> of its start tag's <c>&lt;</c> (so a caller holding the HTML can read the tag).
/// </summary>
public readonly record struct PdfSourcePosition(int Line, int Column, int Offset);
