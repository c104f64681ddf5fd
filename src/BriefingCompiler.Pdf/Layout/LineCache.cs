using System.Runtime.CompilerServices;
using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// Memoises the text layouter for one render: a paragraph is broken into lines once per (start offset,
/// width), however many times pagination asks. A continued paragraph on a page of a width it was already
/// broken at keeps those lines: greedy breaking from a line's start gives the lines that follow it, so the
/// lines from the resume offset are a slice of the earlier breaking, not a new one. Re-breaking the rest of
/// the paragraph on every page made a paragraph spanning N pages cost (and keep) N layouts of its tail — a
/// 1,000,000-letter word took 54 s and 3.6 GiB. Only a page of another width (the first page's own
/// margins) breaks the rest afresh from the resume offset. Pagination asks in page order, so the answers
/// are the same in every render of the same tree. A paragraph holding atomic inlines (inline-blocks, images) is broken
/// with each object as wide as <paramref name="runsAt"/> says for the containing width (and page height) given.
/// </summary>
public sealed class LineCache(ITextLayouter layouter, Func<ParagraphBox, float, float, IReadOnlyList<TextRun>>? runsAt = null)
{
    private readonly ConditionalWeakTable<ParagraphBox, Dictionary<float, List<Breaking>>> cache = [];

    public ITextLayouter Layouter => layouter;

    /// <summary>Lines of the paragraph from <paramref name="offset"/>; their source offsets are relative to the whole paragraph.</summary>
    public IReadOnlyList<TextLine> Lines(ParagraphBox paragraph, int offset, float width, float pageHeight = LayoutSpace.Unbounded)
    {
        var perWidth = cache.GetOrCreateValue(paragraph);
        if (!perWidth.TryGetValue(width, out var breakings))
        {
            breakings = [];
            perWidth[width] = breakings;
        }

        // white-space: nowrap sizes its lines to the widest line of the text from the offset on, so a slice of
        // an earlier breaking would be aligned in another width: it is only reused from the same offset.
        var noWrap = paragraph.Style.WhiteSpace == Styling.WhiteSpace.NoWrap;
        foreach (var breaking in breakings)
        {
            if (breaking.Offset == offset)
            {
                return breaking.Lines;
            }

            if (!noWrap && breaking.Offset < offset && breaking.IndexOfLineAt(offset) is { } index)
            {
                return new ArraySegment<TextLine>(breaking.Lines, index, breaking.Lines.Length - index);
            }
        }

        var runs = RunsFrom(RunsOf(paragraph, width, pageHeight), offset);
        // white-space: nowrap breaks only at forced breaks; the line keeps the box's width for alignment.
        var lineWidth = noWrap ? NoWrapWidth(runs, width) : Math.Max(width, 0);
        var leader = LeaderFill.HasLeader(paragraph);
        var lines = layouter.Layout(runs, lineWidth, Alignment(paragraph, leader), paragraph.Style.RightToLeft, LastLineAlignment(paragraph, leader))
            .Select(l => offset == 0 ? l : l with { SourceStart = l.SourceStart + offset, SourceEnd = l.SourceEnd + offset })
            .Select(l => leader ? LeaderFill.Fill(l, lineWidth, paragraph.Style.RightToLeft) : l)
            .ToArray();
        breakings.Add(new Breaking(offset, lines));
        return lines;
    }

