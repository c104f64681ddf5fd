using BriefingCompiler.Html;
using BriefingCompiler.Pdf;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Templating;
using BriefingCompiler.Tests.Templating;
using UglyToad.PdfPig;

namespace BriefingCompiler.Tests.Html;

/// <summary>
/// The default template stays inside the HTML/CSS subset the PDF engine supports: laying out its output
/// makes the engine report nothing, and the running header and footer from its <c>@page</c> rules reach
/// every page.
/// </summary>
public class TemplateSubsetTests
{
    [TestCase("zh", "第 1 版 · 2024 年 11 月 4 日 · 发布对象：公众（会后）", "第 2 页，共")]
    [TestCase("en", "Version 1 · 4 November 2024 · Distribution: GAC Members", "Page 2 of")]
    [TestCase("ar", null, null)]
    public void Sample_lays_out_without_any_engine_message(string language, string? runningHeader, string? secondPageFooter)
    {
        var source = Path.Combine(TestPaths.RepositoryRoot, "briefings", $"icann81-gac-alac.{language}.yaml");
        var html = SampleCompilation.Html(source).Html!;
        using var catalog = new FontCatalog();

        var result = new PdfRenderer(catalog).RenderPdf(html, new PdfRenderOptions());

        Assert.That(result.Messages.Select(m => $"{m.Code} {m.Message}"), Is.Empty);
        Assert.That(result.PageCount, Is.GreaterThan(1));
        if (runningHeader is null)
            return;
        using var pdf = PdfDocument.Open(result.Pdf);
        var second = string.Join(" ", pdf.GetPage(2).GetWords().Select(w => w.Text));
        Assert.That(Collapse(pdf.GetPage(2).Text), Does.Contain(Collapse(runningHeader)), second);
        Assert.That(Collapse(pdf.GetPage(2).Text), Does.Contain(Collapse(secondPageFooter!)));
    }

    private static string Collapse(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
