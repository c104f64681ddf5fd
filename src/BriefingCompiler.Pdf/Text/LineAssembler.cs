using System.Text;
using BriefingCompiler.Pdf.Fonts;

namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// Turns a chosen line into positioned glyph runs: applies the bidi line rules (L1, L2) to the line's logical
/// range, slices (or reshapes) the items it covers run by run in visual order, spreads the free space when
/// justifying, and places the runs for the alignment.
/// </summary>
internal static class LineAssembler
{
    public static TextLine Assemble(ShapedParagraph paragraph, LineSpan span, float width, TextAlignment alignment, bool rightToLeft,
        Func<TextStyle, FontFace> primaryFace)
    {
        var pieces = PlaceElementSides(VisualPieces(paragraph, span), paragraph.Text);

        // A line broken at a soft hyphen shows a hyphen after its last character: on the left of it when that
        // character reads right to left.
        if (!span.Mandatory && paragraph.HyphenAt(span.ContentEnd) is { } hyphen)
        {
            var last = pieces.FindIndex(p => p.End == span.ContentEnd);
            if (last >= 0)
            {
                var piece = pieces[last];
                pieces[last] = piece with { Glyphs = piece.RightToLeft ? [hyphen, .. piece.Glyphs] : [.. piece.Glyphs, hyphen] };
            }
        }

        var natural = pieces.Sum(p => p.Glyphs.Sum(g => g.Advance));
        // The caller has given the last line and lines before a forced break their own alignment (text-align-last).
        var extraAfter = alignment == TextAlignment.Justify && float.IsFinite(width)
            ? Justification.ExtraAfter(paragraph.Text, span.Start, span.ContentEnd, width - natural)
            : null;

        var runs = new List<GlyphRun>();
        var x = 0f;
        float ascent = 0, descent = 0, normalAscent = 0, normalDescent = 0;
        foreach (var (item, start, end, rightToLeftPiece, glyphs) in pieces)
        {
            // The line is measured with each run's first available font (its CSS strut), as browsers do for a
            // set line-height, not with the fallback face that draws the glyphs: Noto Naskh Arabic and Noto Sans
            // SC are taller than Noto Sans, and measuring them would make every Arabic or Chinese line (and every
            // heading) taller than its line-height — and lines with and without a fallback run uneven.
            var strut = primaryFace(item.Run.Style);
            var size = item.Run.Style.StrutFontSize ?? item.Run.Style.FontSize;
            var run = BuildRun(paragraph.Text, item, start, end, glyphs, x, extraAfter, span.Start) with
            {
                Strut = new StrutMetrics(strut.AscentAt(size), strut.DescentAt(size), strut.HalfLineGapAt(size), strut.XHeightAt(size)),
                RightToLeft = rightToLeftPiece,
            };
            runs.Add(run);
            x += run.Width;
            ascent = Math.Max(ascent, strut.AscentAt(size));
            descent = Math.Max(descent, strut.DescentAt(size));
            normalAscent = Math.Max(normalAscent, strut.AscentAt(size) + strut.HalfLineGapAt(size));
            normalDescent = Math.Max(normalDescent, strut.DescentAt(size) + strut.HalfLineGapAt(size));
        }

        if (pieces.Count == 0)
        {
            // An empty line still has the height of its style's first available font (the CSS strut).
            var style = paragraph.RunOf.Length == 0 ? null : paragraph.RunOf[Math.Min(span.Start, paragraph.RunOf.Length - 1)].Style;
            if (style is not null)
            {
                var face = primaryFace(style);
                ascent = face.AscentAt(style.FontSize);
                descent = face.DescentAt(style.FontSize);
                normalAscent = ascent + face.HalfLineGapAt(style.FontSize);
                normalDescent = descent + face.HalfLineGapAt(style.FontSize);
            }
        }

        MarkBreakSpace(paragraph, span, pieces, runs);
        var lineWidth = x;
        // An unbounded width (max-content measuring) has no edge to align to.
        var free = float.IsFinite(width) ? width - lineWidth : 0;
        var offset = alignment switch
        {
            TextAlignment.Center => free / 2,
            TextAlignment.Left => 0,
            TextAlignment.Right => free,
            TextAlignment.End => rightToLeft ? 0 : free,
            _ => rightToLeft ? free : 0,
        };
        if (offset != 0) runs = runs.Select(r => r with { X = r.X + offset }).ToList();
        return new TextLine(runs, lineWidth, ascent, descent, span.Start, span.End) { NormalAscent = normalAscent, NormalDescent = normalDescent };
    }

