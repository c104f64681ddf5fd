using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Layout;

namespace BriefingCompiler.Pdf.Tests.Layout;

/// <summary>
/// A paragraph spanning many pages is broken into lines once per width, not once per page: pagination used to
/// lay out the rest of the paragraph again on every page (and keep every copy), which made a
/// 1,000,000-letter word take 54 s and 3.6 GiB. The tests count the text handed to the text layouter, so they
/// catch the quadratic work without timing anything.
/// </summary>
public sealed class LongParagraphLayoutTests
{
    private FontCatalog catalog = null!;

    [OneTimeSetUp]
    public void CreateCatalog() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeCatalog() => catalog.Dispose();

    private const int Length = 9_000;

    private static string Document(string text, string pageCss = "") => $$"""
        <!DOCTYPE html><html><head><style>
        @page { size: 200pt 200pt; margin: 10pt }
        {{pageCss}}
        body { margin: 0; font-size: 12pt; line-height: 15pt; font-family: sans-serif }
        </style></head><body><p>{{text}}</p></body></html>
        """;

    private static string OneWord() => new('x', Length);

    private static string Words() => string.Concat(Enumerable.Repeat("abcd ", Length / 5)).TrimEnd();

    // With overflow-wrap: anywhere the real text system cuts a word wider than the line at grapheme boundaries
    // (the monospace one gives it a line of its own), so the one-word cases use it; the others use exact monospace metrics.
    private const string CutWords = "p { overflow-wrap: anywhere }";

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(OneWord(), CutWords, true).SetName("One word, every page the same width");
        yield return new TestCaseData(Words(), "", false).SetName("Words, every page the same width");
        yield return new TestCaseData(OneWord(), CutWords + " @page :first { margin-left: 40pt }", true).SetName("One word, a narrower first page");
        yield return new TestCaseData(Words(), "@page :first { margin-left: 40pt }", false).SetName("Words, a narrower first page");
    }

    private ITextSystem TextSystem(bool real) => real ? new FontSetTextSystem(catalog) : new MonospaceTextSystem();

    [TestCaseSource(nameof(Cases))]
    public void A_paragraph_spanning_many_pages_is_laid_out_once_per_width_not_once_per_page(string text, string pageCss, bool realText)
    {
        var textSystem = new CountingTextSystem(TextSystem(realText));
        using var document = new PdfRenderer(textSystem).Layout(Document(text, pageCss));

        Assert.That(document.Pages, Has.Count.GreaterThanOrEqualTo(20), "the paragraph should span many pages");
        // Every call for the paragraph breaks a tail of it (from the start or a resume offset). Re-breaking the
        // rest on every page hands over about pages × length / 2 characters; once per width is at most twice the length.
        var paragraphCharacters = textSystem.LaidOut.Where(t => t.Length > 0 && text.EndsWith(t, StringComparison.Ordinal)).Sum(t => (long)t.Length);
        Assert.That(paragraphCharacters, Is.LessThanOrEqualTo(2L * text.Length));
    }

    [TestCaseSource(nameof(Cases))]
    public void The_lines_of_a_paragraph_spanning_many_pages_follow_each_other_without_gap_or_overlap(string text, string pageCss, bool realText)
    {
        using var document = new PdfRenderer(TextSystem(realText)).Layout(Document(text, pageCss));

        var lines = document.Pages.SelectMany(page => LinesOf(page.Body)).Select(l => l.Line).ToList();
        Assert.That(lines[0].SourceStart, Is.Zero);
        for (var i = 1; i < lines.Count; i++)
        {
            Assert.That(lines[i].SourceStart, Is.EqualTo(lines[i - 1].SourceEnd), $"line {i}");
        }

        Assert.That(lines[^1].SourceEnd, Is.EqualTo(text.Length));
        // Every page but the last is full: 180 pt of content holds twelve 15 pt lines; the first page eleven, below the
        // paragraph's 12 pt top margin (kept at the top of the first page, truncated at the breaks). The page before the
        // last may give one line to it (widows: 2).
        var perPage = document.Pages.Select(page => LinesOf(page.Body).Count()).ToList();
        Assert.That(perPage[0], Is.EqualTo(11));
        Assert.That(perPage.Skip(1).SkipLast(2), Is.All.EqualTo(12));
        Assert.That(perPage[^2], Is.InRange(11, 12));
        Assert.That(perPage[^1], Is.GreaterThanOrEqualTo(2), "widows: 2");
        // Lines deep in the paragraph are measured as well as its first ones: no line is wider than its page.
        foreach (var page in document.Pages)
        {
            Assert.That(LinesOf(page.Body).Max(l => l.Line.Width), Is.LessThanOrEqualTo(page.ContentWidth + 0.5f), $"page {page.Number}");
        }
    }

    private static IEnumerable<LineFragment> LinesOf(BoxFragment box)
    {
        foreach (var child in box.Children)
        {
            switch (child)
            {
                case LineFragment line:
                    yield return line;
                    break;
                case BoxFragment inner:
                    foreach (var line in LinesOf(inner)) yield return line;
                    break;
            }
        }
    }
}
