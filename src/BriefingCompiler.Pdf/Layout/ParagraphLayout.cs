using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// Lays out the lines of a paragraph that fit in the space, honouring orphans and widows (the lines left
/// before and after a page break). At the top of a page at least one line is placed. (break-inside: avoid
/// belongs to the element around the paragraph and is applied by its container.) Atomic inlines in a line
/// (inline-blocks, images) are placed in it by their vertical-align, and the line grows to hold them (CSS 2.1 §10.8).
/// </summary>
public sealed class ParagraphLayout(LineCache lines, AtomicInlineLayout atomics, MessageLog log)
{
    private readonly EmphasisMarks emphasis = new(lines.Layouter);

    public LayoutResult Layout(ParagraphBox paragraph, LayoutSpace space, TextResume? resume)
    {
        if (space.Floats is { } floats && floats.Area.AnyBelow(floats.Y))
        {
            return LayoutBesideFloats(paragraph, space, resume, floats);
        }

        var offset = resume?.SourceOffset ?? 0;
        var all = LinesFrom(paragraph, offset, space.Width, space.PageHeight);
        var boxes = new LineBox?[all.Count];
        LineBox BoxOf(int index) => boxes[index] ??= Measure(StyleOfLine(paragraph, offset, index), all[index], space.Width, space.PageHeight);

        // Only the lines up to the first that does not fit are measured: a paragraph spanning many pages
        // would otherwise measure all of its remaining lines on every page.
        var fit = 0;
        var used = 0f;
        while (fit < all.Count)
        {
            var height = BoxOf(fit).Height;
            if (used + height > space.Height + 0.01f)
            {
                break;
            }

            used += height;
            fit++;
        }

        var count = fit;
        if (fit < all.Count)
        {
            var widows = Math.Max(1, paragraph.Style.Widows);
            var orphans = Math.Max(1, paragraph.Style.Orphans);
            if (all.Count - count < widows)
            {
                count = all.Count - widows;
            }

            if (count < orphans)
            {
                count = 0;
            }

            if (count <= 0)
            {
                if (!space.AtPageTop)
                {
                    return new DoesNotFit("orphans/widows");
                }

                // A page of its own cannot hold the lines orphans and widows ask for: give up on them.
                count = Math.Max(1, fit);
                if (fit == 0)
                {
                    log.WarnOnce("PDF201", "line taller than page", "A line is taller than the page's content box; it is clipped.");
                }
            }
        }

        var fragments = new List<Fragment>(count);
        var y = 0f;
        for (var i = 0; i < count; i++)
        {
            var line = all[i];
            if (line.Width > space.Width + 0.5f)
            {
                log.WarnOnce("PDF202", "line too wide", "Text wider than its box (a long word or URL) is clipped at the page's content box.");
            }

            var box = BoxOf(i);
            var (left, width) = offset == 0 && i == 0 ? FirstLineRoom(paragraph, 0, space.Width, space.Width) : (0, space.Width);
            fragments.Add(new LineFragment(box.Line, left, y, width, box.Height, box.Baseline) { Atomics = box.Atomics, EmphasisMarks = box.EmphasisMarks });
            y += box.Height;
        }

        var fragment = new BoxFragment(paragraph, 0, 0, space.Width, y, WithPlaceholders(fragments), offset > 0, count < all.Count);
        return count < all.Count
            ? new Partial(fragment, new TextResume(all[count].SourceStart))
            : new Fits(fragment);
    }

    /// <summary>
    /// The lines of the paragraph from <paramref name="offset"/>. A paragraph with a <c>::first-line</c> (CSS 2.1 §5.12.1)
    /// has its first line broken from the text in the first line's styles (fonts change what fits), and the lines after
    /// it from the text in its own, from where that line ends; both are cached as any breaking is.
    /// </summary>
    private IReadOnlyList<TextLine> LinesFrom(ParagraphBox paragraph, int offset, float width, float pageHeight)
    {
        if (offset > 0 || (paragraph.FirstLine is null && Indent(paragraph, width) == 0))
        {
            return lines.Lines(paragraph, offset, width, pageHeight);
        }

        var broken = paragraph.FirstLine ?? paragraph;
        var (_, room) = FirstLineRoom(paragraph, 0, width, width);
        if (room == width)
        {
            var styled = lines.Lines(broken, 0, width, pageHeight);
            return styled.Count <= 1 ? styled : [styled[0], .. lines.Lines(paragraph, styled[1].SourceStart, width, pageHeight)];
        }

        // An indented first line is shorter (or, hanging, longer) than the lines after it: it is broken alone.
        if (lines.FirstLine(broken, 0, room, width, pageHeight) is not { } first)
        {
            return [];
        }

        return first.Next >= paragraph.Runs.Sum(r => r.Text.Length) ? [first.Line] : [first.Line, .. lines.Lines(paragraph, first.Next, width, pageHeight)];
    }

