using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// The seam between layout and the text engine: break styled runs into lines of at most
/// <paramref name="width"/> points (a word longer than the width gets a line of its own, wider than asked).
/// Layout only ever sees lines; the document's font set behind it is built before layout starts.
/// </summary>
public interface ITextLayouter
{
    IReadOnlyList<TextLine> Layout(IReadOnlyList<TextRun> runs, float width, TextAlignment alignment, bool rightToLeft);

    /// <summary>As <see cref="Layout(IReadOnlyList{TextRun}, float, TextAlignment, bool)"/>, the last line and every line
    /// ending in a forced break aligned by <paramref name="lastLine"/> (CSS <c>text-align-last</c>; null is <c>auto</c>:
    /// as the other lines, start where they are justified).</summary>
    IReadOnlyList<TextLine> Layout(IReadOnlyList<TextRun> runs, float width, TextAlignment alignment, bool rightToLeft, TextAlignment? lastLine) =>
        Layout(runs, width, alignment, rightToLeft);

    /// <summary>The widest unbreakable piece (min-content) and the widest forced line (max-content), for table columns.</summary>
    (float MinContent, float MaxContent) MeasureIntrinsicWidths(IReadOnlyList<TextRun> runs);

    /// <summary>The metrics of the style's first available font at its size (a block's strut, CSS 2.1 §10.8.1); null when
    /// that face sets no text of the document (then lines are measured from their runs alone).</summary>
    StrutMetrics? Strut(TextStyle style) => null;
}
