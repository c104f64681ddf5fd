using System.Text;
using BriefingCompiler.Pdf.Fonts;
using HarfBuzzSharp;

namespace BriefingCompiler.Pdf.Text;

/// <summary>
/// A paragraph's runs joined into one string, analysed by the bidi algorithm (UAX #9, with the paragraph
/// direction given), split into items (face × script × bidi level × run) and shaped once in logical order,
/// odd levels right to left. <see cref="Prefix"/> holds the shaped width of every prefix, so the line filler
/// measures any stretch between break opportunities in O(1) (a width does not depend on visual order); only
/// lines whose edges HarfBuzz flags unsafe to break are shaped again.
/// </summary>
internal sealed class ShapedParagraph
{
    private ShapedParagraph(string text, string shapingText, BidiParagraph bidi, IReadOnlyList<ShapedItem> items, double[] prefix, TextRun[] runOf)
    {
        Text = text;
        ShapingText = shapingText;
        Bidi = bidi;
        Items = items;
        Prefix = prefix;
        RunOf = runOf;
    }

    /// <summary>The runs' text, concatenated; offsets everywhere are UTF-16 offsets into it.</summary>
    public string Text { get; }

    /// <summary><see cref="Text"/> with controls made shapeable (tab → space, others → ZWSP), same length.</summary>
    public string ShapingText { get; }

    /// <summary>The bidi analysis of <see cref="Text"/>: embedding levels, and per line the visual runs.</summary>
    public BidiParagraph Bidi { get; }

    /// <summary>The shaped items in logical order; an item never crosses a change of face, script, bidi level or
    /// source run.</summary>
    public IReadOnlyList<ShapedItem> Items { get; }

    /// <summary>Prefix[i] = width of Text[..i] as shaped. Doubles: a float sum reaches millions of points in a
    /// long paragraph and then measures a line to half a point or worse, so lines deep in it broke elsewhere
    /// than the same text laid out from a later line's start.</summary>
    public double[] Prefix { get; }

    /// <summary>The source run of every UTF-16 offset.</summary>
    public TextRun[] RunOf { get; }

    public float Width(int start, int end) => (float)(Prefix[end] - Prefix[start]);

    /// <summary>The items that overlap [start, end), in logical order. Items follow each other without gaps, so a
    /// binary search finds the first: filtering every item for every line made a paragraph of many items (runs,
    /// scripts, fallback faces) take time quadratic in its length.</summary>
    public List<ShapedItem> ItemsBetween(int start, int end)
    {
        int low = 0, high = Items.Count;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (Items[middle].End <= start) low = middle + 1;
            else high = middle;
        }

        var result = new List<ShapedItem>();
        for (var i = low; i < Items.Count && Items[i].Start < end; i++)
        {
            if (Items[i].End > start) result.Add(Items[i]);
        }

