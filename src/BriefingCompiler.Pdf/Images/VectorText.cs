using System.Numerics;

namespace BriefingCompiler.Pdf.Images;

/// <summary>
/// The characters of one piece of SVG <c>&lt;text&gt;</c> (a <c>text</c> or <c>tspan</c>'s characters in one style), kept
/// beside the outlines its <see cref="VectorShape"/> draws, so that a painter with the document's fonts can draw them as
/// text (the PDF then holds real, searchable text in the document's font subsets) and fall back to the outlines where it
/// cannot. <see cref="Placement"/> maps the piece's pen space — its left end on the baseline at the origin, in user units,
/// y down, as <see cref="ISvgTextOutliner.Outline"/> sets it — into the view box's coordinates (the text's position,
/// its chunk's anchor and every transform above it).
/// </summary>
public sealed record VectorText(string Text, SvgTextFont Font, Matrix3x2 Placement);
