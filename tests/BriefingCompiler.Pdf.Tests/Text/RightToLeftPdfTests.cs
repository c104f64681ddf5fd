using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Text;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Text;

/// <summary>
/// Right-to-left and mixed paragraphs drawn through <see cref="GlyphRunPainter"/>: the PDF text reads back in
/// logical order (with PdfPig only, see <see cref="PdfTextReader"/>), and a raster rendering shows the paragraph
/// right-aligned and justified.
/// </summary>
public class RightToLeftPdfTests
{
    private static FontCatalog catalog = null!;
    private static readonly TextStyle Body = new(["Noto Sans"], 12f);

    [OneTimeSetUp]
    public void CreateCatalog() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeCatalog() => catalog.Dispose();

    [TestCase(RightToLeftLayoutTests.ArabicWithAcronyms, true, 150f)]
    [TestCase(RightToLeftLayoutTests.ArabicWithAcronyms, true, 300f)]
    [TestCase(RightToLeftLayoutTests.ArabicNameInEnglish, false, 120f)]
    [TestCase("اللجنة الاستشارية الحكومية (GAC) واللجنة الاستشارية لعموم المستخدمين (ALAC) «معًا»", true, 140f)]
    public void Pdf_text_read_back_in_logical_order_equals_the_source(string text, bool rightToLeft, float width)
    {
        var result = TextPdfWriter.Write(catalog, [[new TextRun(text, Body)]], TextAlignment.Justify, rightToLeft, width);
        var objects = PdfTextReader.Read(result.Pdf);

        // One text object per drawn run, in drawing order, each holding its run's logical text: the right-to-left
        // ones are marked ReversedChars and their letters drawn as several glyphs carry ActualText.
        var drawn = result.Lines.SelectMany(l => l.Runs).Where(r => r.Glyphs.Length > 0).ToList();
        Assert.That(objects.Select(o => o.Text), Is.EqualTo(drawn.Select(r => r.Text)));
        Assert.That(objects.Select(o => o.Reversed), Is.EqualTo(drawn.Select(r => r.Clusters.Length > 1 && r.Clusters[0] > r.Clusters[^1])));

        // Read line by line as a bidi-aware reader does, the text is the source.
        var lines = objects.GroupBy(o => (o.Page, o.Baseline)).OrderBy(g => g.Key.Page).ThenByDescending(g => g.Key.Baseline).ToList();
        Assert.That(lines, Has.Count.EqualTo(result.Lines.Count));
        var read = lines.Select(l => PdfTextReader.ReadLine(l, rightToLeft)).ToList();
        Assert.That(read, Is.EqualTo(result.Lines.Select(l => text[l.SourceStart..l.SourceEnd].TrimEnd())));
        Assert.That(string.Join(" ", read), Is.EqualTo(text));
    }

    [TestCase(TextPdfWriter.PageWidth - 2 * TextPdfWriter.Margin)]
    [TestCase(200f)]
    public void The_Arabic_briefing_reads_back_line_by_line_as_written(float width)
    {
        // Every paragraph and list item of briefings/icann81-gac-alac.ar.yaml, justified, as one document.
        var texts = BidiAlgorithmTests.ArabicBriefingTexts();
        var paragraphs = texts.Select(t => (IReadOnlyList<TextRun>)[new TextRun(t, Body)]).ToList();
        var result = TextPdfWriter.Write(catalog, paragraphs, TextAlignment.Justify, rightToLeft: true, width);
        Assert.That(result.Missing, Is.Empty);

        var objects = PdfTextReader.Read(result.Pdf);
        var drawn = result.Lines.SelectMany(l => l.Runs).Where(r => r.Glyphs.Length > 0).ToList();
        Assert.That(objects.Select(o => o.Text), Is.EqualTo(drawn.Select(r => r.Text)));
        var read = objects.GroupBy(o => (o.Page, o.Baseline)).OrderBy(g => g.Key.Page).ThenByDescending(g => g.Key.Baseline)
            .Select(l => PdfTextReader.ReadLine(l, rightToLeftParagraph: true)).ToList();

        // The writer's lines, paragraph after paragraph: the source text of each.
        var expected = new List<string>();
        var lineIndex = 0;
        foreach (var text in texts)
        {
            var count = TextLinesOf(result, lineIndex, text);
            expected.AddRange(result.Lines.Skip(lineIndex).Take(count).Select(l => text[l.SourceStart..l.SourceEnd].TrimEnd()));
            Assert.That(string.Join(" ", expected.TakeLast(count)), Is.EqualTo(text));
            lineIndex += count;
        }

        Assert.That(lineIndex, Is.EqualTo(result.Lines.Count));
        Assert.That(read, Is.EqualTo(expected));
    }

    /// <summary>How many of the writer's lines, from <paramref name="first"/>, belong to the paragraph
    /// <paramref name="text"/> (its last line ends at the text's end).</summary>
    private static int TextLinesOf(TextPdfWriter.Result result, int first, string text)
    {
        var count = 1;
        while (result.Lines[first + count - 1].SourceEnd != text.Length) count++;
        return count;
    }

