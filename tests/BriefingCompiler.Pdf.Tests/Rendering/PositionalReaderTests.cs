using System.Globalization;
using System.Text;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Text;
using BriefingCompiler.Pdf.Rendering.PdfFile;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Graphics.Operations.TextObjects;
using UglyToad.PdfPig.Graphics.Operations.TextPositioning;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Tokens;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// Issue 16: right-to-left text, written in logical order, read by a reader that rebuilds text from glyph positions the
/// way pdf.js does (<see cref="PositionalReaderSteps"/>).
/// </summary>
public class PositionalReaderTests
{
    private const double Size = 10;

    private static PositionalReaderSteps.Glyph Letter(double x, double advance = 4) => new("ب", x, advance, 5);

    private static PositionalReaderSteps.Glyph Space(double x) => new(" ", x, 2.5, PositionalReaderSteps.SpaceCid);

    /// <summary>The steps for <paramref name="glyphs"/> at <see cref="Size"/>, into a buffer longer than the run (as the
    /// writer's, reused from run to run, is), and where pdf.js then sees its last glyph end.</summary>
    private static (PositionalReaderSteps.Step[] Steps, double? LastEnd) Plan(PositionalReaderSteps.Glyph[] glyphs, bool rightToLeft, double? lastEnd)
    {
        var buffer = new PositionalReaderSteps.Step[glyphs.Length + 3];
        Array.Fill(buffer, new PositionalReaderSteps.Step(true, 1, true)); // what an earlier run left
        var end = PositionalReaderSteps.Plan(glyphs, Size, rightToLeft, lastEnd, buffer);
        return (buffer[..glyphs.Length], end);
    }

    [Test]
    public void Right_to_left_the_space_shows_the_next_word_three_quarters_of_an_em_on_and_the_pen_is_put_back_after_it()
    {
        // Two words, right to left: 30–38 and 19.5–27.5, the space between (27.5–30).
        var glyphs = new[] { Letter(34), Letter(30), Space(27.5), Letter(23.5), Letter(19.5) };

        var (steps, lastEnd) = Plan(glyphs, rightToLeft: true, lastEnd: null);

        // pdf.js's last glyph ends at 34; the next word's first glyph starts at 23.5: shown at 34 + 7.5.
        Assert.That(steps[2].WordSpacing, Is.EqualTo(34 + 0.75 * Size - 23.5).Within(1e-9));
        Assert.That(steps[3].ResyncAfter, Is.True);
        Assert.That(steps.Count(s => s.WordSpacing is not null), Is.EqualTo(1));
        Assert.That(steps.Count(s => s.ResyncAfter), Is.EqualTo(1));
        Assert.That(lastEnd, Is.EqualTo(23.5), "the last glyph moved back from where pdf.js saw the one before");
    }

    [Test]
    public void Right_to_left_a_glyph_that_does_not_move_back_a_fifth_of_an_em_and_a_mark_start_a_chunk_of_their_own()
    {
        var glyphs = new PositionalReaderSteps.Glyph[]
        {
            Letter(30), // the run's first: whatever came before may still be open
            Letter(26.5, 1), // moves back 7.5 pt from 30 + 4: pdf.js ends the chunk itself
            Letter(26, 0.5), // moves back 1.5 pt only
            new("\u0651", 25.95, 0, 6), // a shadda, added wherever it stands
            Letter(20),
        };

        var (steps, _) = Plan(glyphs, rightToLeft: true, lastEnd: null);

        Assert.That(steps.Select(s => s.BreakBefore), Is.EqualTo(new[] { true, false, true, true, false }));
    }

    [Test]
    public void Left_to_right_a_space_pdf_js_sees_is_left_alone()
    {
        var glyphs = new[] { Letter(0), Letter(4), Space(8), Letter(10.5), Letter(14.5) };

        var (steps, lastEnd) = Plan(glyphs, rightToLeft: false, lastEnd: null);

        Assert.That(steps, Is.All.EqualTo(default(PositionalReaderSteps.Step)));
        Assert.That(lastEnd, Is.EqualTo(18.5));
    }

