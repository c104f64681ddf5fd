using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// The text engine as the rest of the engine needs it, in its two phases: first every run of the document
/// is handed over (so each font face is subset once, with all the text it will draw), which gives a
/// layouter, whose glyph runs (glyph ids, positions, cluster text, face) are data the painters draw.
/// </summary>
public interface ITextSystem
{
    /// <summary>
    /// Registers the runs of every paragraph (in order, one list per paragraph) and returns the layouter for
    /// this document. Characters no font can draw are reported to <paramref name="log"/>. Dispose the layouter
    /// (when it is disposable) after the output is written: drawn runs refer to its typefaces.
    /// </summary>
    ITextLayouter CreateLayouter(IReadOnlyList<IReadOnlyList<TextRun>> paragraphs, MessageLog log);

    /// <summary>The x-height per em of the first available font of <paramref name="families"/> (what an <c>ex</c> is);
    /// half an em for a text system without real fonts.</summary>
    float XHeightPerEm(IReadOnlyList<string> families, int weight, bool italic) => 0.5f;

    /// <summary>What sets the text of SVG images as outlines in these fonts; null for a text system without real fonts
    /// (SVG text is then left out with a warning).</summary>
    Images.ISvgTextOutliner? SvgText => null;
}