    /// <summary>A line that breaks at white space (hanging past the edge, undrawn) before more of its paragraph: its
    /// logically last run gets the space glyph of its face, for writers to put the separation where the break is.</summary>
    private static void MarkBreakSpace(ShapedParagraph paragraph, LineSpan span, List<Piece> pieces, List<GlyphRun> runs)
    {
        if (span.End >= paragraph.Text.Length) return;
        var hanging = false;
        foreach (var c in paragraph.Text.AsSpan(span.ContentEnd, span.End - span.ContentEnd)) hanging |= char.IsWhiteSpace(c);
        if (!hanging) return;
        var last = pieces.FindIndex(p => p.End == span.ContentEnd);
        if (last < 0) return;
        var face = pieces[last].Item.Face;
        if (!face.CodePoints.Contains(' ') || face.Shaper is not { } shaper || !shaper.TryGetNominalGlyph(' ', out var space)) return;
        var advance = shaper.GetHorizontalGlyphAdvance(space) * pieces[last].Item.Run.Style.FontSize / face.UnitsPerEm;
        runs[last] = runs[last] with { BreakSpaceGlyph = (ushort)space, BreakSpaceX = pieces[last].RightToLeft ? -advance : runs[last].Width };
    }

    /// <summary>The drawn part of the line, [Start, ContentEnd), as pieces of items in visual order, left to
    /// right. The bidi runs come from the whole line (trailing spaces included, as rule L1 wants); inside a
    /// right-to-left run the items are taken from its logical end, and each item's glyphs are already in
    /// visual order.</summary>
    private static List<Piece> VisualPieces(ShapedParagraph paragraph, LineSpan span)
    {
        var pieces = new List<Piece>();
        var onLine = paragraph.ItemsBetween(span.Start, span.ContentEnd);
        foreach (var run in paragraph.Bidi.VisualRuns(span.Start, span.End))
        {
            var runStart = run.Start;
            var runEnd = Math.Min(run.End, span.ContentEnd);
            if (runStart >= runEnd) continue;
            var direction = run.IsRightToLeft ? HarfBuzzSharp.Direction.RightToLeft : HarfBuzzSharp.Direction.LeftToRight;
            var inRun = new List<Piece>();
            foreach (var item in onLine)
            {
                var start = Math.Max(item.Start, runStart);
                var end = Math.Min(item.End, runEnd);
                if (start >= end) continue;
                inRun.Add(new Piece(item, start, end, run.IsRightToLeft, paragraph.Slice(item, start, end, direction)));
            }

            if (run.IsRightToLeft) inRun.Reverse();
            pieces.AddRange(inRun);
        }

        return pieces;
    }

    /// <summary>
    /// The pieces with each inline element's sides (its margin, border and padding spacers, <see cref="TextRun.EdgeOf"/>) at
    /// the visual ends of its content in the line: a left side just left of its leftmost piece, a right side just right of
    /// its rightmost (CSS 2.1 §8.6: the sides are laid out in visual order, not logical). The bidi analysis glued each side
    /// to the letter next to it, which is enough until an embedding or override crossing the element's end (controls in
    /// the text, U+202E … U+202C) splits its content or takes that letter elsewhere. Innermost elements first, so an outer
    /// one's sides go around an inner one's. An element with no content in the line keeps its sides where they are.
    /// </summary>
    private static List<Piece> PlaceElementSides(List<Piece> pieces, string text)
    {
        var elements = pieces.Select(p => p.Item.Run.EdgeOf).OfType<EdgedInline>().Distinct().OrderByDescending(e => e.Depth).ToList();
        foreach (var element in elements)
        {
            var sides = pieces.Where(p => ReferenceEquals(p.Item.Run.EdgeOf, element)).ToList();
            var rest = pieces.Where(p => !ReferenceEquals(p.Item.Run.EdgeOf, element)).ToList();
            var first = rest.FindIndex(p => IsContentOf(element, p, text));
            if (first < 0) continue;
            var last = rest.FindLastIndex(p => IsContentOf(element, p, text));
            rest.InsertRange(last + 1, OutermostFirst(sides.Where(p => !p.Item.Run.IsLeftEdge)).Reverse());
            rest.InsertRange(first, OutermostFirst(sides.Where(p => p.Item.Run.IsLeftEdge)));
            pieces = rest;
        }

        return pieces;
    }

