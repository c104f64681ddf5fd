using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// A text system that records the text of every call to <see cref="ITextLayouter.Layout"/> and hands the
/// work to another (the real one or <see cref="MonospaceTextSystem"/>), so tests can state how much text
/// layout asks the text engine to break — work, not time.
/// </summary>
public sealed class CountingTextSystem(ITextSystem inner) : ITextSystem
{
    private readonly List<string> laidOut = [];

    /// <summary>The concatenated run text of each Layout call, in order.</summary>
    public IReadOnlyList<string> LaidOut => laidOut;

    public ITextLayouter CreateLayouter(IReadOnlyList<IReadOnlyList<TextRun>> paragraphs, MessageLog log) =>
        new CountingLayouter(inner.CreateLayouter(paragraphs, log), laidOut);

    private sealed class CountingLayouter(ITextLayouter layouter, List<string> laidOut) : ITextLayouter, IDisposable
    {
        public IReadOnlyList<TextLine> Layout(IReadOnlyList<TextRun> runs, float width, TextAlignment alignment, bool rightToLeft)
        {
            laidOut.Add(string.Concat(runs.Select(r => r.Text)));
            return layouter.Layout(runs, width, alignment, rightToLeft);
        }

        public (float MinContent, float MaxContent) MeasureIntrinsicWidths(IReadOnlyList<TextRun> runs) => layouter.MeasureIntrinsicWidths(runs);

        public void Dispose() => (layouter as IDisposable)?.Dispose();
    }
}
