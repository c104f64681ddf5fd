using BriefingCompiler.Pdf.Fonts;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// A house template in the style of a government letter (Rendering/Data/house-letter.html): a rounded seal,
/// an upper-case ministry line, headings and paragraphs numbered by counters, a nested agenda numbered with
/// counters(), quotes, footnote calls, and a table with col widths and a rowspan — rendered with the bundled
/// fonts and read back with PdfPig. (Checked by eye beside Chromium's print of the same file.)
/// </summary>
public class HouseTemplatePdfTests
{
    private static readonly PdfRenderOptions Options = new() { Date = new DateTimeOffset(2024, 11, 4, 0, 0, 0, TimeSpan.Zero) };

    [Test]
    public void The_letter_prints_its_generated_numbers_and_table_without_warnings()
    {
        using var catalog = new FontCatalog();
        var html = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Rendering", "Data", "house-letter.html"));
        var result = new PdfRenderer(catalog).RenderPdf(html, Options);
        using var document = PdfDocument.Open(result.Pdf);
        var words = document.GetPage(1).GetWords().Select(w => w.Text).ToArray();
        var text = string.Join(" ", words);

        Assert.That(result.Messages, Is.Empty);
        Assert.That(document.NumberOfPages, Is.EqualTo(1));
        Assert.That(text, Does.Contain("GOVERNMENTAL ADVISORY COMMITTEE"));
        Assert.That(text, Does.Contain("I. Purpose").And.Contain("II. Agenda").And.Contain("III. Positions"));
        Assert.That(text, Does.Contain("1.The joint session").And.Contain("2.Members are invited"));
        Assert.That(text, Does.Contain("1 Opening 1.1 Welcome 1.2 Adoption of the agenda 2 Subsequent procedures 2.1 Applicant support 3 Closing"));
        Assert.That(text, Does.Contain("“shared priorities”"));
        var alac = document.GetPage(1).GetWords().Where(w => w.Text == "ALAC").OrderByDescending(w => w.BoundingBox.Top).ToArray();
        var gnso = document.GetPage(1).GetWords().Single(w => w.Text == "GNSO");
        Assert.That(alac.Select(w => w.BoundingBox.Left), Has.Some.EqualTo(gnso.BoundingBox.Left).Within(0.5),
            "the row under the rowspan keeps ALAC in the Committee column, under GNSO");
    }
}
