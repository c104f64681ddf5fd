using System.Text.RegularExpressions;
using Briefc;
using BriefingCompiler.Tests.Cli;
using UglyToad.PdfPig;

namespace BriefingCompiler.Tests.Building;

/// <summary><c>briefc build</c> end to end: HTML and PDF from the same template, read back as a reader would.</summary>
public partial class PdfBuildTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("briefc-pdf-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private static string Sample(string language) =>
        Path.Combine(TestPaths.RepositoryRoot, "briefings", $"icann81-gac-alac.{language}.yaml");

    private static string PageText(UglyToad.PdfPig.Content.Page page) => Whitespace().Replace(page.Text, "");

    [Test]
    public void Chinese_sample_builds_HTML_and_a_PDF_with_the_header_and_page_X_of_Y_on_every_page()
    {
        var output = Path.Combine(_folder, "out");

        var run = CliRun.Of("build", Sample("zh"), "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(Directory.GetFiles(output).Select(Path.GetFileName).Order(),
            Is.EqualTo(new[] { BriefingCompiler.Building.BuildManifest.FileName, BriefingCompiler.Building.ManifestLock.FileName, "icann81-gac-alac.zh.html", "icann81-gac-alac.zh.members.html", "icann81-gac-alac.zh.members.pdf", "icann81-gac-alac.zh.pdf" }));
        var pdfPath = Path.Combine(output, "icann81-gac-alac.zh.pdf");
        Assert.That(new FileInfo(pdfPath).Length, Is.LessThan(150 * 1024), "subset fonts keep the PDF small");
        using var pdf = PdfDocument.Open(pdfPath);
        Assert.That(pdf.NumberOfPages, Is.GreaterThan(1));
        var all = "";
        foreach (var page in pdf.GetPages())
        {
            var text = PageText(page);
            Assert.That(text, Does.Contain("第1版·2024年11月4日·发布对象：公众（会后）"), $"header on page {page.Number}");
            Assert.That(text, Does.Contain($"第{page.Number}页，共{pdf.NumberOfPages}页"), $"footer on page {page.Number}");
            all += text;
        }

        // Every paragraph's text, in order: a few landmarks from start to end of the founding briefing.
        var landmarks = new[]
        {
            "GAC与一般会员咨询委员会(ALAC)的会议", "会议目标", "定期在ICANN公共会议期间召开会议", "背景", "由15名成员组成",
            "议程", "DNS滥用：应对挑战", "现状与展望", "数字包容", "安全和隐私", "与行业协作", "协作性解决方案", "文件管理",
        };
        // The sample opens with a contents list (toc: true) after its title: the landmarks after the title are looked
        // for after the list's last entry.
        var contents = all.IndexOf("目录", StringComparison.Ordinal);
        Assert.That(contents, Is.GreaterThan(all.IndexOf(landmarks[0], StringComparison.Ordinal)), "the contents list follows the title");
        var afterContents = all.IndexOf("文件管理", contents, StringComparison.Ordinal) + "文件管理".Length;
        var positions = landmarks.Select((l, i) => all.IndexOf(l, i == 0 ? 0 : afterContents, StringComparison.Ordinal)).ToArray();
        Assert.That(positions, Is.All.GreaterThanOrEqualTo(0), string.Join(", ", landmarks.Zip(positions)));
        Assert.That(positions, Is.Ordered);
    }

    [Test]
    public void Every_word_of_the_Arabic_sample_reads_back_from_the_PDF_in_logical_order()
    {
        // Issue 16: Noto Naskh Arabic draws many letters as a dotless base plus dots, one base serving several
        // letters. The PDF gives each (glyph, text) pair its own CID, draws the dots as outlines (no text), and
        // writes right-to-left runs in reading order, so the letters PdfPig reads in content order spell every word.
        var output = Path.Combine(_folder, "out");
        var run = CliRun.Of("build", Sample("ar"), "--out", output);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);

        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "icann81-gac-alac.ar.html")));
        // The footnote list and the calls' links are screen-only (the template's print rules hide them): in the PDF each
        // note is set at the foot of its page, its call and number generated.
        foreach (var screenOnly in html.QuerySelectorAll("sup.footnote-ref:not(.footnote-repeat), section.footnotes").ToList())
            screenOnly.Remove();
        var words = Words(html.Body!.TextContent);
        using var pdf = PdfDocument.Open(Path.Combine(output, "icann81-gac-alac.ar.pdf"));
        var text = string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value)).Normalize();

        Assert.That(words, Has.Count.GreaterThan(500), "the sample's words");
        Assert.That(text, Does.Not.Contain("\uFFFD").And.Not.Contain("\0"), "no letter without its text");
        var missing = words.Where(w => !text.Contains(w, StringComparison.Ordinal)).Distinct().ToList();
        Assert.That(missing, Is.Empty, $"{missing.Count} of {words.Count} words not in the PDF's text");
    }

    /// <summary>Maximal runs of letters, marks and digits (NFC): the words a reader's search would look for.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in text.Normalize())
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    [Test]
    public void Two_builds_give_identical_bytes_and_SOURCE_DATE_EPOCH_pins_the_PDF_date()
    {
        var first = Path.Combine(_folder, "a");
        var second = Path.Combine(_folder, "b");
        var pinned = Path.Combine(_folder, "c");

        CliRun.Of("build", Sample("en"), "--out", first);
        CliRun.Of("build", Sample("en"), "--out", second);
        CliRun.With(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" }, "build", Sample("en"), "--out", pinned);

        foreach (var name in new[] { "icann81-gac-alac.en.html", "icann81-gac-alac.en.pdf" })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(second, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(first, name))), name);
        }

        using var dated = PdfDocument.Open(Path.Combine(first, "icann81-gac-alac.en.pdf"));
        using var epoch = PdfDocument.Open(Path.Combine(pinned, "icann81-gac-alac.en.pdf"));
        Assert.That(dated.Information.CreationDate, Does.StartWith("D:20241104"), "the current version's date");
        Assert.That(epoch.Information.CreationDate, Does.StartWith("D:20231114"), "SOURCE_DATE_EPOCH 1700000000 = 2023-11-14");
    }

    [Test]
    public void Png_format_writes_one_preview_per_page()
    {
        var output = Path.Combine(_folder, "out");

        var run = CliRun.Of("build", Sample("en"), "--format", "pdf,png", "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        using var pdf = PdfDocument.Open(Path.Combine(output, "icann81-gac-alac.en.pdf"));
        var previews = Directory.GetFiles(output, "*.png").Select(Path.GetFileName).Order().ToArray();
        Assert.That(previews, Is.EqualTo(Enumerable.Range(1, pdf.NumberOfPages).Select(n => $"icann81-gac-alac.en.page-{n}.png").Order()));
        Assert.That(File.ReadAllBytes(Path.Combine(output, previews[0]!))[..4], Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }));
        Assert.That(File.Exists(Path.Combine(output, "icann81-gac-alac.en.html")), Is.False, "only the formats asked for");
    }

    [Test]
    public void A_font_family_no_font_has_is_reported_at_the_template_line_that_names_it()
    {
        var output = Path.Combine(_folder, "out");
        var template = Path.Combine(_folder, "house.html.sbn");
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "templates", "briefing.html.sbn")).ToList();
        var h1Rule = lines.FindIndex(l => l == "h1 {");
        lines.Insert(h1Rule + 1, "  font-family: \"Helvetica Neue\", sans-serif;");
        var main = lines.FindIndex(l => l.StartsWith("<main", StringComparison.Ordinal));
        lines.Insert(main + 1, "<p style=\"font-family: Frutiger\">{{ briefing.symbol }}</p>");
        File.WriteAllLines(template, lines);

        var run = CliRun.Of("build", Sample("en"), "--template", template, "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(run.Error, Does.Contain($"house.html.sbn({h1Rule + 2},3): warning PDF132: font-family 'Helvetica Neue' matches no font"));
        Assert.That(run.Error, Does.Contain($"house.html.sbn({main + 2},11): warning PDF132: font-family 'Frutiger' matches no font"));
    }

    [Test]
    public void Engine_warnings_point_at_the_declaration_or_element_in_the_template_not_its_first_line()
    {
        var output = Path.Combine(_folder, "out");
        var template = Path.Combine(_folder, "house.html.sbn");
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "templates", "briefing.html.sbn")).ToList();
        var tableRule = lines.FindIndex(l => l == "table {");
        lines.Insert(tableRule + 1, "  transform: rotate(5deg);");
        var main = lines.FindIndex(l => l.StartsWith("<main", StringComparison.Ordinal));
        lines[main] = "<video></video>" + lines[main] + "<canvas title=\"{{ briefing.symbol }}\"></canvas>";
        File.WriteAllLines(template, lines);

        var run = CliRun.Of("build", Sample("en"), "--template", template, "--out", output);
        var html = File.ReadAllLines(Path.Combine(output, "icann81-gac-alac.en.html"));
        var canvasLine = Array.FindIndex(html, l => l.Contains("<canvas", StringComparison.Ordinal)) + 1;

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(run.Error, Does.Contain($"house.html.sbn({tableRule + 2},3): warning PDF101: CSS 'transform: "), "at the declaration");
        Assert.That(run.Error, Does.Contain($"house.html.sbn({main + 1},1): warning PDF120: The <video> element"), "at the element's start tag");
        Assert.That(run.Error, Does.Contain($"warning PDF120: The <canvas> element").And.Contain($"(in the HTML at line {canvasLine}, column "),
            "a tag the template writes with values in it is named by its place in the HTML");
    }

    [Test]
    public void A_template_shows_images_from_its_own_folder_and_warns_at_its_line_about_one_it_cannot_use()
    {
        var output = Path.Combine(_folder, "out");
        var templateFolder = Path.Combine(_folder, "house");
        Directory.CreateDirectory(Path.Combine(templateFolder, "assets"));
        File.WriteAllBytes(Path.Combine(templateFolder, "assets", "emblem.png"), Png(120, 60));
        File.WriteAllText(Path.Combine(templateFolder, "assets", "seal.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\"><circle cx=\"20\" cy=\"20\" r=\"18\" fill=\"#003366\"/></svg>");
        File.WriteAllBytes(Path.Combine(_folder, "outside.png"), Png(10, 10));
        var template = Path.Combine(templateFolder, "house.html.sbn");
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "templates", "briefing.html.sbn")).ToList();
        var header = lines.FindIndex(l => l == "<header>");
        lines.Insert(header + 1, "<img src=\"assets/emblem.png\" alt=\"Emblem\" style=\"height: 15mm\"><img src=\"assets/seal.svg\" alt=\"Seal\">");
        lines.Insert(header + 2, "<img src=\"../outside.png\" alt=\"Outside\">");
        File.WriteAllLines(template, lines);

        var run = CliRun.Of("build", Sample("en"), "--template", template, "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(run.Error, Does.Contain($"house.html.sbn({header + 3},1): warning PDF150: The image '../outside.png' cannot be used: it is outside the template's folder"));
        using var pdf = PdfDocument.Open(Path.Combine(output, "icann81-gac-alac.en.pdf"));
        var image = pdf.GetPage(1).GetImages().Single();
        Assert.That(image.BoundingBox.Height, Is.EqualTo(15 * 72 / 25.4).Within(0.01), "15 mm high");
        Assert.That(image.BoundingBox.Width, Is.EqualTo(30 * 72 / 25.4).Within(0.01), "the 2:1 ratio kept");
        Assert.That(pdf.GetPage(1).Paths.Count(p => p.IsFilled && p.GetBoundingRectangle() is { Width: > 26.9 and < 27.1 }), Is.EqualTo(1), "the seal, drawn as a path: a circle 36 px (27 pt) across");
        Assert.That(PageText(pdf.GetPage(1)), Does.Contain("Outside"), "the alt text of the refused image");
    }

    internal static byte[] Png(int width, int height)
    {
        using var bitmap = new SkiaSharp.SKBitmap(width, height);
        bitmap.Erase(SkiaSharp.SKColors.DarkBlue);
        using var data = SkiaSharp.SKImage.FromBitmap(bitmap).Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Test]
    public void A_character_no_font_can_draw_fails_the_build_at_its_place_in_the_source_and_keeps_the_old_outputs()
    {
        var output = Path.Combine(_folder, "out");
        var source = SampleBriefings.CopyTo(_folder, "en", "emoji.en.yaml");
        Assert.That(CliRun.Of("build", source, "--out", output).ExitCode, Is.EqualTo(ExitCodes.Success));
        var before = File.ReadAllBytes(Path.Combine(output, "emoji.en.pdf"));
        var lines = File.ReadAllLines(source).ToList();
        var objective = lines.FindIndex(l => l.StartsWith("objective:", StringComparison.Ordinal));
        lines[objective + 1] = "  Bring snacks \U00010000 to the meeting.";
        File.WriteAllLines(source, lines);

        var run = CliRun.Of("build", source, "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(run.Error, Does.Contain($"emoji.en.yaml({objective + 2},16): error PDF130:"));
        Assert.That(run.Error, Does.Contain("U+10000"));
        Assert.That(File.ReadAllBytes(Path.Combine(output, "emoji.en.pdf")), Is.EqualTo(before), "the previous PDF is untouched");
        Assert.That(Directory.GetFiles(output, "*.tmp"), Is.Empty);
    }

    [Test]
    public void An_unknown_format_is_a_usage_error()
    {
        var run = CliRun.Of("build", Sample("en"), "--format", "html,odt", "--out", Path.Combine(_folder, "out"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(run.Error, Does.Contain("Unknown output format 'odt'"));
        Assert.That(Directory.Exists(Path.Combine(_folder, "out")), Is.False);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