        return result;
    }

    /// <summary>The hyphen a line ending at <paramref name="contentEnd"/> shows because it breaks at a soft hyphen
    /// (U+00AD), drawn in the soft hyphen's face and carrying its cluster; null when the line does not end
    /// there.</summary>
    public ShapedGlyph? HyphenAt(int contentEnd)
    {
        if (contentEnd == 0 || Text[contentEnd - 1] != SoftHyphen) return null;
        var item = ItemsBetween(contentEnd - 1, contentEnd).FirstOrDefault();
        var shaper = item?.Face.Shaper;
        if (item is null || shaper is null || !item.Face.CodePoints.Contains('-') || !shaper.TryGetNominalGlyph('-', out var glyph)) return null;
        var advance = shaper.GetHorizontalGlyphAdvance(glyph) * item.Run.Style.FontSize / item.Face.UnitsPerEm + item.Run.Style.LetterSpacing;
        return new ShapedGlyph((ushort)glyph, contentEnd - 1, advance, 0, 0, false);
    }

    public const char SoftHyphen = '\u00AD';

    public static ShapedParagraph Create(IReadOnlyList<TextRun> runs, CharacterFontResolver resolver, IReadOnlyDictionary<FontSource, FontFace> faces,
        BidiDirection direction)
    {
        var text = string.Concat(runs.Select(r => r.Text));
        // The bidi classes come from the text as written (tabs are S, line feeds B), not from its shapeable copy.
        var bidi = InlineBidi.Analyze(runs, text, direction);
        var shapingText = MakeShapeable(text);
        var faceOf = new FontFace[text.Length];
        var runOf = new TextRun[text.Length];
        var offset = 0;
        FontSource? previous = null;
        foreach (var run in runs)
        {
            if (run.ObjectWidth is not null)
            {
                // An object is not shaped: its face is its style's strut, and the text around it keeps its own faces.
                var strut = resolver.Primary(run.Style);
                if (!faces.TryGetValue(strut, out var strutFace))
                    throw new InvalidOperationException($"No text in {string.Join(", ", run.Style.FontFamilies)} was registered with DocumentFontSet.Add before Build().");
                for (var i = 0; i < run.Text.Length; i++)
                {
                    faceOf[offset + i] = strutFace;
                    runOf[offset + i] = run;
                }

                offset += run.Text.Length;
                continue;
            }

            var (sources, missing) = resolver.Resolve(run.Text, run.Style, previous);
            if (run.Text.Length > 0) previous = sources[^1];
            var missingOffsets = missing.Select(m => m.Offset).ToHashSet();
            for (var i = 0; i < run.Text.Length; i++)
            {
                if (!faces.TryGetValue(sources[i], out var face))
                    throw new InvalidOperationException($"The text \u201c{run.Text}\u201d was not registered with DocumentFontSet.Add before Build().");
                faceOf[offset + i] = face;
                runOf[offset + i] = run;
                if (char.IsLowSurrogate(run.Text[i]) && i > 0) continue;
                System.Text.Rune.DecodeFromUtf16(run.Text.AsSpan(i), out var rune, out _);
                if (!CharacterFontResolver.IsInvisible(rune.Value) && !missingOffsets.Contains(i) && !face.CodePoints.Contains(rune.Value))
                    throw new InvalidOperationException($"The text \u201c{run.Text}\u201d was not registered with DocumentFontSet.Add before Build() ({face} lacks U+{rune.Value:X4}).");
            }

            offset += run.Text.Length;
        }

        var items = Itemize(shapingText, faceOf, runOf, bidi.Levels);
        var prefix = new double[text.Length + 1];
        var perChar = new float[text.Length];
        foreach (var item in items)
            foreach (var glyph in item.Glyphs)
                perChar[glyph.Cluster] += glyph.Advance;
        for (var i = 0; i < text.Length; i++) prefix[i + 1] = prefix[i] + perChar[i];
        return new ShapedParagraph(text, shapingText, bidi, items, prefix, runOf);
    }

    /// <summary>Glyphs of <paramref name="item"/> for the characters [start, end) in visual order, drawn in
    /// <paramref name="direction"/>: cut from the paragraph's shaping when HarfBuzz says both cuts are safe,
    /// shaped again otherwise. The direction differs from the item's only where rule L1 moved characters back
    /// to the paragraph level (whitespace before a tab, say); those are shaped again.</summary>
    public ShapedGlyph[] Slice(ShapedItem item, int start, int end, Direction direction)
    {
        // Objects have a glyph each, whatever the direction: never shaped again.
        if (item.Run.ObjectWidth is not null) return item.Glyphs.Where(g => g.Cluster >= start && g.Cluster < end).ToArray();
        if (direction != item.Direction)
            return TextShaper.Shape(ShapingText, start, end, item.Face, item.Run.Style, item.Script, direction).Where(g => g.Glyph != 0).ToArray();
        if (start == item.Start && end == item.End) return item.Glyphs;
        if (IsSafeCut(item, start) && IsSafeCut(item, end))
        {
            var (from, to) = GlyphRange(item, start, end);
            return item.Glyphs[from..to];
        }

        return TextShaper.Shape(ShapingText, start, end, item.Face, item.Run.Style, item.Script, item.Direction).Where(g => g.Glyph != 0).ToArray();
    }

    private static bool IsSafeCut(ShapedItem item, int offset)
    {
        if (offset <= item.Start || offset >= item.End) return true;
        var (from, to) = GlyphRange(item, offset, offset + 1);
        var atCut = item.Glyphs[from..to];
        // No glyph starts at the cut: it falls inside a cluster (a ligature, say), which must be reshaped.
        return atCut.Length > 0 && atCut.All(g => !g.UnsafeToBreak);
    }

    /// <summary>
    /// The glyphs of <paramref name="item"/> whose cluster lies in [start, end), as an index range. Clusters run up
    /// the glyphs (left to right) or down them (right to left, in visual order), so two binary searches find
    /// the range: scanning every glyph for every line made a paragraph's lines take time quadratic in its length
    /// (a 200,000-letter word took two minutes).
    /// </summary>
    private static (int From, int To) GlyphRange(ShapedItem item, int start, int end)
    {
        var glyphs = item.Glyphs;
        return item.RightToLeft
            ? (FirstIndex(glyphs, g => g.Cluster < end), FirstIndex(glyphs, g => g.Cluster < start))
            : (FirstIndex(glyphs, g => g.Cluster >= start), FirstIndex(glyphs, g => g.Cluster >= end));
    }

    /// <summary>The first index whose glyph satisfies <paramref name="predicate"/>, which is false and then true along the glyphs.</summary>
    private static int FirstIndex(ShapedGlyph[] glyphs, Func<ShapedGlyph, bool> predicate)
    {
        int low = 0, high = glyphs.Length;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (predicate(glyphs[middle])) high = middle;
            else low = middle + 1;
        }

        return low;
    }

    private static List<ShapedItem> Itemize(string text, FontFace[] faceOf, TextRun[] runOf, IReadOnlyList<byte> levels)
    {
        var items = new List<ShapedItem>();
        if (text.Length == 0) return items;
        var scripts = ResolveScripts(text, levels);
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLowSurrogate(text[i])) continue;
            if (i == text.Length || faceOf[i] != faceOf[start] || runOf[i] != runOf[start] || scripts[i] != scripts[start] || levels[i] != levels[start])
            {
                var script = scripts[start];
                var direction = (levels[start] & 1) != 0 ? Direction.RightToLeft : Direction.LeftToRight;
                if (runOf[start].ObjectWidth is { } objectWidth)
                {
                    // One placeholder glyph per object (equal runs side by side make one item), as wide as the object.
                    var placeholders = Enumerable.Range(start, i - start).Select(k => new ShapedGlyph(0, k, objectWidth, 0, 0, false)).ToArray();
                    if (direction == Direction.RightToLeft) Array.Reverse(placeholders);
                    items.Add(new ShapedItem(start, i, faceOf[start], runOf[start], script, direction, placeholders));
                    start = i;
                    continue;
                }

                var glyphs = TextShaper.Shape(text, start, i, faceOf[start], runOf[start].Style, script, direction);
                // Glyph 0 (.notdef) only appears for characters reported missing: they are left out, not boxed.
                glyphs = glyphs.Where(g => g.Glyph != 0).ToArray();
                items.Add(new ShapedItem(start, i, faceOf[start], runOf[start], script, direction, glyphs));
                start = i;
            }
        }

        return items;
    }

    /// <summary>The script each UTF-16 offset is shaped in. Common characters (spaces, digits, punctuation) take
    /// the script of the text before them (or after, at the start) when they read in that script's direction
    /// or at that text's bidi level, and stay Common otherwise — the digits of "2025" inside Arabic are left to
    /// right, so they are not shaped as Arabic. The level matters under an override: the space of Latin text
    /// forced right to left (<c>bidi-override</c>, U+202E) is at the letters' odd level, and shaped with them it
    /// keeps the kerning a Latin font has between a space and the next letter ("r T"), as the same words left to
    /// right do. Inherited characters (combining marks) take their base character's script.</summary>
    private static Script[] ResolveScripts(string text, IReadOnlyList<byte> levels)
    {
        var raw = new Script[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && i > 0) { raw[i] = raw[i - 1]; continue; }
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out _);
            raw[i] = UnicodeFunctions.Default.GetScript(rune.Value);
        }

        var result = new Script[text.Length];
        var first = Array.FindIndex(raw, IsStrong);
        var current = first < 0 ? Script.Common : raw[first];
        var currentLevel = first < 0 ? -1 : levels[first];
        for (var i = 0; i < text.Length; i++)
        {
            if (IsStrong(raw[i]))
            {
                current = raw[i];
                currentLevel = levels[i];
                result[i] = current;
            }
            else if (i > 0 && (raw[i] == Script.Inherited || char.IsLowSurrogate(text[i])))
            {
                result[i] = result[i - 1];
            }
            else
            {
                var rightToLeft = (levels[i] & 1) != 0;
                var scriptRightToLeft = current.HorizontalDirection == Direction.RightToLeft;
                result[i] = IsStrong(current) && (rightToLeft == scriptRightToLeft || levels[i] == currentLevel) ? current : Script.Common;
            }
        }

        return result;
    }

    private static bool IsStrong(Script script) => script != Script.Common && script != Script.Inherited && script != Script.Unknown;

    private static string MakeShapeable(string text)
    {
        if (!text.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029')) return text;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c == '\t' ? ' ' : char.IsControl(c) || c is '\u2028' or '\u2029' ? '\u200B' : c;
            }
        });
    }
}