    [Test]
    public void A_space_that_leads_a_left_to_right_run_placed_left_of_the_text_before_shows_the_gap()
    {
        // "… أعضاء GAC": the Latin name stands left of the Arabic word before it; pdf.js saw that word end at 40.
        var glyphs = new[] { Space(37.5), Letter(20), Letter(25), Letter(30) };

        var (steps, _) = Plan(glyphs, rightToLeft: false, lastEnd: 40);

        Assert.That(steps[0].WordSpacing, Is.EqualTo(40 + 0.75 * Size - 20).Within(1e-9));
        Assert.That(steps[1].ResyncAfter, Is.True);
        Assert.That(steps.Any(s => s.BreakBefore), Is.False, "left to right, chunks are pdf.js's own");
    }

    [Test]
    public void Every_font_gives_the_space_cid_32_and_the_other_pairs_the_cids_around_it()
    {
        using var catalog = new FontCatalog();
        var style = new TextStyle(["Noto Sans"], 12f);
        var fonts = new DocumentFontSet(catalog);
        fonts.Add("بيت", style);
        using var layouter = fonts.Build();
        var face = layouter.Layout([new TextRun("بيت", style)], float.PositiveInfinity, rightToLeft: true).Single().Runs.Single().Font;
        var font = new PdfFontEmbedding(face, "F1");

        var early = Enumerable.Range(1, 5).Select(g => font.Cid((ushort)g, "x" + g)).ToList();
        var space = font.Cid(3, " ");
        var later = Enumerable.Range(10, 40).Select(g => font.Cid((ushort)g, "y" + g)).ToList();

        Assert.That(space, Is.EqualTo(PositionalReaderSteps.SpaceCid));
        Assert.That(early, Is.EqualTo(new ushort[] { 1, 2, 3, 4, 5 }));
        Assert.That(later.Take(26), Is.EqualTo(Enumerable.Range(6, 26).Select(c => (ushort)c)), "the CIDs below 32 are used first");
        Assert.That(later.Skip(26), Is.EqualTo(Enumerable.Range(33, 14).Select(c => (ushort)c)));
        Assert.That(font.Cid(3, " "), Is.EqualTo(space));
    }

    [Test]
    public void A_reader_that_chunks_by_position_and_applies_word_spacing_to_cid_32_reads_the_arabic_words_apart_and_in_order()
    {
        const string arabic = "تجتمع اللجنة الاستشارية الحكومية واللجنة الاستشارية لعموم المستخدمين بانتظام خلال اجتماعات المنظمة العامة لمناقشة قضايا السياسات العامة ذات الاهتمام المشترك";

        var read = ReadByChunks("<p style=\"width: 200px\">" + arabic + "</p>");

        Assert.That(read.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(arabic.Split(' ')));
    }

    [Test]
    public void A_reader_that_chunks_by_position_reads_a_latin_letter_in_brackets_after_a_number_in_order()
    {
        // Issue 16: "12.2(d)" in a right-to-left paragraph, which pdf.js 5 reads in the order typed from our PDF.
        const string arabic = "ترد مهام ALAC في المادة 12.2(d) من اللوائح الداخلية.";

        var read = ReadByChunks("<p>" + arabic + "</p>");

        // With the right-to-left marks that keep poppler's order (LineOrderMarks): before the number and before the letter.
        Assert.That(read.Trim(), Is.EqualTo(arabic.Replace("12.2(d)", "\u200F12.2(\u200Fd)")));
    }