    /// <summary>The text-indent of the paragraph's first line (CSS 2.1 §16.1), a percentage resolved against
    /// <paramref name="containingWidth"/> (the block's content width).</summary>
    private static float Indent(ParagraphBox paragraph, float containingWidth) =>
        (paragraph.FirstLine ?? paragraph).Style.TextIndent.Resolve(containingWidth);

    /// <summary>
    /// Where the paragraph's first line starts and how wide it is, in a line box at <paramref name="left"/> that is
    /// <paramref name="width"/> wide: the indent is taken off its start edge — the left, or the right in right-to-left text.
    /// </summary>
    private static (float Left, float Width) FirstLineRoom(ParagraphBox paragraph, float left, float width, float containingWidth)
    {
        var indent = Indent(paragraph, containingWidth);
        return paragraph.Style.RightToLeft ? (left, width - indent) : (left + indent, width - indent);
    }

    /// <summary>The style a line is measured in: the first line's of a paragraph with a ::first-line, the paragraph's otherwise.</summary>
    private static ComputedStyle StyleOfLine(ParagraphBox paragraph, int offset, int index) =>
        offset == 0 && index == 0 && paragraph.FirstLine is { } firstLine ? firstLine.Style : paragraph.Style;

    /// <summary>
    /// Lines beside floats (CSS 2.1 9.5): each line box is shortened to the room the floats beside it leave, and
    /// a line that does not fit there moves down past them. Below the last float the rest is broken at the full
    /// width, as without floats. Orphans are kept; widows are not (the lines after a break are not known yet).
    /// </summary>
    private LayoutResult LayoutBesideFloats(ParagraphBox paragraph, LayoutSpace space, TextResume? resume, FloatScope floats)
    {
        var style = paragraph.Style;
        var start = resume?.SourceOffset ?? 0;
        var offset = start;
        var length = paragraph.Runs.Sum(r => r.Text.Length);
        var fragments = new List<Fragment>();
        var y = 0f;
        var full = true;
        bool Fits(float height) => y + height <= space.Height + 0.01f || (fragments.Count == 0 && space.AtPageTop);
        while (offset < length && full)
        {
            var top = floats.Y + y;
            if (!floats.Area.AnyBelow(top))
            {
                var rest = LinesFrom(paragraph, offset, space.Width, space.PageHeight);
                var restStart = offset;
                for (var index = 0; index < rest.Count; index++)
                {
                    var line = rest[index];
                    var box = Measure(StyleOfLine(paragraph, restStart, index), line, space.Width, space.PageHeight);
                    if (!Fits(box.Height))
                    {
                        offset = line.SourceStart;
                        full = false;
                        break;
                    }

                    var (left, width) = restStart == 0 && index == 0 ? FirstLineRoom(paragraph, 0, space.Width, space.Width) : (0, space.Width);
                    Add(left, width, box);
                }

                if (full)
                {
                    offset = length;
                }

                break;
            }

            var (below, next, placedLine) = LineBesideFloats(paragraph, offset, top, space.Width, space.PageHeight, floats);
            if (placedLine is not { } beside)
            {
                if (below is { } belowFloat)
                {
                    y = belowFloat - floats.Y;
                    continue;
                }

                break;
            }

            if (!Fits(beside.Box.Height))
            {
                full = false;
                break;
            }

            Add(beside.Left, beside.Width, beside.Box);
            offset = next;
        }

        void Add(float left, float width, LineBox box)
        {
            fragments.Add(new LineFragment(box.Line, left, y, width, box.Height, box.Baseline) { Atomics = box.Atomics, EmphasisMarks = box.EmphasisMarks });
            y += box.Height;
        }

        if (!full && !space.AtPageTop && fragments.Count < Math.Max(1, style.Orphans))
        {
            return new DoesNotFit("orphans");
        }

        var fragment = new BoxFragment(paragraph, 0, 0, space.Width, y, WithPlaceholders(fragments), start > 0, !full);
        return full ? new Fits(fragment) : new Partial(fragment, new TextResume(offset));
    }

