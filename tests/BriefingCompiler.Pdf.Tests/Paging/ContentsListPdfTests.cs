using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Text;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Paging;

/// <summary>
/// A contents list (<c>target-counter()</c> and <c>leader()</c>) set with the bundled fonts and read back from the PDF:
/// each entry's number is the page its heading is found on, in a left-to-right and a right-to-left document.
/// </summary>
public class ContentsListPdfTests
{
    private static FontCatalog catalog = null!;

    [OneTimeSetUp]
    public void CreateCatalog() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeCatalog() => catalog.Dispose();

    private static string Document(string lang, string dir, string[] titles, int paragraphs) => $$"""
        <!DOCTYPE html><html lang="{{lang}}" dir="{{dir}}"><head><meta charset="utf-8"><title>t</title><style>
        @page { size: A5; margin: 15mm }
        body { margin: 0; font-family: "Noto Sans", "Noto Naskh Arabic", sans-serif; font-size: 11pt; line-height: 1.5; text-align: justify }
        nav ol { list-style: none; padding: 0 } nav a { color: black; text-decoration: none }
        nav a::after { content: leader(dotted) target-counter(attr(href url), page) }
        </style></head><body><nav><ol>{{string.Concat(titles.Select((t, i) => $"<li><a href=\"#h{i}\">{t}</a></li>"))}}</ol></nav>
        {{string.Concat(titles.Select((t, i) => $"<h2 id=\"h{i}\">{t}</h2>" + string.Concat(Enumerable.Repeat("<p>" + string.Join(' ', Enumerable.Repeat(t, 30)) + "</p>", paragraphs + i % 3))))}}
        </body></html>
        """;

    [Test]
    public void Every_entrys_number_is_the_page_its_heading_is_on()
    {
        var titles = Enumerable.Range(1, 40).Select(i => $"Heading number {i}").ToArray();
        var pdf = new PdfRenderer(catalog).RenderPdf(Document("en", "ltr", titles, 2), new PdfRenderOptions()).Pdf;

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => p.Text).ToArray();
        var contents = string.Concat(pages);
        Assert.That(pages.Length, Is.GreaterThan(20));
        for (var i = 1; i <= titles.Length; i++)
        {
            var match = System.Text.RegularExpressions.Regex.Match(contents, $@"Heading number {i}[. \u00A0]+(\d+)");
            Assert.That(match.Success, $"entry {i} has a leader and a number");
            var page = Array.FindIndex(pages, t => t.Contains($"Heading number {i} Heading number {i} ")) + 1;
            Assert.That(int.Parse(match.Groups[1].Value), Is.EqualTo(page), $"entry {i}");
        }
    }

    [Test]
    public void A_right_to_left_entry_has_its_number_at_the_left_end_of_a_full_line()
    {
        string[] titles = ["الخلفية", "جدول الأعمال", "المواقف الحالية"];
        using var laidOut = new PdfRenderer(catalog).Layout(Document("ar", "rtl", titles, 20));

        var line = FirstLineWithLeader(laidOut);
        var leader = line.Runs.Single(r => r.Tag is InlineTag { Leader: not null });
        var number = line.Runs.First();
        Assert.That(number.Text, Does.Match(@"^\d+$"), "the number is the leftmost run");
        Assert.That(number.X, Is.EqualTo(0).Within(0.01));
        Assert.That(leader.X, Is.GreaterThan(number.X + number.Width - 0.01));
        var contentWidth = laidOut.Pages[0].ContentWidth;
        Assert.That(line.Runs.Max(r => r.X + r.Width), Is.EqualTo(contentWidth).Within(0.5), "the title is set against the right edge");
    }

    private static TextLine FirstLineWithLeader(LaidOutDocument document)
    {
        TextLine? found = null;
        Tests.Layout.LayoutProbe.Walk(document.Pages[0].Body, 0, 0, (fragment, _) =>
        {
            if (found is null && fragment is LineFragment line && line.Line.Runs.Any(r => r.Tag is InlineTag { Leader: not null }))
                found = line.Line;
        });
        return found ?? throw new AssertionException("No line with a leader on page 1.");
    }
}