    /// <summary><paramref name="body"/> in an Arabic page at 10.5 pt, rendered and read back by <see cref="ChunkingReader"/>.</summary>
    private static string ReadByChunks(string body)
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf(
            "<!DOCTYPE html><html dir=\"rtl\" lang=\"ar\"><body style=\"font-size: 10.5pt\">" + body + "</body></html>", new PdfRenderOptions());
        using var pdf = PdfDocument.Open(result.Pdf);
        return ChunkingReader.Read(pdf.GetPage(1));
    }

    /// <summary>
    /// The part of pdf.js's text extraction (src/core/evaluator.js, getTextContent) that decides chunks and spaces, for
    /// horizontal text in unscaled text matrices: glyphs gather into a chunk while the pen goes on; the chunk ends where
    /// it moves back more than 0.2 em (which forgets a space just read), at a new line, at marked content and at a font
    /// change; a gap over 0.6 em ends it with a space after it, one of 0.102–0.6 em is a space inside it, one of
    /// 0.03–0.102 em after a space glyph ends it with a space; a mark joins the open chunk wherever it is. Word spacing is
    /// applied after every code 32, one byte or two. A chunk with Arabic letters is reversed (taken as visual).
    /// </summary>
    private static class ChunkingReader
    {
        public static string Read(UglyToad.PdfPig.Content.Page page)
        {
            var letters = page.Letters;
            var next = 0;
            var output = new StringBuilder();
            var chunk = new StringBuilder();
            double x = 0, y = 0, lineX = 0, lineY = 0, size = 0, wordSpacing = 0;
            double? prevEnd = null, prevY = null;
            var spacePending = false; // the last two characters: a letter, then a space
            var afterLetter = false;
            void Flush()
            {
                var text = chunk.ToString();
                output.Append(text.Any(c => c is >= '\u0600' and <= '\u06FF') ? new string(text.Reverse().ToArray()) : text);
                chunk.Clear();
            }

            void Show(byte[] bytes)
            {
                for (var k = 0; k + 1 < bytes.Length; k += 2)
                {
                    var letter = letters[next++];
                    var code = bytes[k] << 8 | bytes[k + 1];
                    var advance = letter.EndBaseLine.X - letter.StartBaseLine.X;
                    var value = letter.Value;
                    if (value.Length > 0 && char.IsWhiteSpace(value[0]))
                    {
                        x += advance + (code == 32 ? wordSpacing : 0);
                        spacePending = true;
                        continue;
                    }

                    var mark = value.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);
                    var start = x;
                    if (!mark && prevEnd is { } end)
                    {
                        var gap = x - end;
                        if (prevY is { } py && Math.Abs(y - py) > size / 2)
                        {
                            Flush();
                            output.Append('\n');
                            spacePending = afterLetter = false;
                        }
                        else if (gap < -0.2 * size)
                        {
                            Flush();
                            spacePending = afterLetter = false;
                        }
                        else if (gap <= 0.03 * size)
                        {
                            spacePending = afterLetter = false;
                        }
                        else if (gap <= 0.102 * size)
                        {
                            if (spacePending)
                            {
                                Flush();
                                output.Append(' ');
                                spacePending = afterLetter = false;
                            }
                        }
                        else if (gap <= 0.6 * size)
                        {
                            chunk.Append(' ');
                            spacePending = afterLetter = false;
                        }
                        else
                        {
                            Flush();
                            output.Append(' ');
                            spacePending = afterLetter = false;
                        }
                    }

                    if (spacePending && afterLetter) chunk.Append(' ');
                    spacePending = false;
                    afterLetter = true;
                    chunk.Append(value);
                    x = start + advance + (code == 32 ? wordSpacing : 0);
                    if (!mark && advance > 0)
                    {
                        prevEnd = start + advance;
                        prevY = y;
                    }
                }
            }

            foreach (var operation in page.Operations)
            {
                switch (operation)
                {
                    case BeginText:
                        x = lineX = 0;
                        y = lineY = 0;
                        break;
                    case SetTextMatrix matrix:
                        x = lineX = matrix.Value[4];
                        y = lineY = matrix.Value[5];
                        break;
                    case MoveToNextLineWithOffset move:
                        x = lineX += move.Tx;
                        y = lineY += move.Ty;
                        break;
                    case SetFontAndSize font:
                        if (font.Size != size) Flush();
                        size = font.Size;
                        break;
                    case SetWordSpacing spacing:
                        wordSpacing = spacing.Spacing;
                        break;
                    case BeginMarkedContent or BeginMarkedContentWithProperties or EndMarkedContent:
                        Flush();
                        break;
                    case ShowText show:
                        Show(show.Bytes.ToArray());
                        break;
                    case ShowTextsWithPositioning positioned:
                        foreach (var token in positioned.Array)
                        {
                            if (token is NumericToken number) x -= number.Data / 1000 * size;
                            else if (token is HexToken hex) Show(hex.Bytes.ToArray());
                            else if (token is StringToken text) Show(text.GetBytes());
                        }

                        break;
                }
            }

            Flush();
            return output.ToString();
        }
    }
}
