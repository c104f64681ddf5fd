using BriefingCompiler.Pdf.Fonts;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// Multi-column sections as a house template writes them, rendered with the bundled fonts and read back per page
/// with PdfPig: a two-column background section that crosses a page goes on in two columns, and a spanning
/// heading (column-span: all) sits across both columns with balanced column sets above and below it.
/// </summary>
public class MultiColumnPdfTests
{
    private const float Left = 20 * 72 / 25.4f;

    private static string Document(int paragraphs) => $$"""
        <!DOCTYPE html><html lang="en"><head><style>
        @page { size: A5; margin: 20mm }
        body { font: 10pt/14pt "Noto Sans"; margin: 0 }
        .background { column-count: 2; column-gap: 18pt; column-rule: 0.75pt solid #b8c4d8 }
        .background p { margin: 0 0 6pt }
        .background h3 { column-span: all; margin: 6pt 0; font-size: 11pt }
        </style></head><body>
        <h2>Background</h2>
        <section class="background">
        <p>Opening paragraph before the spanning heading.</p>
        <p>Second paragraph before the spanning heading.</p>
        <h3>Spanning heading across both columns</h3>
        {{string.Concat(Enumerable.Range(1, paragraphs).Select(i => $"<p>Item{i} of the background section, long enough to wrap onto two lines here.</p>"))}}
        </section></body></html>
        """;

    [Test]
    public void A_two_column_section_that_crosses_a_page_goes_on_in_two_columns()
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf(Document(20), new PdfRenderOptions());
        using var pdf = PdfDocument.Open(result.Pdf);
        Assert.That(pdf.NumberOfPages, Is.EqualTo(2));

        var page = pdf.GetPage(2);
        var middle = page.Width / 2;
        var items = page.GetWords().Where(w => w.Text.StartsWith("Item", StringComparison.Ordinal)).ToList();
        var leftColumn = items.Where(w => w.BoundingBox.Right < middle).ToList();
        var rightColumn = items.Where(w => w.BoundingBox.Left > middle).ToList();
        Assert.That(leftColumn, Is.Not.Empty);
        Assert.That(rightColumn, Is.Not.Empty, "page 2 holds the second column too, not one full-width column");
        Assert.That(leftColumn.Min(w => w.BoundingBox.Left), Is.EqualTo(Left).Within(0.5));
        Assert.That(Math.Abs(leftColumn.Max(w => w.BoundingBox.Top) - rightColumn.Max(w => w.BoundingBox.Top)), Is.LessThan(0.5), "both columns start at the top of the page");
        Assert.That(Math.Abs(leftColumn.Count - rightColumn.Count), Is.LessThanOrEqualTo(1), "the rest is balanced between the two columns");
    }

    [Test]
    public void A_spanning_heading_sits_across_both_columns_between_balanced_sets()
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf(Document(4), new PdfRenderOptions());
        using var pdf = PdfDocument.Open(result.Pdf);
        var page = pdf.GetPage(1);
        var words = page.GetWords().ToList();

        Assert.That(result.Messages.Select(m => m.Code), Has.None.EqualTo("PDF101"), "column-span: all is laid out, not reported");
        var opening = words.First(w => w.Text == "Opening");
        var second = words.First(w => w.Text == "Second");
        var spanning = words.First(w => w.Text == "Spanning");
        var columns = words.First(w => w.Text == "columns");
        Assert.That(second.BoundingBox.Left, Is.GreaterThan(page.Width / 2), "the two paragraphs above the heading are balanced, one a column");
        Assert.That(second.BoundingBox.Bottom, Is.EqualTo(opening.BoundingBox.Bottom).Within(0.5));
        Assert.That(spanning.BoundingBox.Left, Is.EqualTo(Left).Within(0.5));
        Assert.That(columns.BoundingBox.Left, Is.GreaterThan(page.Width / 2), "the heading runs on past the middle: it spans");
        Assert.That(columns.BoundingBox.Bottom, Is.EqualTo(spanning.BoundingBox.Bottom).Within(0.5));
        Assert.That(spanning.BoundingBox.Top, Is.LessThan(opening.BoundingBox.Bottom - 14), "below the first column set");

        var items = words.Where(w => w.Text.StartsWith("Item", StringComparison.Ordinal)).ToList();
        Assert.That(items.All(w => w.BoundingBox.Top < spanning.BoundingBox.Bottom), Is.True, "the second set is below the heading");
        Assert.That(items.Count(w => w.BoundingBox.Left > page.Width / 2), Is.EqualTo(2), "four items, two a column");
    }
}
