namespace BriefingCompiler.Pdf.Styling;

/// <summary>
/// An input file as the one HTML string the engine styles (its linked style sheets inlined), or null
/// <see cref="Html"/> when the file cannot be read as a document (an XHTML file that is not well-formed XML);
/// <see cref="Problems"/> says why, and what was left out.
/// </summary>
public sealed record LoadedHtml(string? Html, IReadOnlyList<InputProblem> Problems);
