using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// One line of text (or a list marker); <see cref="Baseline"/> is measured from the fragment's top. <see cref="Atomics"/>
/// are the atomic inlines set in the line (inline-blocks, images), their border boxes placed relative to the fragment's
/// top-left corner, in the visual order of the glyph runs that stand for them (<see cref="GlyphRun.IsObject"/>).
/// <see cref="EmphasisMarks"/> are the emphasis marks of its runs (CSS <c>text-emphasis</c>).
/// </summary>
public sealed record LineFragment(TextLine Line, float X, float Y, float Width, float Height, float Baseline)
    : Fragment(X, Y, Width, Height)
{
    public IReadOnlyList<BoxFragment> Atomics { get; init; } = [];

    public IReadOnlyList<EmphasisMark> EmphasisMarks { get; init; } = [];
}
