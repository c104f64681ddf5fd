using System.Globalization;

namespace BriefingCompiler.Pdf.Rendering.PdfFile;

/// <summary>
/// What a right-to-left run, written in logical order, needs so that readers which rebuild text from glyph positions
/// read it as readers which take content order do (MuPDF, PdfPig; poppler orders by position and reads it right).
/// pdf.js (Firefox's reader) gathers glyphs into a chunk while the pen goes forward, ends the chunk where the pen
/// moves back more than a fifth of an em, and reverses each chunk as if it were visual text. Logical right-to-left text
/// moves back after almost every glyph, so most glyphs are chunks of their own and read right, except:
/// <list type="bullet">
/// <item>two narrow glyphs, and a letter and its mark (pdf.js adds a mark to the chunk without looking where it is),
/// share a chunk and come out reversed. Setting the font size a millionth of a point larger (or back) before the
/// second ends pdf.js's chunk (it ends one at any change of size); the glyph moves by at most a ten-thousandth of a
/// point (a few edge pixels differ at print resolution). (An empty marked-content sequence would end it too, but
/// poppler's structure text then loses the element's text: it closes the element's sequence at the inner
/// <c>EMC</c>.)</item>
/// <item>at a space the pen moves back over the next word, and pdf.js drops the space. The space is CID 32 and is
/// written with word spacing (<c>Tw</c>) set: PDF applies word spacing only to the one-byte code 32 (§9.3.3), so
/// renderers and poppler, MuPDF and PdfPig place every glyph as without it, but pdf.js's text extraction (not its
/// renderer) applies it to the two-byte code 32 as well, so it sees the next word's first glyph a gap after the
/// last glyph it read — which it reads as a space. A <c>Td</c> after that glyph, to where the pen is, puts pdf.js's
/// pen back.</item>
/// </list>
/// </summary>
internal static class PositionalReaderSteps
{
    /// <summary>The CID a font gives its space so that <c>Tw</c> reaches pdf.js (<see cref="PdfFontEmbedding"/>).</summary>
    public const ushort SpaceCid = 32;

    /// <summary>How much the font size is changed (points) to end pdf.js's chunk: far below anything drawn.</summary>
    public const double SizeNudge = 0.000001;

    /// <summary>pdf.js ends a chunk where the pen moves back more than 0.2 em; below this we end it ourselves.</summary>
    private const double MovesBack = -0.22;

    /// <summary>The gap pdf.js is shown before the first glyph after a space, in ems: over 0.6 em it ends the chunk and
    /// adds a space of its own, whatever came before.</summary>
    private const double SpaceGap = 0.75;

    /// <summary>Left to right, pdf.js reads a gap of this many ems or more as a space.</summary>
    private const double SpaceInFlow = 0.11;

    /// <summary>A glyph written: the text it stands for, its x from the run's start and advance (points), its CID.</summary>
    public readonly record struct Glyph(string Text, double X, double Advance, ushort Cid);

    /// <summary>Before a glyph: end pdf.js's chunk (<see cref="BreakBefore"/>) and set word spacing to
    /// <see cref="WordSpacing"/> points (the glyph is the space); after it, reset word spacing and move the line
    /// matrix to the pen (<see cref="ResyncAfter"/>).</summary>
    public readonly record struct Step(bool BreakBefore, double? WordSpacing, bool ResyncAfter);

    private enum Kind { Placed, Whitespace, Diacritic, Skipped }

    /// <summary>The steps for the glyphs of one run of font size <paramref name="size"/>, in the order written, into
    /// <paramref name="steps"/> (one per glyph; the writer reuses it from run to run), and where pdf.js then sees its last
    /// placed glyph end. <paramref name="lastEnd"/>: where it sees the last glyph before the run end (x from the run's
    /// start), null when that is on another line or unknown. Chunks are ended only in a right-to-left run; a space is
    /// helped wherever pdf.js would not see it.</summary>
    public static double? Plan(ReadOnlySpan<Glyph> glyphs, double size, bool rightToLeft, double? lastEnd, Span<Step> steps)
    {
        steps = steps[..glyphs.Length];
        steps.Clear();
        var lag = 0.0; // how far ahead of the pen pdf.js's pen is (word spacing it applied and renderers did not)
        // Left to right, a gap of 0.102 em after a space is one to pdf.js (and a space is wider); right to left, the first
        // glyph after a space must be a chunk of its own, so the gap must end the chunk.
        var seenAsSpace = (rightToLeft ? SpaceGap : SpaceInFlow) * size;
        for (var i = 0; i < glyphs.Length; i++)
        {
            var glyph = glyphs[i];
            switch (KindOf(glyph.Text))
            {
                case Kind.Whitespace:
                    if (glyph.Cid == SpaceCid && lastEnd is { } end && i + 1 < glyphs.Length && KindOf(glyphs[i + 1].Text) == Kind.Placed)
                    {
                        var gap = glyphs[i + 1].X - end;
                        if (gap < seenAsSpace)
                        {
                            lag = SpaceGap * size - gap;
                            steps[i] = steps[i] with { WordSpacing = lag };
                            steps[i + 1] = steps[i + 1] with { ResyncAfter = true };
                        }
                    }

                    break;
                case Kind.Diacritic:
                    // Added to whatever chunk is open, wherever it is drawn.
                    if (rightToLeft) steps[i] = steps[i] with { BreakBefore = true };
                    break;
                case Kind.Placed:
                    var x = glyph.X + lag;
                    var spaced = lag > 0;
                    var movesBack = lastEnd is { } previous && x - previous < MovesBack * size;
                    // The first glyph of the run too: a chunk of earlier text may be open.
                    if (rightToLeft && !spaced && !movesBack) steps[i] = steps[i] with { BreakBefore = true };
                    if (glyph.Advance > 0) lastEnd = x + glyph.Advance;
                    lag = 0;
                    break;
            }
        }

        return lastEnd;
    }

    /// <summary>How pdf.js takes a glyph by its text: starting with white space, it only moves the pen; with a
    /// non-spacing mark, it adds it to the chunk without a look at its place; ending with a format character, it skips
    /// it (and does not move the pen — none of ours ends so).</summary>
    private static Kind KindOf(string text)
    {
        if (text.Length == 0) return Kind.Skipped;
        // An ASCII character (most of Latin text) is neither a mark nor a format character.
        if (text.Length == 1 && char.IsAscii(text[0])) return char.IsWhiteSpace(text[0]) ? Kind.Whitespace : Kind.Placed;
        if (char.IsWhiteSpace(text[0])) return Kind.Whitespace;
        for (var i = 0; i < text.Length; i++)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
            if (category == UnicodeCategory.NonSpacingMark) return Kind.Diacritic;
            if (i == text.Length - 1 && category == UnicodeCategory.Format) return Kind.Skipped;
        }

        return Kind.Placed;
    }
}