    /// <summary>
    /// The line starting at <paramref name="offset"/> at <paramref name="top"/> (context coordinates): set in the
    /// room the floats beside it leave (left edge and width relative to the paragraph), with where the next
    /// line starts; or, when it does not fit there, no line and where below the room is next wider.
    /// </summary>
    private (float? Below, int Next, (TextLine Line, float Left, float Width, LineBox Box)? Line) LineBesideFloats(ParagraphBox paragraph, int offset, float top, float width, float pageHeight, FloatScope floats)
    {
        // The first line of a paragraph with a ::first-line is set from the text in its styles.
        var broken = offset == 0 && paragraph.FirstLine is { } firstLine ? firstLine : paragraph;
        var style = broken.Style;
        var estimate = style.ResolvedLineHeight;
        (TextLine Line, int Next)? first = null;
        LineBox? box = null;
        float left = 0, room = width, height = estimate, band = width;
        var narrowed = false;
        // The room depends on the line's height and the height on the line: twice settles it (a taller line
        // beside a float that ends within it is set in the narrower room it reaches).
        for (var pass = 0; pass < 2; pass++)
        {
            var (free, freeRight, isNarrowed) = floats.Area.Band(top, top + height, floats.X, floats.X + width);
            if (first is not null && freeRight - free >= band - 0.01f)
            {
                break;
            }

            (left, room, narrowed) = (free - floats.X, Math.Max(0, freeRight - free), isNarrowed);
            band = room;
            if (offset == 0)
            {
                // The indent is taken from the line box as the floats leave it (a drop cap's first line starts past it).
                (left, room) = FirstLineRoom(paragraph, left, room, width);
                room = Math.Max(0, room);
            }

            first = lines.FirstLine(broken, offset, room, width, pageHeight);
            if (first is null)
            {
                return (null, 0, null);
            }

            box = Measure(style, first.Value.Line, width, pageHeight);
            height = box.Height;
        }

        var line = first!.Value.Line;
        if (narrowed && line.Width > room + 0.5f && floats.Area.NextBottom(top, top + height) is { } below)
        {
            return (below, 0, null);
        }

        return (null, first.Value.Next, (line, left, room, box!));
    }

    /// <summary>
    /// The lines, then a placeholder for each absolutely positioned box in their text (<see cref="InlineTag.Positioned"/>)
    /// at its static position: where it stands in its line, at the line's top (CSS 2.1 §10.3.7, §10.6.4).
    /// </summary>
    private static List<Fragment> WithPlaceholders(List<Fragment> lines)
    {
        List<Fragment>? placeholders = null;
        foreach (var fragment in lines)
        {
            if (fragment is not LineFragment line)
            {
                continue;
            }

            foreach (var run in line.Line.Runs)
            {
                if (run.Tag is InlineTag { Positioned: { } box } tag)
                {
                    (placeholders ??= []).Add(new PositionedPlaceholder(box, line.X + run.X, line.Y, Inline: tag.Containing));
                }
            }
        }

        return placeholders is null ? lines : [.. lines, .. placeholders];
    }

    /// <summary>A line's box: its height, its baseline from its top, the atomic inlines set in it, and the line as it is
    /// drawn (its runs in elements aligned by text-top, text-bottom, middle, top or bottom given their shifts).</summary>
    private sealed record LineBox(float Height, float Baseline, IReadOnlyList<BoxFragment> Atomics, TextLine Line)
    {
        public IReadOnlyList<EmphasisMark> EmphasisMarks { get; init; } = [];
    }

    /// <summary>
    /// The line box of <paramref name="line"/> (CSS 2.1 §10.8): as <see cref="InlineBoxAlignment"/> makes it from its inline
    /// boxes, grown to hold the margin boxes of the atomic inlines in it, each placed by its vertical-align — baseline
    /// (shifted by sub, super, a length or a percentage), middle, text-top and text-bottom against the text around it, top
    /// and bottom against the line box, which is made as short as they allow.
    /// </summary>
    private LineBox Measure(ComputedStyle style, TextLine line, float containingWidth, float pageHeight)
    {
        var box = MeasureBoxes(style, line, containingWidth, pageHeight);
        return EmphasisMarks.AnyIn(box.Line) ? box with { EmphasisMarks = emphasis.Of(box.Line) } : box;
    }

