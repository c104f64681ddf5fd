using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// The emphasis marks of one glyph run of a line (CSS Text Decoration 3 §3): <see cref="Marks"/> is one glyph run holding
/// a copy of the mark for each character of <see cref="Base"/> that takes one, in the mark's face, size and colour, placed
/// like <see cref="Base"/> (its <see cref="GlyphRun.X"/> from the line's left edge); its baseline is
/// <see cref="BaselineOffset"/> points below the base run's (negative: above it).
/// </summary>
public sealed record EmphasisMark(GlyphRun Base, GlyphRun Marks, float BaselineOffset);
