using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// A run of inline content (an anonymous block in CSS terms): the text of its spans with white space already
/// collapsed, each run tagged with an <see cref="InlineTag"/> for links, anchors and decorations.
/// </summary>
public sealed record ParagraphBox(ComputedStyle Style, IReadOnlyList<TextRun> Runs) : Box(Style, null)
{
    public string Text => string.Concat(Runs.Select(r => r.Text));

    /// <summary>
    /// Set when a <c>::first-line</c> applies (CSS 2.1 §5.12.1): the same text in the first line's styles, in the first
    /// line's block style. Layout breaks this one for the paragraph's first line and <see cref="Runs"/> for the lines after it.
    /// </summary>
    public ParagraphBox? FirstLine { get; init; }
}
