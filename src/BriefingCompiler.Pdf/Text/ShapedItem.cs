using BriefingCompiler.Pdf.Fonts;
using HarfBuzzSharp;

namespace BriefingCompiler.Pdf.Text;

/// <summary>A maximal stretch of a paragraph in one face, one script, one direction and one source run,
/// shaped as a whole. <see cref="Glyphs"/> are in visual order (HarfBuzz reverses right-to-left text).</summary>
internal sealed record ShapedItem(int Start, int End, FontFace Face, TextRun Run, Script Script, Direction Direction, ShapedGlyph[] Glyphs)
{
    public bool RightToLeft => Direction == Direction.RightToLeft;
}
