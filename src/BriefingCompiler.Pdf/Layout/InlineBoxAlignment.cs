using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// The inline boxes of one line and how far they reach above and below its baseline (CSS 2.1 §10.8): the block's strut
/// (the root inline box), then each run's inline box — its own line-height centred on its first available font
/// (half-leading above and below, negative when the line-height is less than the font's height), or with
/// <c>line-height: normal</c> the font's ascent and descent with half its line gap (fallback faces that draw glyphs
/// included) — raised or lowered by its baseline shift. Runs in an element aligned by text-top, text-bottom or middle
/// (<see cref="VerticalAnchor"/>) are moved to where that element's box lands against its parent's font; those aligned
/// by top or bottom are set apart (<see cref="EdgeAligned"/>) and placed against the line box once it is known
/// (<see cref="Place"/>). A run's box reaches as far as its emphasis marks (<see cref="EmphasisMarks.Reach"/>). Text lines only: atomic inlines are placed by <c>ParagraphLayout</c>.
/// </summary>
internal sealed class InlineBoxAlignment
{
    private readonly Func<TextStyle, StrutMetrics?> strutOf;
    private readonly Dictionary<VerticalAnchor, float> shifts = new(ReferenceEqualityComparer.Instance);
    private readonly List<EdgeAlignedBox> edgeAligned = [];

    private InlineBoxAlignment(Func<TextStyle, StrutMetrics?> strutOf) => this.strutOf = strutOf;

    /// <summary>How far the boxes aligned with the baseline reach above it.</summary>
    public float Top { get; private set; }

    /// <summary>How far the boxes aligned with the baseline reach below it.</summary>
    public float Bottom { get; private set; }

    /// <summary>The elements aligned by top or bottom: each with how far its subtree reaches above and below its own baseline.</summary>
    public IReadOnlyList<EdgeAlignedBox> EdgeAligned => edgeAligned;

    /// <summary>An element aligned with the line box's top or bottom, and its subtree's extent around its baseline.</summary>
    public sealed record EdgeAlignedBox(VerticalAnchor Anchor, float Up, float Down)
    {
        public float Height => Up + Down;
    }

    /// <summary>
    /// The boxes of <paramref name="line"/> in a block of <paramref name="block"/>'s style. <paramref name="strutOf"/> gives a
    /// style's first available font's metrics (null when unknown: the block's strut is then taken from the runs, as the
    /// largest of theirs, and an aligned element's fonts from an em box).
    /// </summary>
    public static InlineBoxAlignment Of(ComputedStyle block, TextLine line, Func<TextStyle, StrutMetrics?>? strutOf)
    {
        var alignment = new InlineBoxAlignment(strutOf ?? (_ => null));
        var (top, bottom) = alignment.RootBox(block, line);
        var anchors = new Dictionary<VerticalAnchor, EdgeAlignedBox>(ReferenceEqualityComparer.Instance);
        foreach (var run in line.Runs)
        {
            var (above, below) = BoxOf(run);
            if (run.Style.Emphasis is { } emphasis && !run.IsObject)
            {
                // Emphasis marks sit outside the run's font box: the line grows where its line-height leaves them no room.
                var reach = EmphasisMarks.Reach(run, alignment.Metrics(EmphasisMarks.MarkStyle(run.Style)));
                (above, below) = emphasis.Under ? (above, Math.Max(below, reach)) : (Math.Max(above, reach), below);
            }

            var shift = run.Style.BaselineShift;
            if (run.Style.Anchor is { } anchor)
            {
                var relative = shift - anchor.ApproximateShift;
                if (anchor.Align is InlineVerticalAlign.Top or InlineVerticalAlign.Bottom)
                {
                    var (up, down) = anchors.TryGetValue(anchor, out var group) ? (group.Up, group.Down) : alignment.OwnBox(anchor);
                    anchors[anchor] = new EdgeAlignedBox(anchor, Math.Max(up, relative + above), Math.Max(down, below - relative));
                    continue;
                }

                var anchorShift = alignment.ShiftOf(anchor);
                if (anchors.TryAdd(anchor, new EdgeAlignedBox(anchor, 0, 0)))
                {
                    // The element's own box counts even where none of its text is on the line.
                    var (ownAbove, ownBelow) = alignment.OwnBox(anchor);
                    top = Math.Max(top, anchorShift + ownAbove);
                    bottom = Math.Max(bottom, ownBelow - anchorShift);
                }

                shift = anchorShift + relative;
            }

            top = Math.Max(top, shift + above);
            bottom = Math.Max(bottom, below - shift);
        }

        alignment.edgeAligned.AddRange(anchors.Values.Where(a => a.Anchor.Align is InlineVerticalAlign.Top or InlineVerticalAlign.Bottom));
        (alignment.Top, alignment.Bottom) = (top, bottom);
        return alignment;
    }

