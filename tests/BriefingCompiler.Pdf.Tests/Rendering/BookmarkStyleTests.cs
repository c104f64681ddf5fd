using BriefingCompiler.Pdf.Fonts;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary><c>bookmark-level</c>, <c>bookmark-label</c> and <c>bookmark-state</c> (CSS GCPM §2) shaping the PDF outline,
/// read back with PdfPig.</summary>
public class BookmarkStyleTests
{
    private static byte[] Pdf(string css, string body)
    {
        using var catalog = new FontCatalog();
        var html = $$"""
            <!DOCTYPE html><html lang="en"><head><title>Outline</title><style>
            @page { size: 300pt 200pt; margin: 20pt } body { margin: 0 } {{css}}
            </style></head><body>{{body}}</body></html>
            """;
        var result = new PdfRenderer(catalog).RenderPdf(html, new PdfRenderOptions());
        Assert.That(result.Messages, Is.Empty);
        return result.Pdf;
    }

    private static string[] Outline(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        string Describe(BookmarkNode node) => node.Title + (node.Children.Count > 0 ? "(" + string.Join(",", node.Children.Select(Describe)) + ")" : "");
        return document.TryGetBookmarks(out var bookmarks) ? bookmarks.Roots.Select(Describe).ToArray() : [];
    }

    [Test]
    public void Headings_h1_to_h3_make_the_outline_by_default()
    {
        Assert.That(Outline(Pdf("", "<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4>")), Is.EqualTo(new[] { "One(Two(Three))" }));
    }

    [Test]
    public void Bookmark_level_adds_and_removes_entries_and_bookmark_label_names_them()
    {
        var pdf = Pdf("""
            h1.cover { bookmark-level: none }
            h4 { bookmark-level: 3 }
            .part { bookmark-level: 1; bookmark-label: "Part " attr(data-n) ": " content(text) }
            h2 { counter-increment: sec; bookmark-label: counter(sec) ". " content() }
            """, """
            <h1 class="cover">Cover title</h1><div class="part" data-n="I">Background</div><h2>Context</h2><h4>Detail</h4><h2>Positions</h2>
            """);

        Assert.That(Outline(pdf), Is.EqualTo(new[] { "Part I: Background(1. Context(Detail),2. Positions)" }));
    }

    [Test]
    public void A_closed_entry_hides_its_children_with_a_negative_count()
    {
        var pdf = Pdf("h1.closed { bookmark-state: closed }", "<h1 class=\"closed\">A</h1><h2>A1</h2><h2>A2</h2><h1>B</h1><h2>B1</h2>");

        Assert.That(Outline(pdf), Is.EqualTo(new[] { "A(A1,A2)", "B(B1)" }));
        var objects = PdfObjectText.Of(pdf);
        Assert.That(objects, Does.Contain("/Count -2"), "A is closed over its two children");
        Assert.That(objects, Does.Contain("/Type/Outlines/First").And.Contain("/Count 3>>"), "the outline shows A, B and B1");
    }
}
