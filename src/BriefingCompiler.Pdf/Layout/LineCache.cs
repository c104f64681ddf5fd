using System.Runtime.CompilerServices;
using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// Memoises the text layouter for one render: a paragraph is broken into lines once per (start offset,
/// width), however many times pagination asks. Lines of a continued paragraph are laid out from the
/// resume offset, so a page of another width (the first page's own margins) breaks them afresh.
/// </summary>
public sealed class LineCache(ITextLayouter layouter)
{
    private readonly ConditionalWeakTable<ParagraphBox, Dictionary<(int Offset, float Width), IReadOnlyList<TextLine>>> cache = [];

    public ITextLayouter Layouter => layouter;

    /// <summary>Lines of the paragraph from <paramref name="offset"/>; their source offsets are relative to the whole paragraph.</summary>
    public IReadOnlyList<TextLine> Lines(ParagraphBox paragraph, int offset, float width)
    {
        var perBox = cache.GetOrCreateValue(paragraph);
        if (!perBox.TryGetValue((offset, width), out var lines))
        {
            var runs = RunsFrom(paragraph.Runs, offset);
            // white-space: nowrap breaks only at forced breaks; the line keeps the box's width for alignment.
            var lineWidth = paragraph.Style.WhiteSpace == Styling.WhiteSpace.NoWrap ? NoWrapWidth(runs, width) : Math.Max(width, 0);
            lines = layouter.Layout(runs, lineWidth, paragraph.Style.TextAlign, paragraph.Style.RightToLeft)
                .Select(l => offset == 0 ? l : l with { SourceStart = l.SourceStart + offset, SourceEnd = l.SourceEnd + offset })
                .ToArray();
            perBox[(offset, width)] = lines;
        }

        return lines;
    }

    private float NoWrapWidth(IReadOnlyList<TextRun> runs, float width) =>
        Math.Max(Math.Max(width, 0), layouter.MeasureIntrinsicWidths(runs).MaxContent);

    /// <summary>The runs from a UTF-16 offset of their concatenated text on.</summary>
    public static IReadOnlyList<TextRun> RunsFrom(IReadOnlyList<TextRun> runs, int offset)
    {
        if (offset == 0)
        {
            return runs;
        }

        var result = new List<TextRun>();
        var start = 0;
        foreach (var run in runs)
        {
            var end = start + run.Text.Length;
            if (end > offset)
            {
                result.Add(start >= offset ? run : run with { Text = run.Text[(offset - start)..] });
            }

            start = end;
        }

        return result;
    }
}