    /// <summary>
    /// The first line of the paragraph from <paramref name="offset"/> at <paramref name="width"/>, and where the
    /// line after it starts (the text's length after the last line); null when nothing is left to set. Lines
    /// beside floats each have a width of their own, so each is broken alone — from a window of the text that
    /// grows until it holds more than the line (greedy breaking then gives the line it gives from the whole
    /// text), so a long paragraph beside a float costs a line's worth of shaping per line, not the rest of the
    /// paragraph per line. Not cached: the widths beside floats are seldom asked twice.
    /// </summary>
    public (TextLine Line, int Next)? FirstLine(ParagraphBox paragraph, int offset, float width, float containingWidth, float pageHeight = LayoutSpace.Unbounded)
    {
        var style = paragraph.Style;
        var runs = RunsFrom(RunsOf(paragraph, containingWidth, pageHeight), offset);
        var remaining = runs.Sum(r => r.Text.Length);
        if (style.WhiteSpace == Styling.WhiteSpace.NoWrap)
        {
            var all = Lines(paragraph, offset, width, pageHeight);
            return all.Count == 0 ? null : (all[0], all.Count > 1 ? all[1].SourceStart : offset + remaining);
        }

        for (var window = Math.Min(256, remaining); ; window = (int)Math.Min(4L * window, remaining))
        {
            var whole = window >= remaining;
            var leader = LeaderFill.HasLeader(paragraph);
            // Only the first line is kept, and only when it is not the window's last (or the window is the whole text).
            var lines = layouter.Layout(whole ? runs : Window(runs, window), Math.Max(width, 0), Alignment(paragraph, leader), style.RightToLeft,
                LastLineAlignment(paragraph, leader));
            if (lines.Count == 0)
            {
                return null;
            }

            if (lines.Count > 1 || whole)
            {
                var first = lines[0];
                var line = offset == 0 ? first : first with { SourceStart = first.SourceStart + offset, SourceEnd = first.SourceEnd + offset };
                line = leader ? LeaderFill.Fill(line, Math.Max(width, 0), style.RightToLeft) : line;
                return (line, lines.Count > 1 ? lines[1].SourceStart + offset : offset + remaining);
            }
        }
    }

    /// <summary>A paragraph with a leader is not justified: the leader takes the free space of its line.</summary>
    private static Text.TextAlignment Alignment(ParagraphBox paragraph, bool leader) =>
        leader && paragraph.Style.TextAlign == Text.TextAlignment.Justify ? Text.TextAlignment.Start : paragraph.Style.TextAlign;

    /// <summary>text-align-last; with a leader, the leader takes the free space of the last line too.</summary>
    private static Text.TextAlignment? LastLineAlignment(ParagraphBox paragraph, bool leader) =>
        leader && paragraph.Style.TextAlignLast == Text.TextAlignment.Justify ? Text.TextAlignment.Start : paragraph.Style.TextAlignLast;

    /// <summary>The first <paramref name="length"/> UTF-16 units of the runs (never half a surrogate pair).</summary>
    private static List<TextRun> Window(IReadOnlyList<TextRun> runs, int length)
    {
        var result = new List<TextRun>();
        foreach (var run in runs)
        {
            if (run.Text.Length >= length)
            {
                var cut = length > 0 && char.IsHighSurrogate(run.Text[length - 1]) ? length + 1 : length;
                if (cut > 0)
                {
                    result.Add(run with { Text = run.Text[..Math.Min(cut, run.Text.Length)] });
                }

                break;
            }

            result.Add(run);
            length -= run.Text.Length;
        }

        return result;
    }

    /// <summary>The paragraph's runs, objects given their widths in a containing block <paramref name="containingWidth"/> wide.</summary>
    private IReadOnlyList<TextRun> RunsOf(ParagraphBox paragraph, float containingWidth, float pageHeight) =>
        runsAt is null ? paragraph.Runs : runsAt(paragraph, containingWidth, pageHeight);

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

    /// <summary>The lines of one call to the text layouter: the paragraph broken from <paramref name="Offset"/> at one width.</summary>
    private sealed record Breaking(int Offset, TextLine[] Lines)
    {
        /// <summary>The index of the line starting at <paramref name="offset"/> (lines run in source order), or null.</summary>
        public int? IndexOfLineAt(int offset)
        {
            int low = 0, high = Lines.Length;
            while (low < high)
            {
                var middle = low + (high - low) / 2;
                if (Lines[middle].SourceStart < offset) low = middle + 1;
                else high = middle;
            }

            return low < Lines.Length && Lines[low].SourceStart == offset ? low : null;
        }
    }
}
