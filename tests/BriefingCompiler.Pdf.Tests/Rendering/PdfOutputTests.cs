using System.Diagnostics;
using BriefingCompiler.Pdf.Tests.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace BriefingCompiler.Pdf.Tests.Rendering;

public class PdfOutputTests
{
    private const string Html = """
        <!DOCTYPE html><html lang="en-GB"><head><title>ICANN 81 briefing</title>
        <meta name="description" content="GAC and ALAC meeting"><meta name="keywords" content="ICANN, GAC">
        <style>@page { size: A5; margin: 20mm }</style></head><body>
        <h1 id="top">Overview</h1><p>See <a href="https://icann.org/">ICANN</a> and <a href="#agenda">the agenda</a>.</p>
        <h2>Participants</h2><p>Many.</p>
        <h1 id="agenda" style="break-before: page">Agenda</h1><h3>Item one</h3><p>Text.</p><h2>Closing</h2>
        </body></html>
        """;

    private static readonly PdfRenderOptions Options = new() { Date = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero) };

    private static PdfRenderResult Render(string html = Html) => new PdfRenderer(new MonospaceTextSystem()).RenderPdf(html, Options);

    [Test]
    public void Two_renders_give_identical_bytes()
    {
        var first = Render().Pdf;
        var second = Render().Pdf;
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Metadata_comes_from_the_html_and_the_date_option()
    {
        using var pdf = PdfDocument.Open(Render().Pdf);

        Assert.That(pdf.Information.Title, Is.EqualTo("ICANN 81 briefing"));
        Assert.That(pdf.Information.Subject, Is.EqualTo("GAC and ALAC meeting"));
        Assert.That(pdf.Information.Keywords, Is.EqualTo("ICANN, GAC"));
        Assert.That(pdf.Information.CreationDate, Does.StartWith("D:20260301090000"));
        Assert.That(pdf.NumberOfPages, Is.EqualTo(2));
        Assert.That(pdf.GetPage(1).Width, Is.EqualTo(420), "A5 in whole points, as the document's page size is rounded");
    }

    [Test]
    public void Headings_become_nested_bookmarks_pointing_at_their_pages()
    {
        using var pdf = PdfDocument.Open(Render().Pdf);

        Assert.That(pdf.TryGetBookmarks(out var bookmarks), Is.True);
        string Describe(BookmarkNode node) => node.Title + (node.Children.Count > 0 ? "(" + string.Join(",", node.Children.Select(Describe)) + ")" : "")
            + "@" + ((DocumentBookmarkNode)node).PageNumber;
        Assert.That(bookmarks!.Roots.Select(Describe), Is.EqualTo(new[] { "Overview(Participants@1)@1", "Agenda(Item one@2,Closing@2)@2" }));
    }

    [Test]
    public void The_language_is_in_the_catalog_and_a_strict_parser_reads_the_one_pass_file()
    {
        // qpdf --check, mutool clean -s and Ghostscript accept these files too (checked by hand, see the engine
        // README); the test needs only NuGet.
        var bytes = Render().Pdf;
        var raw = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.That(PdfObjectText.Of(bytes), Does.Contain("/Lang (en-GB)"));
        Assert.That(raw.Split("startxref").Length - 1, Is.EqualTo(1), "one pass: no incremental update appended");
        Assert.That(raw, Does.Contain("/Type/XRef").And.Contain("/Type/ObjStm"), "a cross-reference stream and object streams");

        using var strict = UglyToad.PdfPig.PdfDocument.Open(bytes, new UglyToad.PdfPig.ParsingOptions { UseLenientParsing = false });
        Assert.That(strict.NumberOfPages, Is.GreaterThan(0));
        Assert.That(strict.Structure.Catalog.CatalogDictionary.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Outlines), Is.True,
            "the catalog has the outline");
        Assert.That(strict.Structure.Catalog.CatalogDictionary.ContainsKey(UglyToad.PdfPig.Tokens.NameToken.Create("Lang")), Is.True);
    }

    [Test]
    public void Links_become_uri_and_in_document_link_annotations()
    {
        var text = PdfObjectText.Of(Render().Pdf);

        Assert.That(text, Does.Contain("/URI (https://icann.org/)"));
        Assert.That(text, Does.Contain("/Dest/agenda"));
        Assert.That(text, Does.Contain("/agenda["), "the named destination is defined");
    }

    [Test]
    public void Png_previews_are_one_image_per_page_at_the_asked_resolution()
    {
        var pngs = new PdfRenderer(new MonospaceTextSystem()).RenderPng(Html, Options with { PreviewDpi = 72 });

        Assert.That(pngs, Has.Count.EqualTo(2));
        foreach (var png in pngs)
        {
            Assert.That(png.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
            using var bitmap = SkiaSharp.SKBitmap.Decode(png);
            Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((420, 595)));
        }
    }

    [Test]
    public void Previews_can_come_with_the_pdf_from_one_layout()
    {
        var result = new PdfRenderer(new MonospaceTextSystem()).RenderPdf(Html, Options with { IncludePreviews = true, PreviewDpi = 36 });

        Assert.That(result.Previews, Has.Count.EqualTo(result.PageCount));
        Assert.That(result.Pdf, Is.EqualTo(Render().Pdf), "previews do not change the PDF");
        Assert.That(Render().Previews, Is.Empty);
    }

    [Test]
    public void The_body_is_clipped_to_the_content_box_and_an_endless_word_is_reported()
    {
        var result = new PdfRenderer(new MonospaceTextSystem()).Layout(
            "<!DOCTYPE html><html><head><style>@page { size: 200pt 200pt; margin: 10pt }</style></head><body><p>" + new string('x', 100) + "</p></body></html>");

        var commands = result.Paints[0].Commands;
        Assert.That(commands[0], Is.EqualTo(new BriefingCompiler.Pdf.Rendering.BeginClip(SkiaSharp.SKRect.Create(10, 7.5f, 180, 185))),
            "the content box; up and down a quarter of the margin is left for glyph ink");
        Assert.That(commands.OfType<BriefingCompiler.Pdf.Rendering.EndClip>().Count(), Is.EqualTo(1));
        Assert.That(result.Messages.Select(m => m.Code), Does.Contain("PDF202"));
    }

    [Test]
    public void Links_to_missing_ids_and_duplicate_ids_are_reported()
    {
        var result = new PdfRenderer(new MonospaceTextSystem()).RenderPdf(
            """<!DOCTYPE html><html><body><p id="x">one</p><p id="x">two</p><p><a href="#nowhere">broken</a> <a href="#x">fine</a></p></body></html>""", Options);
        var text = PdfObjectText.Of(result.Pdf);

        Assert.That(result.Messages.Select(m => m.Code), Is.EquivalentTo(new[] { "PDF301", "PDF302" }));
        Assert.That(text, Does.Not.Contain("/nowhere"));
        Assert.That(text, Does.Contain("/Dest/x"));
    }

    [Test]
    public void A_table_row_with_an_id_is_a_link_target()
    {
        var result = new PdfRenderer(new MonospaceTextSystem()).RenderPdf(
            """<!DOCTYPE html><html><body><table><tr id="row-2"><td>cell</td></tr></table><p><a href="#row-2">to the row</a></p></body></html>""", Options);
        var text = PdfObjectText.Of(result.Pdf);

        Assert.That(result.Messages.Select(m => m.Code), Does.Not.Contain("PDF302"));
        Assert.That(text, Does.Contain("/Dest/row-2"));
    }

    [Test]
    public void An_id_on_an_inline_element_that_wraps_is_one_destination_not_a_duplicate()
    {
        var result = new PdfRenderer(new MonospaceTextSystem()).RenderPdf(
            """<!DOCTYPE html><html><head><style>@page { size: 200pt 200pt; margin: 10pt }</style></head><body><p><span id="call">a span long enough to wrap over several lines of this small page</span> end, then <b id="second"><i id="nested">two</i> more</b> ids. <a href="#call">back</a> <a href="#second">b</a> <a href="#nested">c</a></p></body></html>""",
            Options);
        var text = PdfObjectText.Of(result.Pdf);

        Assert.That(result.Messages.Select(m => m.Code), Does.Not.Contain("PDF301"));
        Assert.That(result.Messages.Select(m => m.Code), Does.Not.Contain("PDF302"), "every id of the paragraph is a target");
        Assert.That(text, Does.Contain("/Dest/call"));
    }
}
