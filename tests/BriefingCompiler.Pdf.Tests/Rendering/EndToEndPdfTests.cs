using BriefingCompiler.Pdf.Fonts;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// The whole engine with the bundled fonts on a document shaped like the briefing template's output
/// (Rendering/Data/briefing.zh.html: the template's CSS, the founding briefing's Chinese text), read back
/// with PdfPig.
/// </summary>
public class EndToEndPdfTests
{
    private FontCatalog catalog = null!;
    private byte[] pdf = null!;
    private IReadOnlyList<PdfMessage> messages = null!;

    private static readonly PdfRenderOptions Options = new() { Date = new DateTimeOffset(2024, 11, 4, 0, 0, 0, TimeSpan.Zero) };

    private static string Html => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Rendering", "Data", "briefing.zh.html"));

    [OneTimeSetUp]
    public void RenderOnce()
    {
        catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf(Html, Options);
        pdf = result.Pdf;
        messages = result.Messages;
    }

    [OneTimeTearDown]
    public void DisposeFonts() => catalog.Dispose();

    private static string Squeezed(Page page) => string.Concat(page.Letters.Select(l => l.Value)).Replace(" ", "");

    [Test]
    public void The_document_renders_without_messages_on_three_pages()
    {
        using var document = PdfDocument.Open(pdf);

        Assert.That(messages, Is.Empty);
        Assert.That(document.NumberOfPages, Is.EqualTo(3));
        Assert.That(document.Information.Title, Is.EqualTo("ICANN81 GAC 会议简报 - GAC 与 ALAC 的会议"));
    }

    [Test]
    public void The_text_reads_back_in_document_order()
    {
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(Squeezed));

        string[] headings = ["GAC与一般会员咨询委员会(ALAC)的会议", "目标", "背景", "议程", "现状与展望", "1.WSIS+20：反思与未来的方向", "2.域名系统(DNS)滥用：应对挑战", "参考资料", "文件控制"];
        var positions = headings.Select(h => text.IndexOf(h, StringComparison.Ordinal)).ToArray();
        Assert.That(positions, Is.All.GreaterThanOrEqualTo(0), string.Join(", ", headings.Zip(positions)));
        Assert.That(positions, Is.Ordered);
        Assert.That(text, Does.Contain("ALAC是ICANN指定的主要组织机构，负责了解互联网终端用户的看法，倾听他们的声音。"));
    }

    [Test]
    public void Every_page_has_its_footer_and_every_page_but_the_first_the_running_header()
    {
        using var document = PdfDocument.Open(pdf);
        const double mm = 72 / 25.4;
        foreach (var page in document.GetPages())
        {
            string Band(Func<Letter, bool> inBand) => string.Concat(page.Letters.Where(inBand).Select(l => l.Value)).Replace(" ", "");
            var header = Band(l => l.BoundingBox.Bottom > page.Height - 24 * mm);
            var footer = Band(l => l.BoundingBox.Top < 22 * mm);
            Assert.That(footer, Is.EqualTo($"第{page.Number}页，共3页"), $"page {page.Number}");
            Assert.That(header, Is.EqualTo(page.Number == 1 ? "" : "版本1·2024年11月4日·GAC成员（会前）和公众（会后）"), $"page {page.Number}: @page :first removes the header");
        }
    }

    [Test]
    public void Nothing_is_drawn_outside_the_content_box_but_the_header_and_footer_in_the_margins()
    {
        using var document = PdfDocument.Open(pdf);
        const double mm = 72 / 25.4;
        foreach (var page in document.GetPages())
        {
            double left = 20 * mm, right = page.Width - 20 * mm, top = page.Height - 24 * mm, bottom = 22 * mm;
            foreach (var letter in page.Letters.Where(l => l.Value != " "))
            {
                var box = letter.BoundingBox;
                Assert.That(box.Left, Is.GreaterThanOrEqualTo(left - 0.5), $"page {page.Number} '{letter.Value}'");
                Assert.That(box.Right, Is.LessThanOrEqualTo(right + 0.5), $"page {page.Number} '{letter.Value}'");
                var inBody = box.Bottom >= bottom - 3 && box.Top <= top + 0.5;
                var inBands = box.Top <= bottom || box.Bottom >= top;
                Assert.That(inBody || inBands, Is.True, $"page {page.Number} '{letter.Value}' at {box}");
            }
        }
    }

    [Test]
    public void Rendering_again_gives_the_same_bytes()
    {
        Assert.That(new PdfRenderer(catalog).RenderPdf(Html, Options).Pdf, Is.EqualTo(pdf));
    }

    [Test]
    public void A_long_table_with_real_fonts_repeats_its_header()
    {
        var rows = string.Concat(Enumerable.Range(1, 80).Select(i => $"<tr><td>行 {i}</td><td>内容 {i}</td></tr>"));
        var html = $$"""
            <!DOCTYPE html><html lang="zh"><head><style>@page { size: A5; margin: 15mm } th, td { border: 1px solid #999 }</style></head>
            <body><table style="width: 100%; border-collapse: collapse"><thead><tr><th>编号</th><th>说明</th></tr></thead><tbody>{{rows}}</tbody></table></body></html>
            """;
        using var document = PdfDocument.Open(new PdfRenderer(catalog).RenderPdf(html, Options).Pdf);

        Assert.That(document.NumberOfPages, Is.GreaterThan(2));
        var all = "";
        foreach (var page in document.GetPages())
        {
            var text = Squeezed(page);
            Assert.That(text, Does.StartWith("编号说明"), $"page {page.Number}");
            all += text;
        }

        var order = Enumerable.Range(1, 80).Select(i => all.IndexOf($"行{i}内容{i}", StringComparison.Ordinal)).ToArray();
        Assert.That(order, Is.All.GreaterThanOrEqualTo(0));
        Assert.That(order, Is.Ordered);
    }

    [Test]
    public void A_character_no_font_has_is_reported_and_an_empty_document_is_one_blank_page()
    {
        var emoji = new PdfRenderer(catalog).RenderPdf("<!DOCTYPE html><html><body><p>ok \U00010000</p></body></html>", Options);
        var empty = new PdfRenderer(catalog).RenderPdf("", Options);

        Assert.That(emoji.Messages.Select(m => m.Code), Is.EqualTo(new[] { "PDF130" }));
        Assert.That(emoji.Messages[0].Message, Does.Contain("U+10000"));
        Assert.That(empty.PageCount, Is.EqualTo(1));
        Assert.That(empty.Messages.Select(m => m.Code), Is.EqualTo(new[] { "PDF110" }), "no doctype");
    }

    [Test]
    public void A_long_document_renders_the_same_bytes_again_after_garbage_collections()
    {
        // Twenty copies of the briefing's body: enough shaping for the GC to move memory in between. Subset
        // fonts once sat on managed memory that HarfBuzz kept reading after it moved (garbage widths, crashes).
        var html = Html;
        var start = html.IndexOf("<main>", StringComparison.Ordinal) + "<main>".Length;
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        var body = html[start..end];
        var copies = string.Concat(Enumerable.Range(0, 20).Select(i => body.Replace("id=\"", $"id=\"c{i}-").Replace("href=\"#", $"href=\"#c{i}-")));
        var longHtml = html[..start] + copies + html[end..];
        var renderer = new PdfRenderer(catalog);

        var first = renderer.RenderPdf(longHtml, Options);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var second = renderer.RenderPdf(longHtml, Options);

        Assert.That(first.PageCount, Is.GreaterThan(30));
        Assert.That(second.Pdf, Is.EqualTo(first.Pdf));
        Assert.That(first.Messages, Is.Empty);
    }
}