    /// <summary>Whether the piece is in the element and shows something: a bidi control alone (U+202E at the element's start
    /// takes the level before it, away from the letters it overrides) marks no place of the element's content.</summary>
    private static bool IsContentOf(EdgedInline element, Piece piece, string text)
    {
        if (!element.Contains(piece.Item.Run.Inline)) return false;
        for (var i = piece.Start; i < piece.End; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            if (!BidiAlgorithm.IsDirectionalFormatting(BidiAlgorithm.CodePointAt(text, i))) return true;
        }

        return false;
    }

    /// <summary>An element's spacers of one side, its margin before its border and padding: an element's start spacers are
    /// written margin first, its end spacers margin last (a reordered level may have reversed them).</summary>
    private static IEnumerable<Piece> OutermostFirst(IEnumerable<Piece> sides) =>
        sides.OrderBy(p => p.Item.Run.IsStartEdge ? 0 : 1).ThenBy(p => p.Item.Run.IsStartEdge ? p.Start : -p.Start);

    private readonly record struct Piece(ShapedItem Item, int Start, int End, bool RightToLeft, ShapedGlyph[] Glyphs);

    private static GlyphRun BuildRun(string text, ShapedItem item, int start, int end, ShapedGlyph[] glyphs, float x, float[]? extraAfter, int lineStart)
    {
        var runText = text[start..end];
        var utf8Offsets = Utf8Offsets(runText);
        var ids = new ushort[glyphs.Length];
        var positions = new float[glyphs.Length];
        var offsetsY = new float[glyphs.Length];
        var clusters = new uint[glyphs.Length];
        var extraByCluster = extraAfter is null ? null : ExtraByCluster(glyphs, end, extraAfter, lineStart);
        var pen = 0f;
        for (var i = 0; i < glyphs.Length; i++)
        {
            var glyph = glyphs[i];
            ids[i] = glyph.Glyph;
            positions[i] = pen + glyph.OffsetX;
            offsetsY[i] = glyph.OffsetY;
            clusters[i] = (uint)utf8Offsets[glyph.Cluster - start];
            pen += glyph.Advance;
            var lastOfCluster = i == glyphs.Length - 1 || glyphs[i + 1].Cluster != glyph.Cluster;
            if (lastOfCluster && extraByCluster is not null && extraByCluster.TryGetValue(glyph.Cluster, out var extra)) pen += extra;
        }

        return new GlyphRun(item.Face, item.Run.Style, ids, positions, runText, clusters, x, pen, item.Run.Tag)
        {
            VerticalOffsets = offsetsY.Any(y => y != 0) ? offsetsY : null,
            SourceOffset = start,
            IsObject = item.Run.ObjectWidth is not null,
        };
    }

    /// <summary>Justification space per cluster: a cluster owns the extra after each character it covers
    /// (<paramref name="extraAfter"/> is indexed from the line's start).</summary>
    private static Dictionary<int, float> ExtraByCluster(ShapedGlyph[] glyphs, int end, float[] extraAfter, int lineStart)
    {
        var starts = glyphs.Select(g => g.Cluster).Distinct().Order().ToList();
        var result = new Dictionary<int, float>();
        for (var k = 0; k < starts.Count; k++)
        {
            var clusterEnd = k + 1 < starts.Count ? starts[k + 1] : end;
            var sum = 0f;
            for (var i = starts[k]; i < clusterEnd; i++) sum += extraAfter[i - lineStart];
            if (sum != 0) result[starts[k]] = sum;
        }

        return result;
    }

    /// <summary>UTF-8 byte offset of every UTF-16 offset of <paramref name="text"/> (and of its end).</summary>
    private static int[] Utf8Offsets(string text)
    {
        var offsets = new int[text.Length + 1];
        var bytes = 0;
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            for (var k = 0; k < length; k++) offsets[i + k] = bytes;
            bytes += rune.Utf8SequenceLength;
            i += length;
        }

        offsets[text.Length] = bytes;
        return offsets;
    }
}