    [Test]
    public void Runs_sit_in_the_pdf_where_the_layout_put_them()
    {
        const float width = 150f;
        var result = TextPdfWriter.Write(catalog, [[new TextRun(RightToLeftLayoutTests.ArabicWithAcronyms, Body)]], TextAlignment.Start, true, width);
        // Kept for reading by hand with other tools (see the Text README).
        File.WriteAllBytes(Path.Combine(TestContext.CurrentContext.WorkDirectory, "right-to-left-paragraph.pdf"), result.Pdf);
        var objects = PdfTextReader.Read(result.Pdf);
        var drawn = result.Lines.SelectMany(l => l.Runs).Where(r => r.Glyphs.Length > 0).ToList();
        // The glyphs' ink starts where their pen positions say (side bearings aside); lines end at the right edge.
        foreach (var (textObject, run) in objects.Zip(drawn))
            Assert.That(textObject.Left, Is.EqualTo(TextPdfWriter.Margin + run.X + run.Positions.Min()).Within(0.05), run.Text);
        foreach (var line in objects.GroupBy(o => o.Baseline))
            Assert.That(line.Max(o => o.Right), Is.EqualTo(TextPdfWriter.Margin + width).Within(1.0));
    }

    [Test]
    public void A_right_to_left_paragraph_renders_joined_right_aligned_and_justified()
    {
        const float width = 220, margin = 12, scale = 3;
        const string english = "In English: " + "The GAC chair, محمد علي (Egypt), opened the session.";
        var arabic = new[] { new TextRun(RightToLeftLayoutTests.ArabicWithAcronyms, Body) };
        var mixed = new[] { new TextRun(english, Body) };
        var fonts = new DocumentFontSet(catalog);
        fonts.Add(arabic);
        fonts.Add(mixed);
        using var layouter = fonts.Build();
        var arabicLines = layouter.Layout(arabic, width, TextAlignment.Justify, rightToLeft: true);
        var englishLines = layouter.Layout(mixed, width, TextAlignment.Start);

        var placed = new List<(TextLine Line, float Top, float Baseline, float Bottom, bool RightToLeft)>();
        var y = margin;
        foreach (var (lines, rightToLeft) in new[] { (arabicLines, true), (englishLines, false) })
        {
            foreach (var line in lines)
            {
                var height = (line.Ascent + line.Descent) * 1.3f;
                var baseline = y + (height - line.Ascent - line.Descent) / 2 + line.Ascent;
                placed.Add((line, y, baseline, y + height, rightToLeft));
                y += height;
            }

            y += 10;
        }

        var info = new SKImageInfo((int)((width + 2 * margin) * scale), (int)((y + margin) * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        using (var frame = new SKPaint { Color = new SKColor(0xFFCCCCCC), Style = SKPaintStyle.Stroke, StrokeWidth = 0 })
            canvas.DrawRect(margin, margin / 2, width, y - margin / 2, frame);
        foreach (var (line, _, baseline, _, _) in placed)
            foreach (var run in line.Runs)
                GlyphRunPainter.Draw(canvas, run, margin, baseline);
        canvas.Flush();

        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using (var png = image.Encode(SKEncodedImageFormat.Png, 100))
            File.WriteAllBytes(Path.Combine(TestContext.CurrentContext.WorkDirectory, "right-to-left-paragraph.png"), png.ToArray());

        // Ink per line: right-to-left lines reach the right edge, justified ones the left edge too, the last one
        // does not; the left-to-right paragraph starts at the left edge.
        var justified = placed.Where(p => p.RightToLeft).SkipLast(1).ToList();
        foreach (var (line, top, _, bottom, rightToLeft) in placed)
        {
            var (left, right) = InkColumns(pixels, top * scale + 2, bottom * scale - 2, (margin + 1) * scale, (margin + width - 1) * scale);
            var (leftPt, rightPt) = (left / scale - margin, right / scale - margin);
            if (rightToLeft) Assert.That(rightPt, Is.EqualTo(width).Within(2.5), "RTL lines end at the right edge");
            else Assert.That(leftPt, Is.EqualTo(0).Within(2.5), "LTR lines start at the left edge");
            if (justified.Any(j => j.Line == line)) Assert.That(leftPt, Is.EqualTo(0).Within(2.5), "justified lines reach the left edge");
        }

        var last = placed.Last(p => p.RightToLeft);
        var lastInk = InkColumns(pixels, last.Top * scale + 2, last.Bottom * scale - 2, (margin + 1) * scale, (margin + width - 1) * scale);
        Assert.That(lastInk.Left / scale - margin, Is.GreaterThan(10), "the last line is not justified");
    }

    /// <summary>The leftmost and rightmost columns with dark pixels in the band [top, bottom), looking inside
    /// [minX, maxX) only (the frame is outside it).</summary>
    private static (float Left, float Right) InkColumns(SKPixmap pixels, float top, float bottom, float minX, float maxX)
    {
        int left = int.MaxValue, right = int.MinValue;
        for (var row = (int)top; row < (int)bottom; row++)
        {
            for (var column = (int)minX; column < (int)maxX; column++)
            {
                var color = pixels.GetPixelColor(column, row);
                if (color.Red + color.Green + color.Blue >= 3 * 128) continue;
                left = Math.Min(left, column);
                right = Math.Max(right, column);
            }
        }

        Assert.That(right, Is.GreaterThanOrEqualTo(left), "the line has ink");
        return (left, right + 1);
    }
}