    /// <summary>
    /// Places the top- and bottom-aligned elements against a line box that reaches <paramref name="top"/> above the baseline
    /// and <paramref name="bottom"/> below it (those of <see cref="EdgeAligned"/> taller than it already counted in), and
    /// gives each run of <paramref name="line"/> in an aligned element the baseline shift it is drawn with. The same line
    /// when nothing on it is aligned so.
    /// </summary>
    public TextLine Place(TextLine line, float top, float bottom)
    {
        foreach (var box in edgeAligned)
        {
            shifts[box.Anchor] = box.Anchor.Align == InlineVerticalAlign.Top ? top - box.Up : box.Down - bottom;
        }

        if (shifts.Count == 0)
        {
            return line;
        }

        var restyled = new Dictionary<TextStyle, TextStyle>(ReferenceEqualityComparer.Instance);
        var runs = new List<GlyphRun>(line.Runs.Count);
        foreach (var run in line.Runs)
        {
            if (run.Style.Anchor is not { } anchor || !shifts.TryGetValue(anchor, out var anchorShift))
            {
                runs.Add(run);
                continue;
            }

            if (!restyled.TryGetValue(run.Style, out var style))
            {
                style = run.Style with { BaselineShift = anchorShift + run.Style.BaselineShift - anchor.ApproximateShift };
                restyled[run.Style] = style;
            }

            runs.Add(run with { Style = style });
        }

        return line with { Runs = runs };
    }

    /// <summary>
    /// The grown extents of a line box that reaches <paramref name="top"/> above and <paramref name="bottom"/> below its
    /// baseline once the top- and bottom-aligned elements are in: one taller than the line makes it as tall as itself,
    /// growing away from the edge it is aligned with (CSS 2.1 §10.8: the line box is as short as they allow).
    /// </summary>
    public (float Top, float Bottom) HoldEdgeAligned(float top, float bottom)
    {
        foreach (var box in edgeAligned)
        {
            var excess = box.Height - (top + bottom);
            if (excess <= 0)
            {
                continue;
            }

            if (box.Anchor.Align == InlineVerticalAlign.Top)
            {
                bottom += excess;
            }
            else
            {
                top += excess;
            }
        }

        return (top, bottom);
    }

    /// <summary>The block's strut: its line-height around its first available font (CSS 2.1 §10.8.1, "as if each line
    /// box starts with a zero-width inline box with the element's font and line height properties").</summary>
    private (float Top, float Bottom) RootBox(ComputedStyle block, TextLine line)
    {
        var strut = strutOf(block.ToTextStyle());
        if (block.LineHeight is { } set)
        {
            var (ascent, descent) = strut is { } s ? (s.Ascent, s.Descent) : (line.Ascent, line.Descent);
            var halfLeading = (set - (ascent + descent)) / 2;
            return (ascent + halfLeading, descent + halfLeading);
        }

        return strut is { } metrics
            ? (metrics.Ascent + metrics.HalfLineGap, metrics.Descent + metrics.HalfLineGap)
            : (line.NormalAscent, line.NormalDescent);
    }

    /// <summary>A run's inline box above and below its baseline: a set line-height centred on its first available font;
    /// <c>normal</c>, that font and the face that draws the run, each with half its line gap.</summary>
    private static (float Above, float Below) BoxOf(GlyphRun run)
    {
        var size = run.Style.FontSize;
        var strut = run.Strut ?? new StrutMetrics(run.Font.AscentAt(size), run.Font.DescentAt(size), run.Font.HalfLineGapAt(size), 0);
        if (run.Style.LineHeight is { } set)
        {
            var halfLeading = (set - (strut.Ascent + strut.Descent)) / 2;
            return (strut.Ascent + halfLeading, strut.Descent + halfLeading);
        }

        var gap = run.Font.HalfLineGapAt(size);
        return (Math.Max(strut.Ascent + strut.HalfLineGap, run.Font.AscentAt(size) + gap), Math.Max(strut.Descent + strut.HalfLineGap, run.Font.DescentAt(size) + gap));
    }

    /// <summary>An aligned element's own inline box around its baseline.</summary>
    private (float Above, float Below) OwnBox(VerticalAnchor anchor)
    {
        var own = Metrics(anchor.Own);
        var height = anchor.Own.LineHeight ?? own.Ascent + own.Descent + 2 * own.HalfLineGap;
        var halfLeading = (height - (own.Ascent + own.Descent)) / 2;
        return (own.Ascent + halfLeading, own.Descent + halfLeading);
    }

    /// <summary>How far an element aligned by text-top, text-bottom or middle has its baseline above the block's.</summary>
    private float ShiftOf(VerticalAnchor anchor)
    {
        if (shifts.TryGetValue(anchor, out var known))
        {
            return known;
        }

        var (above, below) = OwnBox(anchor);
        var parent = Metrics(anchor.Parent);
        var shift = anchor.Align switch
        {
            InlineVerticalAlign.TextTop => anchor.ParentShift + parent.Ascent - above,
            InlineVerticalAlign.TextBottom => anchor.ParentShift - parent.Descent + below,
            _ => anchor.ParentShift + parent.XHeight / 2 - (above - below) / 2,
        };
        shifts[anchor] = shift;
        return shift;
    }

    /// <summary>A style's first available font's metrics, or an em box (ascent 0.8, descent 0.2, x-height 0.5) where they are not known.</summary>
    private StrutMetrics Metrics(TextStyle style) =>
        strutOf(style) ?? new StrutMetrics(0.8f * style.FontSize, 0.2f * style.FontSize, 0, 0.5f * style.FontSize);
}
