using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// A node of the box tree: immutable, built once from the styled HTML, laid out as often as needed.
/// <see cref="Id"/> is the element's id (a target for in-document links).
/// </summary>
public abstract record Box(ComputedStyle Style, string? Id);
