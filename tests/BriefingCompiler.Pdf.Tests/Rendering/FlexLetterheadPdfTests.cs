using BriefingCompiler.Pdf.Fonts;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// A letterhead in the house-template style (Rendering/Data/flex-letterhead.html): a three-part flex header (SVG
/// emblem, organisation, reference block pushed to the right), a grid meta bar of two label/value pairs per row,
/// a two-column background section with a rule, an agenda table and a flex footer bar — rendered with the
/// bundled fonts and read back with PdfPig. (Checked by eye beside Chromium's print of the same file.)
/// </summary>
public class FlexLetterheadPdfTests
{
    private static readonly PdfRenderOptions Options = new() { Date = new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero) };

    private static Word Word(Page page, string text) => page.GetWords().First(w => w.Text == text);

    [Test]
    public void Flex_header_grid_meta_bar_and_columns_sit_side_by_side()
    {
        using var catalog = new FontCatalog();
        var html = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Rendering", "Data", "flex-letterhead.html"));
        var result = new PdfRenderer(catalog).RenderPdf(html, Options);
        using var document = PdfDocument.Open(result.Pdf);
        var page = document.GetPage(1);
        const float left = 16 * 72 / 25.4f;
        var right = (float)page.Width - left;

        Assert.That(result.Messages.Select(m => m.Code), Is.Empty, "flex, grid and columns are laid out, not reported");
        Assert.That(document.NumberOfPages, Is.EqualTo(1));

        // Header: emblem (48 pt) and gap (14 pt) before the organisation; the reference block at the right margin, level with it.
        var ministry = Word(page, "Ministry");
        var reference = Word(page, "MFA/MC/2026/114");
        Assert.That(ministry.BoundingBox.Left, Is.EqualTo(left + 48 + 14).Within(1.5));
        Assert.That(reference.BoundingBox.Right, Is.EqualTo(right).Within(1.5));
        Assert.That(reference.BoundingBox.Top, Is.GreaterThan(ministry.BoundingBox.Bottom), "the three parts are in one row, not stacked");

        // Meta bar: label, value, label, value on one line; the second row's label under the first's.
        var meeting = Word(page, "Meeting");
        var ministerial = Word(page, "Ministerial");
        var date = Word(page, "Date");
        var venue = Word(page, "Venue");
        Assert.That(ministerial.BoundingBox.Bottom, Is.EqualTo(meeting.BoundingBox.Bottom).Within(0.5));
        Assert.That(date.BoundingBox.Bottom, Is.EqualTo(meeting.BoundingBox.Bottom).Within(0.5));
        Assert.That(ministerial.BoundingBox.Left, Is.GreaterThan(meeting.BoundingBox.Right));
        Assert.That(date.BoundingBox.Left, Is.GreaterThan(ministerial.BoundingBox.Right));
        Assert.That(venue.BoundingBox.Left, Is.EqualTo(meeting.BoundingBox.Left).Within(0.5));
        Assert.That(venue.BoundingBox.Top, Is.LessThan(meeting.BoundingBox.Bottom));

        // Background: two balanced columns, the second starting level with the first.
        var first = page.GetWords().First(w => w.Text == "dialogue");
        var secondColumnTop = page.GetWords().Where(w => w.BoundingBox.Left > page.Width / 2 + 5 && Math.Abs(w.BoundingBox.Bottom - first.BoundingBox.Bottom) < 0.5).ToArray();
        Assert.That(secondColumnTop, Is.Not.Empty, "the right column starts on the first column's first line");
        var agenda = Word(page, "Agenda");
        var lastOfSecond = Word(page, "double-majority");
        Assert.That(agenda.BoundingBox.Top, Is.LessThan(lastOfSecond.BoundingBox.Bottom), "the section ends below its columns");
    }
}
