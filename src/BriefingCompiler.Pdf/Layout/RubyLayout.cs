using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// Lays out a ruby container (CSS Ruby 1 §4, as Chromium sets a simple ruby) as one atomic inline: its pairs side by side,
/// each as wide as the wider of its base and its annotation, the narrower centred (each a line of its own, text-align
/// center); the bases on one baseline, the ruby's; each annotation's line (its own line-height, normal by the user-agent
/// sheet) with its baseline where an emphasis mark of its font would stand (<see cref="EmphasisMarks.MarkBaseline"/>: its
/// em box right over the bases' em box, as Chromium sets it) or, with <c>ruby-position: under</c>, right under it. The box
/// reaches from the top of the highest annotation's line box (or of the bases' line boxes) to the bottom of the lowest,
/// so the line grows to hold the annotations where the line-height leaves no room, as for emphasis marks. Pure: the same
/// ruby and page give the same fragments.
/// </summary>
public sealed class RubyLayout(LayoutEngine engine)
{
    /// <summary>The ruby's width: its pairs', side by side (it does not break, so its min- and max-content widths are both this).</summary>
    public static float Width(RubyBox ruby, Func<Box, (float Min, float Max)> widths) =>
        ruby.Pairs.Sum(pair => PairWidth(pair, widths));

    /// <summary>The ruby laid out: its fragment (the pairs' lines inside it), its size and its baseline from its top.</summary>
    public LaidOutAtomic Lay(RubyBox ruby, float pageHeight)
    {
        var placed = new List<(BoxFragment? Base, BoxFragment? Annotation, float X, float BaseBaseline)>(ruby.Pairs.Count);
        var x = 0f;
        var baseline = 0f;
        foreach (var pair in ruby.Pairs)
        {
            var width = PairWidth(pair, engine.Intrinsic.Of);
            var baseFragment = pair.Base is null ? null : Line(pair.Base, width, pageHeight);
            var baseBaseline = baseFragment is null ? 0 : AtomicInlineLayout.LastBaseline(baseFragment.Children) ?? baseFragment.Height;
            baseline = Math.Max(baseline, baseBaseline);
            placed.Add((baseFragment, pair.Annotation is null ? null : Line(pair.Annotation, width, pageHeight), x, baseBaseline));
            x += width;
        }

        // Where the bases' text begins and ends: their first available font's ascent above the shared baseline and its
        // descent below (measured as an emphasis mark measures it, on the first text run of the bases).
        var text = placed.Select(p => p.Base).OfType<BoxFragment>().Select(FirstText).FirstOrDefault(run => run is not null);
        var strut = text is null ? engine.TextLayouter.Strut(ruby.Style.ToTextStyle()) : null;
        var ascent = text is not null ? EmphasisMarks.AscentOf(text) : strut?.Ascent ?? baseline;
        var descent = text is not null ? EmphasisMarks.DescentOf(text) : strut?.Descent ?? 0;
        baseline = Math.Max(baseline, ascent);
        var under = ruby.Style.RubyUnder;
        var top = 0f;
        var bottom = 0f;
        var children = new List<(BoxFragment Fragment, float Y)>(placed.Count * 2);
        foreach (var (baseFragment, annotation, left, baseBaseline) in placed)
        {
            if (baseFragment is not null)
            {
                var y = baseline - baseBaseline;
                children.Add((baseFragment with { X = left }, y));
                top = Math.Min(top, y);
                bottom = Math.Max(bottom, y + baseFragment.Height);
            }

            if (annotation is not null)
            {
                var y = AnnotationTop(annotation, text, under, baseline, ascent, descent);
                children.Add((annotation with { X = left }, y));
                top = Math.Min(top, y);
                bottom = Math.Max(bottom, y + annotation.Height);
            }
        }

        var fragment = new BoxFragment(ruby, 0, 0, x, bottom - top, [.. children.Select(child => child.Fragment with { Y = child.Y - top })]);
        return new LaidOutAtomic(fragment, x, bottom - top, baseline - top);
    }

    /// <summary>
    /// Where an annotation's line box goes (from the ruby's top before it is moved to hold everything): its baseline where an
    /// emphasis mark's stands over (under) the bases' first text run (<see cref="EmphasisMarks.MarkBaseline"/>, in the
    /// annotation's first text run's font); without text in it or in the bases, its box right over the bases' ascent (under
    /// their descent).
    /// </summary>
    private static float AnnotationTop(BoxFragment annotation, GlyphRun? baseText, bool under, float baseline, float ascent, float descent)
    {
        if (baseText is not null && FirstText(annotation) is { } mark && AtomicInlineLayout.LastBaseline(annotation.Children) is { } markBaseline)
        {
            var offset = EmphasisMarks.MarkBaseline(baseText, under, EmphasisMarks.AscentOf(mark), EmphasisMarks.DescentOf(mark), mark.Style.FontSize);
            return baseline + offset - markBaseline;
        }

        return under ? baseline + descent : baseline - ascent - annotation.Height;
    }

    /// <summary>The first glyph run of a base's or annotation's line that draws text (not an object, not an element's edge).</summary>
    private static GlyphRun? FirstText(BoxFragment line) =>
        line.Children.OfType<LineFragment>().SelectMany(l => l.Line.Runs).FirstOrDefault(run => !run.IsObject && run.Glyphs.Length > 0 && run.Tag is not InlineTag { Edge: not null });

    /// <summary>A pair's width: the wider of its base's and its annotation's one-line widths.</summary>
    private static float PairWidth(RubyPair pair, Func<Box, (float Min, float Max)> widths) =>
        Math.Max(pair.Base is null ? 0 : widths(pair.Base).Max, pair.Annotation is null ? 0 : widths(pair.Annotation).Max);

    /// <summary>A base or annotation set as its one line, <paramref name="width"/> wide (its text centred in it).</summary>
    private BoxFragment Line(ParagraphBox paragraph, float width, float pageHeight) =>
        engine.Layout(paragraph, new LayoutSpace(width, LayoutSpace.Unbounded, true, pageHeight), null) switch
        {
            Fits fits => fits.Fragment,
            Partial partial => partial.Fragment,
            _ => new BoxFragment(paragraph, 0, 0, width, 0, []),
        };
}
