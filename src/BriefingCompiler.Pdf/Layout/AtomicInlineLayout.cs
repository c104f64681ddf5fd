using System.Runtime.CompilerServices;
using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// Atomic inlines (CSS 2.1 §9.2.2, §10.8): an inline-block, inline-table, inline-flex or inline-grid box, or an image
/// in a line (or a ruby: <see cref="RubyLayout"/>), is laid out as a block of its own — shrink-to-fit when its width is auto (§10.3.9) — and set in the line
/// as one unbreakable object as wide as its margin box. The text engine sees it as a run of one object replacement
/// character (<see cref="TextRun.ObjectWidth"/>); this class gives those runs their widths and the laid-out boxes.
/// Like the line cache, it remembers each box's layout per containing width: the line breaking and the placing of a
/// line ask for the same box, and must get the same one.
/// </summary>
public sealed class AtomicInlineLayout(LayoutEngine engine)
{
    private readonly ConditionalWeakTable<Box, Dictionary<float, LaidOutAtomic>> laidOut = [];
    private readonly ConditionalWeakTable<ParagraphBox, Dictionary<float, IReadOnlyList<TextRun>>> sized = [];
    private readonly RubyLayout rubies = new(engine);

    /// <summary>The paragraph's runs with each object as wide as its box laid out in a containing block
    /// <paramref name="width"/> wide; the runs themselves when the paragraph holds no object.</summary>
    public IReadOnlyList<TextRun> RunsAt(ParagraphBox paragraph, float width, float pageHeight)
    {
        if (!HasObjects(paragraph.Runs))
        {
            return paragraph.Runs;
        }

        var perWidth = sized.GetOrCreateValue(paragraph);
        if (!perWidth.TryGetValue(width, out var runs))
        {
            runs = [.. paragraph.Runs.Select(run => run.Tag is InlineTag { Atomic: { } box } ? run with { ObjectWidth = Of(box, width, pageHeight).MarginWidth } : run)];
            perWidth[width] = runs;
        }

        return runs;
    }

    public static bool HasObjects(IReadOnlyList<TextRun> runs)
    {
        foreach (var run in runs)
        {
            if (run.ObjectWidth is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The atomic inline laid out in a containing block <paramref name="width"/> wide (an image taller than
    /// <paramref name="pageHeight"/> scaled down to it, as a block-level image is).</summary>
    public LaidOutAtomic Of(Box box, float width, float pageHeight)
    {
        var perWidth = laidOut.GetOrCreateValue(box);
        if (!perWidth.TryGetValue(width, out var atomic))
        {
            atomic = Lay(box, Math.Max(0, width), pageHeight);
            perWidth[width] = atomic;
        }

        return atomic;
    }

    private LaidOutAtomic Lay(Box box, float width, float pageHeight)
    {
        if (box is RubyBox ruby)
        {
            return rubies.Lay(ruby, pageHeight);
        }

        var style = box.Style;
        var margin = style.Margin;
        var outer = width;
        if (box is not TableBox and not ReplacedBox)
        {
            if (style.Width is null)
            {
                // Shrink-to-fit (CSS 2.1 10.3.9 with 10.3.5): the preferred width, or the room there is, but not less than the minimum.
                var (min, max) = engine.Intrinsic.Of(box);
                outer = Math.Min(Math.Max(min, width), max);
            }
            else if (style.Width is { IsPercent: false } fixedWidth)
            {
                // As wide as asked, also wider than the line (it then overflows it).
                outer = fixedWidth.Value + style.BorderAndPaddingHorizontal + margin.Horizontal;
            }
        }

        var space = box is ReplacedBox
            ? new LayoutSpace(outer, Math.Max(1, pageHeight), true, pageHeight)
            : new LayoutSpace(outer, LayoutSpace.Unbounded, true, pageHeight);
        var fragment = engine.Layout(box, space, null) switch
        {
            Fits fits => fits.Fragment,
            Partial partial => partial.Fragment,
            _ => new BoxFragment(box, 0, 0, 0, 0, []),
        };
        fragment = fragment with { X = margin.Left, Y = margin.Top };
        var marginHeight = margin.Top + fragment.Height + margin.Bottom;
        return new LaidOutAtomic(fragment, margin.Left + fragment.Width + margin.Right, marginHeight, BaselineOf(fragment, marginHeight));
    }

    /// <summary>
    /// The baseline of an atomic inline, from its margin box's top (CSS 2.1 §10.8.1): an inline-block's last line box's;
    /// an inline-table's, inline-flex's or inline-grid's first; the bottom margin edge for an image, a box with no line
    /// box in flow, or one whose overflow is not visible.
    /// </summary>
    private static float BaselineOf(BoxFragment fragment, float marginHeight)
    {
        var style = fragment.Box.Style;
        if (fragment.Box is ReplacedBox || style.ClipsOverflow)
        {
            return marginHeight;
        }

        var inner = fragment.Box is TableBox || style.Flex is not null || style.Grid is not null
            ? LayoutEngine.FirstBaseline(fragment.Children)
            : LastBaseline(fragment.Children);
        return inner is { } baseline ? fragment.Y + baseline : marginHeight;
    }

    /// <summary>The baseline of the last line box in flow among <paramref name="fragments"/> (floats and positioned boxes aside).</summary>
    internal static float? LastBaseline(IReadOnlyList<Fragment> fragments)
    {
        for (var i = fragments.Count - 1; i >= 0; i--)
        {
            switch (fragments[i])
            {
                case LineFragment line:
                    return line.Y + line.Baseline;
                case BoxFragment box when !box.Box.Style.IsFloated && !box.Box.Style.AbsolutelyPositioned && LastBaseline(box.Children) is { } inner:
                    return box.Y + inner;
            }
        }

        return null;
    }
}
