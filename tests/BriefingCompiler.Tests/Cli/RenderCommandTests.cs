using Briefc;
using SkiaSharp;
using UglyToad.PdfPig;

namespace BriefingCompiler.Tests.Cli;

/// <summary><c>briefc render</c>: any HTML or XHTML file through the PDF engine, run in-process as a user runs it.</summary>
public class RenderCommandTests
{
    private string folder = "";

    private const string Square = """
        <!DOCTYPE html>
        <html lang="en"><head><title>Square</title>
        <style>body { margin: 0 } div { width: 75pt; padding-top: 75pt; background: #008000 }</style></head>
        <body><p>Hello render</p><div></div></body></html>
        """;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("briefc-render-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static SKBitmap Png(string path) => SKBitmap.Decode(path) ?? throw new InvalidDataException(path + " is not a PNG");

    [Test]
    public void An_HTML_file_becomes_a_PDF_in_the_output_folder()
    {
        Write("square.html", Square);

        var run = CliRun.In(folder, "render", "square.html", "--out", "out");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(run.Output, Is.EqualTo($"Wrote {Path.Combine("out", "square.pdf")}\n"));
        using var pdf = PdfDocument.Open(Path.Combine(folder, "out", "square.pdf"));
        Assert.That(pdf.GetPage(1).Text, Does.Contain("Hello render"));
        Assert.That(pdf.GetPage(1).Width, Is.EqualTo(595).Within(1), "A4 when neither the document nor the options set a size");
    }

    [Test]
    public void Page_size_margin_and_dpi_options_set_the_PNG_pages()
    {
        Write("square.html", Square);

        var run = CliRun.In(folder, "render", "square.html", "--out", "out", "--format", "png", "--page-size", "800px", "600px", "--margin", "0", "--dpi", "96");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(File.Exists(Path.Combine(folder, "out", "square.pdf")), Is.False, "png only");
        using var page = Png(Path.Combine(folder, "out", "square.page-1.png"));
        Assert.Multiple(() =>
        {
            Assert.That((page.Width, page.Height), Is.EqualTo((800, 600)));
            // The 100 px square sits under the paragraph, flush with the page's left edge (no margin).
            var middle = Enumerable.Range(0, 600).First(y => page.GetPixel(50, y) == new SKColor(0, 128, 0));
            Assert.That(page.GetPixel(0, middle + 50), Is.EqualTo(new SKColor(0, 128, 0)));
            Assert.That(page.GetPixel(99, middle + 50), Is.EqualTo(new SKColor(0, 128, 0)));
            Assert.That(page.GetPixel(100, middle + 50), Is.EqualTo(SKColors.White));
        });

        var doubled = CliRun.In(folder, "render", "square.html", "--out", "out", "--format", "png", "--page-size", "800px 600px", "--margin", "0", "--dpi", "192");
        Assert.That(doubled.ExitCode, Is.EqualTo(ExitCodes.Success), doubled.Error);
        using var sharp = Png(Path.Combine(folder, "out", "square.page-1.png"));
        Assert.That((sharp.Width, sharp.Height), Is.EqualTo((1600, 1200)));
    }

    [Test]
    public void An_XHTML_file_is_parsed_as_XML_and_its_linked_style_sheet_applies()
    {
        // As XML, <div class="a"/> is empty and the text after it is the body's; parsed as HTML it would sit inside the div.
        Write("support/green.css", "div.a { width: 75pt; padding-top: 75pt; background: #008000 }");
        Write("page.xht", """
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>
            <link rel="stylesheet" type="text/css" href="support/green.css"/>
            <style type="text/css"><![CDATA[ body { margin: 0 } body > p { color: #0000ff } ]]></style></head>
            <body><div class="a"/><p>after&nbsp;the&#160;box</p></body></html>
            """);

        var run = CliRun.In(folder, "render", "page.xht", "--out", "out", "--format", "png,pdf", "--page-size", "800px", "600px", "--margin", "0");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        using var page = Png(Path.Combine(folder, "out", "page.page-1.png"));
        Assert.That(page.GetPixel(50, 99), Is.EqualTo(new SKColor(0, 128, 0)), "the linked sheet styles the empty div at the top");
        Assert.That(page.GetPixel(50, 100), Is.Not.EqualTo(new SKColor(0, 128, 0)), "the div is empty: the paragraph is not inside it");
        using var pdf = PdfDocument.Open(Path.Combine(folder, "out", "page.pdf"));
        Assert.That(pdf.GetPage(1).Text, Does.Contain("after\u00A0the\u00A0box").Or.Contain("after the box"));
        Assert.That(pdf.GetPage(1).Letters.First(l => l.Value == "a").Color.ToRGBValues(), Is.EqualTo((0.0, 0.0, 1.0)), "body > p from the CDATA style applies");
    }

    [Test]
    public void Not_well_formed_XHTML_is_an_error_at_its_place_and_writes_nothing()
    {
        Write("bad.xht", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>\n<p>open <b>bold</p>\n</body></html>");

        var run = CliRun.In(folder, "render", "bad.xht", "--out", "out");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(run.Error, Does.StartWith("bad.xht(2,").And.Contain("): error PDF140: The XHTML file is not well-formed XML"));
        Assert.That(run.Error, Does.Contain("bad.xht: failed: nothing written"));
        Assert.That(Directory.Exists(Path.Combine(folder, "out")), Is.False);
    }

    [Test]
    public void Unsupported_CSS_and_refused_style_sheets_are_warnings_with_their_place()
    {
        Write("outside.css", "p { color: red }");
        Write("page/index.html", """
            <!DOCTYPE html>
            <html><head>
            <link rel="stylesheet" href="../outside.css">
              <link rel="stylesheet" href="https://example.org/x.css">
            <style>p { transform: rotate(5deg) }</style></head><body><p>x</p></body></html>
            """);

        var run = CliRun.In(folder, "render", "page/index.html", "--out", "out");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Some.EqualTo("page/index.html(3,1): warning PDF141: The style sheet '../outside.css' is not used: it leads out of the input's folder (style sheets are read only from that folder and below)."));
        Assert.That(lines, Has.Some.StartWith("page/index.html(4,3): warning PDF141: The style sheet 'https://example.org/x.css' is not used: it is not a relative path"));
        Assert.That(lines, Has.Some.Match(@"^page/index\.html\(1,1\): warning PDF101: .*transform"));
        Assert.That(File.Exists(Path.Combine(folder, "out", "index.pdf")));
    }

    [Test]
    public void A_shorter_rendering_removes_the_pages_of_a_longer_one()
    {
        var pages = string.Concat(Enumerable.Range(0, 3).Select(i => $"<p style=\"break-before: page\">page {i}</p>"));
        Write("doc.html", $"<!DOCTYPE html><html><body>{pages}</body></html>");
        Assert.That(CliRun.In(folder, "render", "doc.html", "--out", "out", "--format", "png").ExitCode, Is.Zero);
        Assert.That(File.Exists(Path.Combine(folder, "out", "doc.page-3.png")));
        Write("unrelated.page-9.png", "not ours");

        Write("doc.html", "<!DOCTYPE html><html><body><p>one page</p></body></html>");
        var run = CliRun.In(folder, "render", "doc.html", "--out", "out", "--format", "png");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(Directory.GetFiles(Path.Combine(folder, "out")).Select(Path.GetFileName), Is.EquivalentTo(new[] { "doc.page-1.png" }));
        Assert.That(File.Exists(Path.Combine(folder, "unrelated.page-9.png")), "nothing outside the output folder is touched");
    }

    [TestCase(new[] { "render", "missing.html" }, "briefc: error: no such file: 'missing.html'")]
    [TestCase(new[] { "render", "square.html", "--page-size", "A4", "junk" }, "--page-size 'A4 junk' is not a page size; it takes the word after 'A4' too")]
    [TestCase(new[] { "render", "square.html", "--margin", "1em" }, "--margin '1em' is not a length")]
    [TestCase(new[] { "render", "square.html", "--page-size", "800", "600" }, "--page-size '800 600' is not a page size")]
    [TestCase(new[] { "render", "square.html", "--page-size", "0px", "600px" }, "--page-size '0px 600px' is not a page size")]
    [TestCase(new[] { "render", "square.html", "--margin", "12" }, "--margin '12' is not a length")]
    [TestCase(new[] { "render", "square.html", "--margin", "-1mm" }, "--margin '-1mm' is not a length")]
    [TestCase(new[] { "render", "square.html", "--dpi", "0" }, "--dpi must be between 1 and 1200")]
    [TestCase(new[] { "render", "square.html", "--format", "html" }, "Unknown output format 'html'; use pdf or png")]
    [TestCase(new[] { "render", "square.html", "--fonts", "nowhere" }, "no such font folder")]
    public void Wrong_options_are_usage_errors(string[] args, string message)
    {
        Write("square.html", Square);

        var run = CliRun.In(folder, args);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(run.Error, Does.Contain(message));
        Assert.That(Directory.Exists(Path.Combine(folder, "out")), Is.False);
    }

    [Test]
    public void A_one_word_page_size_before_the_input_says_to_put_the_input_first()
    {
        Write("square.html", Square);

        var run = CliRun.In(folder, "render", "--page-size", "A5", "square.html", "--out", "out");
        var fixedRun = CliRun.In(folder, "render", "square.html", "--page-size", "A5", "--out", "out");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(run.Error, Does.Contain("--page-size 'A5 square.html' is not a page size; it takes the word after 'A5' too: put the input first (briefc render FILE --page-size A5)."));
        Assert.That(fixedRun.ExitCode, Is.EqualTo(ExitCodes.Success), fixedRun.Error);
        using var pdf = PdfDocument.Open(Path.Combine(folder, "out", "square.pdf"));
        Assert.That((pdf.GetPage(1).Width, pdf.GetPage(1).Height), Is.EqualTo((420.0, 595.0)));
    }

    [Test]
    public void The_same_input_gives_the_same_bytes()
    {
        Write("square.html", Square);
        Assert.That(CliRun.In(folder, "render", "square.html", "--out", "a", "--format", "pdf,png").ExitCode, Is.Zero);
        Assert.That(CliRun.In(folder, "render", "square.html", "--out", "b", "--format", "pdf,png").ExitCode, Is.Zero);

        foreach (var name in new[] { "square.pdf", "square.page-1.png" })
            Assert.That(File.ReadAllBytes(Path.Combine(folder, "b", name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(folder, "a", name))), name);
    }
}
