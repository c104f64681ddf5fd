using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Tests.Layout;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Paging;

/// <summary>
/// Running strings (CSS GCPM §1: <c>string-set</c> on elements, <c>string(name, policy)</c> in page margin boxes): a running
/// header with the current section's title, read back from the PDF page by page, and the values and policies on the
/// laid-out margin boxes.
/// </summary>
public class RunningStringTests
{
    /// <summary>Five pages of 300 × 200 pt: Alpha and Beta begin on page 1, Beta runs on to page 2, Gamma fills pages 3
    /// and 4 (from a forced break), Delta is page 5.</summary>
    private static string Sections(string pageRules) => $$"""
        <!DOCTYPE html><html lang="en"><head><title>Sections</title><style>
        @page { size: 300pt 200pt; margin: 40pt 20pt; {{pageRules}} }
        body { margin: 0; font-size: 12pt; line-height: 15pt }
        h2 { font-size: 12pt; margin: 0; string-set: title content(text) }
        p { margin: 0 }
        .new { break-before: page }
        </style></head><body>
        <h2>Alpha</h2><p>alpha text</p>
        <h2>Beta</h2>{{Lines("beta", 12)}}
        <h2 class="new">Gamma</h2>{{Lines("gamma", 12)}}
        <h2 class="new">Delta</h2><p>delta text</p>
        </body></html>
        """;

    private static string Lines(string word, int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<p>{word} line {i}</p>"));

    /// <summary>The words of each page in the top margin band (above 160 pt) and the bottom one (below 40 pt), and the
    /// headings in its body.</summary>
    private static IReadOnlyList<(string Header, string Footer, string[] Headings)> Pages(string pageRules)
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf(Sections(pageRules), new PdfRenderOptions());
        Assert.That(result.Messages.Where(m => m.Code is "PDF101" or "PDF109" or "PDF126"), Is.Empty);
        using var document = PdfDocument.Open(result.Pdf);
        return document.GetPages().Select(page =>
        {
            var words = page.GetWords().ToArray();
            return (
                string.Join(" ", words.Where(w => w.BoundingBox.Bottom > 160).Select(w => w.Text)),
                string.Join(" ", words.Where(w => w.BoundingBox.Top < 40).Select(w => w.Text)),
                words.Where(w => w.BoundingBox.Bottom is > 40 and < 160 && w.Text is "Alpha" or "Beta" or "Gamma" or "Delta").Select(w => w.Text).ToArray());
        }).ToArray();
    }

    [Test]
    public void A_running_header_shows_the_title_of_the_section_each_page_begins_or_continues()
    {
        var pages = Pages("@top-center { content: string(title) } @bottom-center { content: counter(page) }");

        Assert.That(pages, Has.Count.EqualTo(5));
        Assert.That(pages.Select(p => p.Headings.Length), Is.EqualTo(new[] { 2, 0, 1, 0, 1 }), "the document's layout is what the test means");
        Assert.That(pages.Select(p => p.Header), Is.EqualTo(new[] { "Alpha", "Beta", "Gamma", "Gamma", "Delta" }),
            "the first title set on the page, else the one in force when the page begins");
        Assert.That(pages.Select(p => p.Footer), Is.EqualTo(new[] { "1", "2", "3", "4", "5" }));
        // The rule the header follows, read from the PDF alone: the page's first heading, or the last one before it.
        var current = "";
        foreach (var page in pages)
        {
            Assert.That(page.Header, Is.EqualTo(page.Headings.FirstOrDefault() ?? current));
            current = page.Headings.LastOrDefault() ?? current;
        }
    }

    [Test]
    public void Last_start_and_first_except_follow_css_gcpm()
    {
        var last = Pages("@top-left { content: string(title, last) } @top-right { content: string(title, start) }");
        var firstExcept = Pages("@top-center { content: \"[\" string(title, first-except) \"]\" }");

        Assert.That(last.Select(p => p.Header), Is.EqualTo(new[] { "Beta Alpha", "Beta Beta", "Gamma Gamma", "Gamma Gamma", "Delta Delta" }),
            "last: the last title set on the page (left); start: the title in force as the page begins, or the first element's (right)");
        Assert.That(firstExcept.Select(p => p.Header), Is.EqualTo(new[] { "[]", "[Beta]", "[]", "[Gamma]", "[]" }),
            "first-except: nothing on a page that sets the title");
    }

    private static IReadOnlyList<string> MarginTexts(LayoutProbe probe) =>
        probe.Pages.Select(page => string.Join(" | ", page.MarginBoxes.Select(line => string.Concat(line.Line.Runs.Select(r => r.Text))))).ToArray();

    [Test]
    public void A_value_joins_strings_counters_attributes_and_the_elements_generated_text()
    {
        var probe = LayoutProbe.OfBody("""
            <section data-code="A/1"><h2>Opening</h2></section><section data-code="B/2" style="break-before: page"><h2>Closing  remarks</h2></section>
            """, """
            @page { margin: 30pt 10pt; @top-center { content: string(title) } @bottom-center { content: string(code) } }
            body { counter-reset: sec }
            h2::before { counter-increment: sec; content: counter(sec, upper-roman) ". " }
            h2 { string-set: title content(before) content(text) }
            section { string-set: code "Ref " attr(data-code) }
            """);

        Assert.That(MarginTexts(probe), Is.EqualTo(new[] { "I. Opening | Ref A/1", "II. Closing remarks | Ref B/2" }));
    }

    [Test]
    public void One_element_sets_several_strings_and_none_sets_nothing()
    {
        var probe = LayoutProbe.OfBody("""
            <h1>Report</h1><p class="n">not set</p>
            """, """
            @page { margin: 30pt 10pt; @top-left { content: string(a) } @top-right { content: string(b) } }
            h1 { string-set: a "first " content(first-letter), b content() }
            .n { string-set: none }
            """);

        Assert.That(MarginTexts(probe), Is.EqualTo(new[] { "first R | Report" }));
        Assert.That(probe.Document.Messages, Is.Empty);
    }

    [Test]
    public void A_string_never_set_is_empty_and_string_set_on_an_inline_element_is_reported()
    {
        var probe = LayoutProbe.OfBody("""<p>Text <span class="t">inline</span></p>""", """
            @page { margin: 30pt 10pt; @top-center { content: "[" string(title) "]" } }
            .t { string-set: title content(text) }
            """);

        Assert.That(MarginTexts(probe), Is.EqualTo(new[] { "[]" }));
        Assert.That(probe.Document.Messages.Select(m => m.Code), Is.EqualTo(new[] { "PDF101" }));
        Assert.That(probe.Document.Messages[0].Message, Does.Contain("inline element"));
    }

    [Test]
    public void A_block_split_around_a_column_spanner_sets_its_strings_once_where_it_begins()
    {
        var probe = LayoutProbe.OfBody("""
            <div style="columns: 2"><section class="s"><p>a</p><h2 class="h">Spanner</h2><p>b</p></section></div>
            """, """
            @page { margin: 30pt 10pt; @top-center { content: string(t, last) } }
            .s { string-set: t "Section" }
            .h { column-span: all; margin: 0; font-size: 12pt; string-set: t content(text) }
            """);

        Assert.That(MarginTexts(probe), Is.EqualTo(new[] { "Spanner" }), "the section's part after the spanner does not set its string again");
    }
}
