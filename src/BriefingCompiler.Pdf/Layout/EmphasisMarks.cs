using System.Globalization;
using System.Text;
using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Layout;

/// <summary>
/// Sets the emphasis marks of a document's lines (CSS Text Decoration 3 §3). A mark is its text in the run's fonts at half
/// the run's size (<see cref="MarkStyle"/>; a fallback face draws it when the run's fonts have no such glyph, as for any
/// text), centred over the advance of each character that takes one (<see cref="TakesMark"/>: not spaces, controls or
/// punctuation). Its baseline stands where Chromium sets it, its em box right over the run's (under: right under it;
/// <see cref="MarkBaseline"/>, where a ruby annotation of the mark stands too); its box is the mark style's first available
/// font — ascent, descent and line gap, as a ruby annotation's line of that size would be —, and the line grows to hold
/// it where the line-height leaves no room (<see cref="Reach"/>, counted by <see cref="InlineBoxAlignment"/>). One instance per document: each mark is shaped once.
/// </summary>
internal sealed class EmphasisMarks(ITextLayouter layouter)
{
    /// <summary>The punctuation that takes marks all the same (CSS Text Decoration 3 §3.1: symbols by use), with their
    /// compatibility equivalents.</summary>
    private static readonly HashSet<int> MarkedPunctuation =
    [
        '#', '%', '&', '@', 0xA7, 0xB6, 0x609, 0x60A, 0x66A, 0x2030, 0x2031, 0x204A, 0x204B, 0x2053, 0x303D,
        0xFE5F, 0xFE60, 0xFE6A, 0xFE6B, 0xFF03, 0xFF05, 0xFF06, 0xFF20,
    ];

    private readonly Dictionary<TextStyle, GlyphRun?> shaped = [];

    /// <summary>The style a run's mark is set in: the run's fonts at half its size, in the emphasis colour.</summary>
    public static TextStyle MarkStyle(TextStyle style) =>
        new(style.FontFamilies, style.FontSize / 2, style.FontWeight, style.Italic, style.Emphasis?.Color ?? style.Color, Language: style.Language);

    /// <summary>Whether a line has a run with emphasis marks.</summary>
    public static bool AnyIn(TextLine line)
    {
        foreach (var run in line.Runs)
        {
            if (run.Style.Emphasis is not null && !run.IsObject)
                return true;
        }

        return false;
    }

    /// <summary>How far above (marks over) or below (under) its baseline a run's marks reach: to the far edge of the mark's
    /// box (its ascent or descent and half line gap past its baseline, <see cref="MarkBaseline"/>), <paramref name="mark"/>
    /// being the mark style's first available font.</summary>
    public static float Reach(GlyphRun run, StrutMetrics mark)
    {
        var under = run.Style.Emphasis!.Under;
        var baseline = MarkBaseline(run, under, mark.Ascent, mark.Descent, MarkStyle(run.Style).FontSize);
        return under ? baseline + mark.Descent + mark.HalfLineGap : -baseline + mark.Ascent + mark.HalfLineGap;
    }

    /// <summary>
    /// Where a mark's baseline (or a ruby annotation's, <see cref="RubyLayout"/>) stands from the baseline of the run it
    /// marks (negative: above): the mark's em box right over the run's em box (<paramref name="under"/>: right under it),
    /// each em box centred on its font's ascent and descent. This is where Chromium sets both — over the glyphs whatever
    /// the font's ascent (Noto Sans reaches 1.07 em up, Tinos 0.89 em: stacked on the ascents, marks would float above the
    /// one and touch the other).
    /// </summary>
    internal static float MarkBaseline(GlyphRun run, bool under, float markAscent, float markDescent, float markSize)
    {
        var (runOver, runUnder) = EmBox(AscentOf(run), DescentOf(run), run.Style.FontSize);
        var (markOver, markUnder) = EmBox(markAscent, markDescent, markSize);
        return under ? runUnder + markOver : -(runOver + markUnder);
    }

    /// <summary>How far a font's em box reaches over and under its baseline: one em, centred on its ascent and descent.</summary>
    private static (float Over, float Under) EmBox(float ascent, float descent, float size)
    {
        var excess = (ascent + descent - size) / 2;
        return (ascent - excess, descent - excess);
    }

    /// <summary>Whether a typographic character unit takes a mark: not a separator (Z*), control or format character,
    /// nor punctuation other than the symbol-like few; a combining mark belongs to its base's unit.</summary>
    public static bool TakesMark(string cluster)
    {
        if (cluster.Length == 0)
            return false;
        var first = Rune.GetRuneAt(cluster, 0).Value;
        return CharUnicodeInfo.GetUnicodeCategory(first) switch
        {
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => false,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                or UnicodeCategory.OtherPunctuation => MarkedPunctuation.Contains(first),
            _ => true,
        };
    }

