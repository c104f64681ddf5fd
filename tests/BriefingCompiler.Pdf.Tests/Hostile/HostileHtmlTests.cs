using System.Text;
using BriefingCompiler.Pdf.Fonts;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Hostile;

/// <summary>
/// HTML and CSS no template should produce, given to the engine anyway: each gives a readable PDF and, where
/// something could not be done, warnings — never an exception. (Each document is laid out once; the sizes are
/// large enough to show that nothing recurses per level or grows worse than the document.)
/// </summary>
public class HostileHtmlTests
{
    private FontCatalog catalog = null!;

    [OneTimeSetUp]
    public void CreateCatalog() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeCatalog() => catalog.Dispose();

    private static string Document(string body, string css = "") =>
        $"<!DOCTYPE html><html lang=\"en\"><head><style>{css}</style></head><body>{body}</body></html>";

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private PdfRenderResult Render(string html)
    {
        var result = new PdfRenderer(catalog).RenderPdf(html, new PdfRenderOptions());
        using var pdf = PdfDocument.Open(result.Pdf);
        Assert.That(pdf.NumberOfPages, Is.EqualTo(result.PageCount).And.GreaterThanOrEqualTo(1));
        return result;
    }

    private static string TextOf(PdfRenderResult result)
    {
        using var pdf = PdfDocument.Open(result.Pdf);
        // Without spaces (PdfPig reads word gaps differently from drawn spaces), so a match is on letters alone.
        return string.Concat(pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value)))).Replace(" ", "");
    }

    /// <summary>Asserts that the text holds the piece without printing megabytes of text when it does not.</summary>
    private static void AssertHolds(PdfRenderResult result, string piece)
    {
        var text = TextOf(result);
        Assert.That(text.Contains(piece, StringComparison.Ordinal), Is.True,
            $"'{piece[..Math.Min(piece.Length, 40)]}' not in the PDF's text ({text.Length} letters, starting '{text[..Math.Min(text.Length, 200)]}')");
    }

    private static IEnumerable<string> Codes(PdfRenderResult result) => result.Messages.Select(m => m.Code);

    [Test]
    public void Ten_thousand_nested_divs_render_their_text()
    {
        var result = Render(Document(Repeat("<div>", 10_000) + "deep text" + Repeat("</div>", 10_000)));

        AssertHolds(result, "deeptext");
        Assert.That(result.HasErrors, Is.False);
    }

    [Test]
    public void A_hundred_thousand_nested_divs_render_their_text_with_a_warning()
    {
        // Issue 20 #14: parsing was quadratic in depth (100,000 levels: 476 s); tags deeper than 512 are now ignored.
        var result = Render(Document(Repeat("<div>", 100_000) + "deep text" + Repeat("</div>", 100_000) + "<p>after</p>"));

        AssertHolds(result, "deeptext");
        AssertHolds(result, "after");
        Assert.That(Codes(result), Does.Contain("PDF112"));
        Assert.That(result.HasErrors, Is.False);
    }

    [Test]
    public void Ten_thousand_unclosed_inline_elements_render_their_text()
    {
        var result = Render(Document("<p>" + Repeat("<b><i>", 5_000) + "styled</p><p>after"));

        AssertHolds(result, "styled");
        AssertHolds(result, "after");
    }

    [Test]
    public void Ten_thousand_nested_unclosed_lists_are_clipped_not_thrown()
    {
        var result = Render(Document(Repeat("<ul><li>", 10_000) + "bottom"));

        Assert.That(result.HasErrors, Is.False);
        Assert.That(Codes(result), Does.Contain("PDF202"), "the indentation leaves no room: the text is clipped and said to be");
    }

    [Test]
    public void Nested_flex_grid_and_multi_column_containers_render()
    {
        // Each balancing of columns lays its content out a dozen times: thirty nested ones balanced alike would never end.
        var result = Render(Document(
            Repeat("<div style=\"display: flex\"><div>a</div><div style=\"flex: 1\">", 300) + "flexed" + Repeat("</div></div>", 300)
            + Repeat("<div style=\"display: grid; grid-template-columns: auto 1fr\"><div>b</div><div>", 200) + "gridded" + Repeat("</div></div>", 200)
            + Repeat("<div style=\"column-count: 2\"><p>c d e f</p>", 30) + "columned" + Repeat("</div>", 30)));

        AssertHolds(result, "flexed");
        AssertHolds(result, "gridded");
        AssertHolds(result, "columned");
        Assert.That(result.HasErrors, Is.False);
    }

    [Test]
    public void A_thousand_nested_tables_render()
    {
        var result = Render(Document(Repeat("<table><tr><td>", 1_000) + "cell"));

        Assert.That(result.HasErrors, Is.False);
        Assert.That(Codes(result), Does.Contain("PDF203"));
    }

    [TestCase("font-size: 1e30px", TestName = "Font size 1e30px")]
    [TestCase("font-size: 100000pt", TestName = "Font size 100000pt")]
    [TestCase("font-size: -5pt", TestName = "Negative font size")]
    [TestCase("font-size: 0", TestName = "Zero font size")]
    [TestCase("line-height: -3; letter-spacing: 1e9px; word-spacing: -1e9px", TestName = "Absurd line height and spacing")]
    [TestCase("margin-left: -1e9px; padding: 1e308px; width: NaNpx", TestName = "Huge and negative margins and padding")]
    [TestCase("height: 1e20px; max-width: -1px; min-height: 1e30px", TestName = "Huge heights")]
    [TestCase("width: calc(1px / 0); margin: calc(infinity * 1px); padding: calc(NaN * 1px)", TestName = "Infinite and NaN calc")]
    [TestCase("border: 1e9px solid red; border-left-width: -5px", TestName = "Huge and negative borders")]
    [TestCase("text-indent: -1e9px; orphans: -5; widows: 100000", TestName = "Negative indent and absurd orphans and widows")]
    public void Absurd_lengths_are_ignored_or_clipped(string css)
    {
        var result = Render(Document($"<p style=\"{css}\">before</p><div style=\"{css}\"><p>inner</p></div><p>after</p>"));

        Assert.That(result.HasErrors, Is.False, string.Join("\n", result.Messages));
        AssertHolds(result, "after");
    }

    [Test]
    public void A_word_of_two_hundred_thousand_letters_is_cut_across_lines_and_pages()
    {
        // Took two minutes while every line scanned all the paragraph's glyphs (ShapedParagraph.GlyphRange). Cut
        // because overflow-wrap asks for it (without it the word overflows one line, as in browsers).
        var word = new string('x', 200_000);

        var result = Render(Document("<p style=\"overflow-wrap: anywhere\">" + word + "</p><p>after</p>"));

        // Tens of pages whatever the default font (Tinos sets 50 A4 pages of it, Noto Sans more).
        Assert.That(result.PageCount, Is.GreaterThan(40));
        AssertHolds(result, word + "after");
    }

    [Test]
    public void A_right_to_left_word_cut_across_lines_keeps_every_letter()
    {
        var word = string.Concat(Enumerable.Repeat("سلام", 2_000));

        var result = Render("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><body><p>" + word + "</p></body></html>");

        Assert.That(result.HasErrors, Is.False, string.Join("\n", result.Messages));
        Assert.That(TextOf(result).Count(c => c == 'س'), Is.EqualTo(2_000));
    }

    [Test]
    public void A_table_of_ten_thousand_rows_runs_over_many_pages()
    {
        var rows = string.Concat(Enumerable.Range(1, 10_000).Select(i => $"<tr><td>{i}</td><td>row {i}</td></tr>"));

        var result = Render(Document("<table><thead><tr><th>n</th><th>text</th></tr></thead>" + rows + "</table>"));

        Assert.That(result.HasErrors, Is.False, string.Join("\n", result.Messages));
        Assert.That(result.PageCount, Is.GreaterThan(100));
        AssertHolds(result, "row10000");
    }

    [TestCase("", TestName = "Empty string")]
    [TestCase("<!DOCTYPE html>", TestName = "Doctype only")]
    [TestCase("<!DOCTYPE html><html><body></body></html>", TestName = "Empty body")]
    [TestCase("<!DOCTYPE html><p>   \n\t  </p><div></div><table></table><ul></ul>", TestName = "Only empty elements")]
    public void An_empty_document_gives_one_blank_page(string html)
    {
        var result = Render(html);

        Assert.That(result.PageCount, Is.EqualTo(1));
        Assert.That(result.HasErrors, Is.False, string.Join("\n", result.Messages));
    }

    [TestCase("line-height: -3", TestName = "Negative line height factor")]
    [TestCase("line-height: -200%", TestName = "Negative line height percentage")]
    [TestCase("line-height: -20pt", TestName = "Negative line height length")]
    public void A_negative_line_height_is_read_as_normal_and_loses_no_text(string css)
    {
        // Each letter on its own line (letter-spacing), so the lines' heights add up: negative ones stacked the
        // paragraph and everything after it off the top of the page.
        var result = Render(Document($"<p style=\"{css}; letter-spacing: 1e9px\">before</p><p>after</p>"));

        AssertHolds(result, "before");
        AssertHolds(result, "after");
    }

    [Test]
    public void Negative_margins_move_content_off_the_page_without_an_exception()
    {
        var result = Render(Document("<p>before</p><div style=\"margin-top: -99999px\"><p>inner</p></div><p>after</p>"));

        Assert.That(result.HasErrors, Is.False, string.Join("\n", result.Messages));
        AssertHolds(result, "before");
    }

    [Test]
    public void Control_characters_in_HTML_text_draw_nothing_and_the_text_around_them_stays()
    {
        var result = Render(Document("<p>esc \u001B[31m bell \u0007 end</p>"));

        Assert.That(result.HasErrors, Is.False, string.Join("\n", result.Messages));
        AssertHolds(result, "esc[31mbellend");
    }

    [TestCase("<p>unclosed <b>bold <i>italic <table><tr><td>cell<p>in cell", TestName = "Unclosed tags everywhere")]
    [TestCase("</p></div></table></li></html>text after stray end tags", TestName = "Stray end tags")]
    [TestCase("<blink>x</blink><marquee>y</marquee><custom-element>z</custom-element><svg><circle r=5/></svg><math><mi>q</mi></math>", TestName = "Unknown and foreign elements")]
    [TestCase("<iframe src=\"https://example.org\"></iframe><img src=x onerror=alert(1)><object data=x></object><video src=x></video><script>document.write('<p>injected</p>')</script>text", TestName = "Embedded content and script")]
    [TestCase("<table><tr><td colspan=100000>wide</td><td colspan=-4>neg</td><td rowspan=9999>tall</td></tr></table>", TestName = "Absurd colspan and rowspan")]
    [TestCase("<ol start=-2147483648><li>a</li><li value=2147483647>b</li><li>c</li></ol><ol type=\"&#x202E;\"><li>d</li></ol>", TestName = "Extreme list numbers")]
    [TestCase("<a href=\"javascript:alert(1)\">js</a> <a href=\"#nowhere\">missing</a> <a href=\"\">empty</a> <a href=\"https://a\u0000b\">nul</a>", TestName = "Odd links")]
    [TestCase("<p id=x>a</p><p id=x>b</p><h1></h1><h2>   </h2><h3>\u202Eevil\u202C</h3>", TestName = "Duplicate ids and empty headings")]
    public void Malformed_HTML_renders_what_it_can(string body)
    {
        var result = Render("<!DOCTYPE html><html><body>" + body);

        Assert.That(result.HasErrors, Is.False, string.Join("\n", result.Messages));
        Assert.That(TextOf(result).Contains("injected", StringComparison.Ordinal), Is.False, "scripts are not run");
    }

    [TestCase("@page { size: -10cm 0; margin: 200cm }", TestName = "Negative and zero page size")]
    [TestCase("@page { size: banana; margin: NaN } @page :first { margin: -5cm }", TestName = "Nonsense size and margins")]
    [TestCase("@page { size: 1e9cm 1e9cm }", TestName = "Page larger than PDF allows")]
    [TestCase("@page { size: 1mm 1mm; margin: 0 }", TestName = "Page of one millimetre")]
    [TestCase("@page { margin: 50% } @page :first { margin-top: 1e30pt }", TestName = "Margins that leave no room")]
    [TestCase("@page { @top-center { content: counter(page) counter(pages) counter(x) attr(y) url(z); font-size: 1e6pt } @bottom-center { content: \"\\\"unterminated } }", TestName = "Margin box nonsense")]
    [TestCase("@page { @page { @page { size: a4 } } } @page :left :right :blank { margin: 1cm }", TestName = "Nested and unsupported page rules")]
    [TestCase("@page {", TestName = "Unclosed page rule")]
    [TestCase("@page", TestName = "Page rule without a block")]
    public void Page_rule_nonsense_gives_warnings_and_a_usable_page(string css)
    {
        var result = Render(Document("<p>text</p>", css));

        Assert.That(result.HasErrors, Is.False, string.Join("\n", result.Messages));
        AssertHolds(result, "text");
    }

    [Test]
    public void A_negative_page_size_is_reported_and_replaced_by_A4()
    {
        var result = Render(Document("<p>text</p>", "@page { size: -10cm 0; margin: 200cm }"));

        using var pdf = PdfDocument.Open(result.Pdf);
        var page = pdf.GetPage(1);
        Assert.That((Math.Round(page.Width), Math.Round(page.Height)), Is.EqualTo((595d, 842d)));
        Assert.That(result.Messages.Where(m => m.Code == "PDF111").Select(m => m.Message),
            Has.Some.Contains("size").And.Some.Contains("margins"));
    }

    [Test]
    public void Deeply_nested_CSS_and_a_huge_selector_list_do_not_throw()
    {
        var css = new StringBuilder();
        css.Append(string.Join(", ", Enumerable.Range(0, 5_000).Select(i => $".c{i} > p"))).Append(" { color: red }\n");
        css.Append(Repeat("@media print { ", 1_000)).Append("p { color: blue }").Append(Repeat(" }", 1_000));
        css.Append("p { font-family: ").Append(string.Join(", ", Enumerable.Range(0, 2_000).Select(i => $"\"Font{i}\""))).Append(" }");

        var result = Render(Document("<p>styled</p>", css.ToString()));

        AssertHolds(result, "styled");
    }
}