    /// <summary><see cref="Measure"/> without the emphasis marks.</summary>
    private LineBox MeasureBoxes(ComputedStyle style, TextLine line, float containingWidth, float pageHeight)
    {
        if (HoldsNothingInFlow(line))
        {
            // Only empty inline elements and the places of positioned boxes: a zero-height line box (CSS 2.1 §9.4.2).
            return new LineBox(0, 0, [], line);
        }

        var boxes = InlineBoxAlignment.Of(style, line, lines.Layouter.Strut);
        float top = boxes.Top, bottom = boxes.Bottom;
        var any = false;
        foreach (var run in line.Runs)
        {
            any |= run.IsObject;
        }

        if (!any)
        {
            (top, bottom) = boxes.HoldEdgeAligned(top, bottom);
            return new LineBox(top + bottom, top, [], boxes.Place(line, top, bottom));
        }

        var placed = new List<(GlyphRun Run, LaidOutAtomic Atomic, AtomicVerticalAlign Align, float Above)>();
        foreach (var run in line.Runs)
        {
            if (!run.IsObject || run.Tag is not InlineTag { Atomic: { } box })
            {
                continue;
            }

            var atomic = atomics.Of(box, containingWidth, pageHeight);
            var size = run.Style.FontSize;
            var outer = atomic.MarginHeight;
            var align = box.Style.AtomicAlign;
            // How far the margin box's top is above the baseline of the text around it.
            var above = align switch
            {
                AtomicVerticalAlign.Middle => outer / 2 + run.Font.XHeightAt(size) / 2 + run.Style.BaselineShift,
                AtomicVerticalAlign.TextTop => run.Font.AscentAt(size) + run.Style.BaselineShift,
                AtomicVerticalAlign.TextBottom => outer - run.Font.DescentAt(size) + run.Style.BaselineShift,
                AtomicVerticalAlign.Top or AtomicVerticalAlign.Bottom => 0,
                _ => atomic.Baseline + box.Style.AtomicShift,
            };
            placed.Add((run, atomic, align, above));
            if (align is not (AtomicVerticalAlign.Top or AtomicVerticalAlign.Bottom))
            {
                top = Math.Max(top, above);
                bottom = Math.Max(bottom, outer - above);
            }
        }

        // Boxes aligned with the line's top or bottom make it at least as tall as they are, growing away from their edge.
        foreach (var (_, atomic, align, _) in placed)
        {
            var excess = atomic.MarginHeight - (top + bottom);
            if (excess > 0 && align == AtomicVerticalAlign.Top)
            {
                bottom += excess;
            }
            else if (excess > 0 && align == AtomicVerticalAlign.Bottom)
            {
                top += excess;
            }
        }

        (top, bottom) = boxes.HoldEdgeAligned(top, bottom);
        var lineHeight = top + bottom;
        var fragments = new List<BoxFragment>(placed.Count);
        foreach (var (run, atomic, align, above) in placed)
        {
            var boxTop = align switch
            {
                AtomicVerticalAlign.Top => 0,
                AtomicVerticalAlign.Bottom => lineHeight - atomic.MarginHeight,
                _ => top - above,
            };
            fragments.Add(atomic.Fragment with { X = run.X + atomic.Fragment.X, Y = boxTop + atomic.Fragment.Y });
        }

        return new LineBox(lineHeight, top, fragments, boxes.Place(line, top, bottom));
    }

    /// <summary>Whether a line holds nothing but zero-width edges: empty inline elements and positioned boxes' places.</summary>
    private static bool HoldsNothingInFlow(TextLine line)
    {
        foreach (var run in line.Runs)
        {
            if (run.Tag is not InlineTag { Edge.Width: 0 })
            {
                return false;
            }
        }

        return line.Runs.Count > 0;
    }

    /// <summary>
    /// The height of a line set on its own (a list marker, a margin box): its inline boxes as <see cref="InlineBoxAlignment"/>
    /// makes them — a set line-height is the height of each box, as in browsers, even where it is less than the font's
    /// ascent and descent (the half-leading is negative and the glyphs reach a little past the line box); <c>normal</c>
    /// reaches as high and as low as every face on the line does with half its line gap on either side, fallback faces
    /// included — with the block's strut taken from its runs.
    /// </summary>
    public static float LineHeight(ComputedStyle style, TextLine line)
    {
        var boxes = InlineBoxAlignment.Of(style, line, null);
        var (top, bottom) = boxes.HoldEdgeAligned(boxes.Top, boxes.Bottom);
        return top + bottom;
    }

    /// <summary>The baseline, from the top, of a line set on its own (see <see cref="LineHeight"/>) in a box
    /// <paramref name="lineHeight"/> tall: its boxes centred in it.</summary>
    public static float Baseline(ComputedStyle style, float lineHeight, TextLine line)
    {
        var boxes = InlineBoxAlignment.Of(style, line, null);
        var (top, bottom) = boxes.HoldEdgeAligned(boxes.Top, boxes.Bottom);
        return top + (lineHeight - top - bottom) / 2;
    }
}
