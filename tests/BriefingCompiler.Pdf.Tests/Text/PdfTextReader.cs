using System.Text;
using BriefingCompiler.Pdf.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Graphics.Operations.TextObjects;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Tokens;

namespace BriefingCompiler.Pdf.Tests.Text;

/// <summary>
/// Reads the text of a PDF written through <c>GlyphRunPainter</c> back, text object by text object (BT … ET, one
/// per glyph run), with PdfPig alone — the way a reader that honours replacement text does: a glyph gives its
/// ToUnicode value (PdfPig's letter), a marked-content span with <c>/ActualText</c> gives that text in place of the
/// glyphs inside it (PDF 32000-1 §14.9.4), and a text object inside <c>/ReversedChars</c> (§14.8.2.3.3: glyphs
/// shown in the reverse of reading order, which Skia writes for right-to-left runs) is read from its last
/// glyph or span to its first. PdfPig's own <c>page.Text</c> ignores ReversedChars, hence this reader.
/// </summary>
internal static class PdfTextReader
{
    /// <summary>One text object: its text in reading order, whether it was marked ReversedChars, and where its
    /// glyphs are (page coordinates, y up; <see cref="Baseline"/> is the most common glyph baseline, since marks
    /// sit off it).</summary>
    public sealed record TextObject(int Page, double Left, double Right, double Baseline, bool Reversed, string Text);

    public static IReadOnlyList<TextObject> Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var result = new List<TextObject>();
        foreach (var page in document.GetPages())
        {
            var letters = page.Letters;
            var next = 0;
            var units = new List<string>();
            var placed = new List<UglyToad.PdfPig.Content.Letter>();
            var reversed = false;
            // Open marked-content sequences: the replacement text of each (null when it has none) and whether
            // it has been emitted yet.
            var open = new Stack<(string? ActualText, bool Emitted)>();
            foreach (var operation in page.Operations)
            {
                switch (operation)
                {
                    case BeginText:
                        units.Clear();
                        placed.Clear();
                        reversed = false;
                        break;
                    case BeginMarkedContent { Name.Data: "ReversedChars" }:
                        reversed = true;
                        open.Push((null, false));
                        break;
                    case BeginMarkedContent:
                        open.Push((null, false));
                        break;
                    case BeginMarkedContentWithProperties withProperties:
                        open.Push((ActualTextOf(withProperties), false));
                        break;
                    case EndMarkedContent:
                        var (actualText, emitted) = open.Pop();
                        // A replacement for nothing drawn still counts as text.
                        if (actualText is not null && !emitted) units.Add(actualText);
                        break;
                    case ShowText show:
                        // Skia writes its TrueType faces as Type0 fonts with Identity-H: two bytes a glyph.
                        for (var k = 0; k < show.Bytes.Length / 2; k++)
                        {
                            if (next >= letters.Count) throw new InvalidOperationException("More glyphs shown than PdfPig reports letters.");
                            var letter = letters[next++];
                            placed.Add(letter);
                            var replacing = open.Count > 0 && open.Any(m => m.ActualText is not null);
                            if (!replacing) units.Add(letter.Value);
                            else EmitReplacement(open, units);
                        }

                        break;
                    case ShowTextsWithPositioning or MoveToNextLineShowText or MoveToNextLineShowTextWithSpacing:
                        throw new NotSupportedException($"Skia is not expected to write {operation.Operator}.");
                    case EndText:
                        if (placed.Count == 0) break;
                        var text = string.Concat(reversed ? Enumerable.Reverse(units) : units);
                        var baseline = placed.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Count()).First().Key;
                        result.Add(new TextObject(page.Number, placed.Min(l => l.StartBaseLine.X), placed.Max(l => l.EndBaseLine.X), baseline, reversed, text));
                        break;
                }
            }

            if (next != letters.Count) throw new InvalidOperationException($"{letters.Count - next} letters were not matched to shown glyphs.");
        }

        return result;
    }

    /// <summary>
    /// A line's text objects (in any order) read in logical order, as a reader that knows the paragraph
    /// direction does: objects are placed left to right, each gets a direction (reversed ones right to left,
    /// others by their first strong character, digits left to right, neutrals by their neighbours or else the
    /// paragraph's), and the inverse of the bidi reordering is applied: in a right-to-left paragraph the sequence
    /// is read from the right, left-to-right islands from their left; in a left-to-right paragraph the other way
    /// round.
    /// </summary>
    public static string ReadLine(IEnumerable<TextObject> line, bool rightToLeftParagraph)
    {
        var visual = line.OrderBy(o => o.Left).ToList();
        var directions = visual.Select(DirectionOf).ToList();
        for (var i = 0; i < directions.Count; i++)
        {
            if (directions[i] is not null) continue;
            var before = directions.Take(i).LastOrDefault(d => d is not null);
            var after = directions.Skip(i + 1).FirstOrDefault(d => d is not null);
            directions[i] = before is { } b && after is { } a && a == b ? a : rightToLeftParagraph;
        }

        var pieces = new List<string>();
        // Group maximal stretches of one direction; reverse the order of the stretches against the paragraph
        // direction, and the objects inside right-to-left stretches.
        var groups = new List<(bool RightToLeft, List<string> Texts)>();
        for (var i = 0; i < visual.Count; i++)
        {
            if (i == 0 || directions[i] != directions[i - 1]) groups.Add((directions[i]!.Value, []));
            groups[^1].Texts.Add(visual[i].Text);
        }

        if (rightToLeftParagraph) groups.Reverse();
        foreach (var (rightToLeft, texts) in groups)
        {
            if (rightToLeft) texts.Reverse();
            pieces.AddRange(texts);
        }

        return string.Concat(pieces);
    }

    /// <summary>True right to left, false left to right, null neutral.</summary>
    private static bool? DirectionOf(TextObject textObject)
    {
        if (textObject.Reversed) return true;
        var sawNumber = false;
        foreach (var rune in textObject.Text.EnumerateRunes())
        {
            switch (BidiAlgorithm.ClassOf(rune.Value))
            {
                case BidiClass.L: return false;
                case BidiClass.R or BidiClass.AL: return true;
                case BidiClass.EN or BidiClass.AN: sawNumber = true; break;
            }
        }

        return sawNumber ? false : null;
    }

    private static void EmitReplacement(Stack<(string? ActualText, bool Emitted)> open, List<string> units)
    {
        // The outermost replacement wins: it stands for everything inside it, nested spans included.
        var entries = open.Reverse().ToArray();
        var outer = Array.FindIndex(entries, m => m.ActualText is not null);
        if (entries[outer].Emitted) return;
        units.Add(entries[outer].ActualText!);
        entries[outer] = entries[outer] with { Emitted = true };
        open.Clear();
        foreach (var entry in entries) open.Push(entry);
    }

    private static string? ActualTextOf(BeginMarkedContentWithProperties operation)
    {
        if (operation.Properties is not { } properties || !properties.TryGet(NameToken.Create("ActualText"), out var token)) return null;
        return token switch
        {
            HexToken hex => DecodeTextString(hex.Bytes.ToArray()),
            StringToken text => text.Data,
            _ => null,
        };
    }

    /// <summary>A PDF text string: UTF-16BE after a byte order mark, else PDFDocEncoding (Latin-1 for what
    /// matters here).</summary>
    private static string DecodeTextString(byte[] bytes) =>
        bytes is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.Latin1.GetString(bytes);
}
