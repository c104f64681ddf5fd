using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// Lays out a ruby container (CSS Ruby 1 §4, as Chromium sets a simple ruby) as one atomic inline: its pairs side by side,
/// each as wide as the wider of its base and its annotation, the narrower centred (each a line of its own, text-align
/// center); the bases on one baseline, the ruby's; each annotation's line box (its own line-height, normal by the user-agent
/// sheet) stacked right over the bases' text — the top of the ruby's first available font's ascent, not the base's
/// line-height box — or, with <c>ruby-position: under</c>, right under its descent. The box reaches from the top of the
/// highest annotation (or of the bases' line boxes) to the bottom of the lowest, so the line grows to hold the annotations
/// where the line-height leaves no room; an annotation set over its base sits where an emphasis mark of half the base's
/// size would (<see cref="EmphasisMarks"/>). Pure: the same ruby and page give the same fragments.
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
        var text = placed.Select(p => p.Base).OfType<BoxFragment>().SelectMany(b => b.Children.OfType<LineFragment>())
            .SelectMany(line => line.Line.Runs).FirstOrDefault(run => !run.IsObject && run.Glyphs.Length > 0 && run.Tag is not InlineTag { Edge: not null });
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
                var y = under ? baseline + descent : baseline - ascent - annotation.Height;
                children.Add((annotation with { X = left }, y));
                top = Math.Min(top, y);
                bottom = Math.Max(bottom, y + annotation.Height);
            }
        }

        var fragment = new BoxFragment(ruby, 0, 0, x, bottom - top, [.. children.Select(child => child.Fragment with { Y = child.Y - top })]);
        return new LaidOutAtomic(fragment, x, bottom - top, baseline - top);
    }

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
