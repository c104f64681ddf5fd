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
}
