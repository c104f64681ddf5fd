using System.Text;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Text;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// A text system with arithmetic metrics, so layout tests can state exact positions: every character is
/// half an em wide (CJK ideographs a full em), ascent 0.8 em, descent 0.2 em; lines break at the real UAX #14
/// opportunities. Every character is drawn as Noto Sans's .notdef box (a space as its space), so previews show
/// where the text is, and the PDF carries the text in its ToUnicode map like any other face. An object run (an
/// inline-block, an image in a line) is as wide as its <see cref="TextRun.ObjectWidth"/>, as in the real layouter.
/// </summary>
public sealed class MonospaceTextSystem : ITextSystem, ITextLayouter
{
    private static readonly byte[] Program = ReadBundledFont("NotoSans-Regular.ttf");

    // A line gap of 0.2 em makes line-height: normal 1.2 em, the round figure the layout tests are written in.
    private static readonly FontFace Face = new("Monospace test", 400, false, SKTypeface.FromData(SKData.CreateCopy(Program)), 1000, 800, 200)
    {
        Program = Program,
        LineGap = 200,
    };

    private static readonly ushort SpaceGlyph = Face.Typeface.GetGlyph(' ');

    private static byte[] ReadBundledFont(string file)
    {
        using var stream = typeof(PdfRenderer).Assembly.GetManifestResourceStream("BriefingCompiler.Pdf.Fonts." + file)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public ITextLayouter CreateLayouter(IReadOnlyList<IReadOnlyList<TextRun>> paragraphs, BriefingCompiler.Pdf.Styling.MessageLog log) => this;

    public (float MinContent, float MaxContent) MeasureIntrinsicWidths(IReadOnlyList<TextRun> runs) =>
        (Layout(runs, 0, TextAlignment.Start, false).Select(l => l.Width).DefaultIfEmpty(0).Max(),
         Layout(runs, float.PositiveInfinity, TextAlignment.Start, false).Select(l => l.Width).DefaultIfEmpty(0).Max());

    public static float CharWidth(char c, float size) => c >= 0x2E80 ? size : size / 2;

    public IReadOnlyList<TextLine> Layout(IReadOnlyList<TextRun> runs, float width, TextAlignment alignment, bool rightToLeft)
    {
        var text = string.Concat(runs.Select(r => r.Text));
        var styleAt = new TextRun[text.Length];
        var at = 0;
        foreach (var run in runs)
        {
            for (var i = 0; i < run.Text.Length; i++)
            {
                styleAt[at++] = run;
            }
        }

        var lines = new List<TextLine>();
        var breaks = BriefingCompiler.Pdf.Text.LineBreaker.FindBreaks(text);
        var start = 0;
        var lastFit = -1;
        var b = 0;
        while (b < breaks.Count)
        {
            var (position, mandatory) = (breaks[b].Position, breaks[b].Mandatory);
            if (position <= start)
            {
                b++;
                continue;
            }

            if (Measure(text, styleAt, start, position) <= width + 0.001f || lastFit < 0)
            {
                lastFit = position;
                b++;
                if (mandatory)
                {
                    lines.Add(Line(text, styleAt, runs, start, position, width, alignment, rightToLeft));
                    start = position;
                    lastFit = -1;
                }

                continue;
            }

            lines.Add(Line(text, styleAt, runs, start, lastFit, width, alignment, rightToLeft));
            start = lastFit;
            lastFit = -1;
        }

        if (start < text.Length)
        {
            lines.Add(Line(text, styleAt, runs, start, text.Length, width, alignment, rightToLeft));
        }

        return lines;
    }

    private static int TrimmedEnd(string text, int start, int end)
    {
        while (end > start && text[end - 1] is ' ' or '\n')
        {
            end--;
        }

        return end;
    }

    private static float Measure(string text, TextRun[] styleAt, int start, int end)
    {
        var width = 0f;
        for (var i = start; i < TrimmedEnd(text, start, end); i++)
        {
            width += styleAt[i].ObjectWidth ?? CharWidth(text[i], styleAt[i].Style.FontSize);
        }

        return width;
    }

    private static TextLine Line(string text, TextRun[] styleAt, IReadOnlyList<TextRun> runs, int start, int end, float width, TextAlignment alignment, bool rightToLeft)
    {
        var visibleEnd = TrimmedEnd(text, start, end);
        var lineWidth = Measure(text, styleAt, start, end);
        // Start and End follow the direction, Left and Right do not; the glyphs themselves stay in logical order here.
        var offset = alignment switch
        {
            TextAlignment.Center => (width - lineWidth) / 2,
            TextAlignment.Left => 0,
            TextAlignment.Right => width - lineWidth,
            TextAlignment.End => rightToLeft ? 0 : width - lineWidth,
            _ => rightToLeft ? width - lineWidth : 0,
        };
        offset = float.IsFinite(offset) && offset > 0 && width < 100_000 ? offset : 0;
        var glyphRuns = new List<GlyphRun>();
        var x = offset;
        var i = start;
        while (i < visibleEnd)
        {
            var run = styleAt[i];
            var j = i;
            var positions = new List<float>();
            var advance = 0f;
            while (j < visibleEnd && ReferenceEquals(styleAt[j], run))
            {
                positions.Add(advance);
                advance += run.ObjectWidth ?? CharWidth(text[j], run.Style.FontSize);
                j++;
            }

            var piece = text[i..j];
            var clusters = new List<uint>();
            var utf8 = 0u;
            foreach (var c in piece)
            {
                clusters.Add(utf8);
                utf8 += (uint)Encoding.UTF8.GetByteCount(c.ToString());
            }

            var glyphs = piece.Select(c => c == ' ' ? SpaceGlyph : (ushort)0).ToArray();
            glyphRuns.Add(new GlyphRun(Face, run.Style, glyphs, positions.ToArray(), piece, clusters.ToArray(), x, advance, run.Tag) { SourceOffset = i, IsObject = run.ObjectWidth is not null });
            x += advance;
            i = j;
        }

        var sizes = Enumerable.Range(start, Math.Max(0, end - start)).Select(k => styleAt[k].Style.FontSize).DefaultIfEmpty(runs.Count > 0 ? runs[0].Style.FontSize : 12).ToArray();
        var size = sizes.Max();
        return new TextLine(glyphRuns, lineWidth, size * 0.8f, size * 0.2f, start, end) { NormalAscent = size * 0.9f, NormalDescent = size * 0.3f };
    }
}