    /// <summary>The marks of <paramref name="line"/>'s runs (none for a run without emphasis or without a character that takes one).</summary>
    public IReadOnlyList<EmphasisMark> Of(TextLine line)
    {
        List<EmphasisMark>? marks = null;
        foreach (var run in line.Runs)
        {
            if (run.Style.Emphasis is not { } emphasis || run.IsObject || run.Tag is InlineTag { Edge: not null } || Shaped(run.Style) is not { } mark)
                continue;
            var centres = Centres(run);
            if (centres.Count == 0)
                continue;
            var metrics = layouter.Strut(mark.Style) ?? new StrutMetrics(mark.Font.AscentAt(mark.Style.FontSize), mark.Font.DescentAt(mark.Style.FontSize), mark.Font.HalfLineGapAt(mark.Style.FontSize), 0);
            var offset = MarkBaseline(run, emphasis.Under, metrics.Ascent, metrics.Descent, mark.Style.FontSize);
            (marks ??= []).Add(new EmphasisMark(run, Repeated(mark, centres, run), offset));
        }

        return marks ?? (IReadOnlyList<EmphasisMark>)[];
    }

    /// <summary>The mark of a run's style shaped on its own (null when no font draws it: the document reported it).</summary>
    private GlyphRun? Shaped(TextStyle style)
    {
        if (shaped.TryGetValue(style, out var known))
            return known;
        var markStyle = MarkStyle(style);
        var lines = layouter.Layout([new TextRun(style.Emphasis!.Mark, markStyle)], 1e6f, TextAlignment.Start, rightToLeft: false);
        var run = lines.Count > 0 && lines[0].Runs.Count > 0 && lines[0].Runs[0].Glyphs.Length > 0 ? lines[0].Runs[0] : null;
        shaped[style] = run;
        return run;
    }

    /// <summary>The centre of the advance of each character unit of <paramref name="run"/> that takes a mark, from the run's start, left to right.</summary>
    private static List<float> Centres(GlyphRun run)
    {
        var centres = new List<float>();
        var bytes = Encoding.UTF8.GetBytes(run.Text);
        var i = 0;
        while (i < run.Glyphs.Length)
        {
            // A cluster's glyphs stand together; its advance runs from its first glyph to the next cluster's.
            var cluster = run.Clusters[i];
            var j = i + 1;
            while (j < run.Glyphs.Length && run.Clusters[j] == cluster)
                j++;
            var left = run.Positions[i];
            var right = j < run.Glyphs.Length ? run.Positions[j] : run.Width;
            if (TakesMark(ClusterText(run, bytes, cluster)) && right > left)
                centres.Add((left + right) / 2);
            i = j;
        }

        return centres;
    }

    /// <summary>The text of the cluster starting at UTF-8 offset <paramref name="cluster"/>: up to the next larger cluster offset of the run.</summary>
    private static string ClusterText(GlyphRun run, byte[] bytes, uint cluster)
    {
        var end = (uint)bytes.Length;
        foreach (var other in run.Clusters)
        {
            if (other > cluster && other < end)
                end = other;
        }

        return cluster >= bytes.Length ? "" : Encoding.UTF8.GetString(bytes, (int)cluster, (int)(end - cluster));
    }

    /// <summary>The mark once at each centre, as one glyph run placed like <paramref name="over"/>; its text is the mark's, once
    /// per copy (the painters draw it as an artifact, not as the document's text).</summary>
    private static GlyphRun Repeated(GlyphRun mark, List<float> centres, GlyphRun over)
    {
        var count = mark.Glyphs.Length;
        var markBytes = (uint)Encoding.UTF8.GetByteCount(mark.Text);
        var glyphs = new ushort[count * centres.Count];
        var positions = new float[glyphs.Length];
        var clusters = new uint[glyphs.Length];
        var vertical = mark.VerticalOffsets is null ? null : new float[glyphs.Length];
        for (var k = 0; k < centres.Count; k++)
        {
            var start = centres[k] - mark.Width / 2;
            for (var g = 0; g < count; g++)
            {
                glyphs[k * count + g] = mark.Glyphs[g];
                positions[k * count + g] = start + mark.Positions[g];
                clusters[k * count + g] = mark.Clusters[g] + (uint)k * markBytes;
                if (vertical is not null)
                    vertical[k * count + g] = mark.VerticalOffsets![g];
            }
        }

        return mark with
        {
            Glyphs = glyphs,
            Positions = positions,
            Clusters = clusters,
            Text = string.Concat(Enumerable.Repeat(mark.Text, centres.Count)),
            X = over.X,
            Width = over.Width,
            Tag = null,
            VerticalOffsets = vertical,
            BreakSpaceGlyph = null,
        };
    }

    /// <summary>The ascent of a run's first available font (its strut), which marks and ruby annotations stand on.</summary>
    internal static float AscentOf(GlyphRun run) => run.Strut?.Ascent ?? run.Font.AscentAt(run.Style.FontSize);

    /// <summary>The descent of a run's first available font, which marks and ruby annotations under the text hang from.</summary>
    internal static float DescentOf(GlyphRun run) => run.Strut?.Descent ?? run.Font.DescentAt(run.Style.FontSize);
}
