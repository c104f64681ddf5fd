using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Briefc;
using BriefingCompiler.Tests.Cli;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace BriefingCompiler.Tests.Building;

/// <summary>
/// <c>toc: true</c> end to end: the contents list of the built-in template — links in the HTML, page numbers after
/// leaders in the PDF — checked against where each heading is in the PDF (its bookmark's page, read with PdfPig).
/// </summary>
public class ContentsBuildTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("briefc-contents-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    /// <summary>A sample briefing with <c>toc: true</c> after its language.</summary>
    private string SampleWithContents(string language)
    {
        var sample = SampleBriefings.Text(language);
        return SampleBriefings.Write(_folder, $"{SampleBriefings.Name}.{language}.yaml",
            sample.Contains("\ntoc: true") ? sample : Regex.Replace(sample, @"^language: .*$", m => m.Value + "\ntoc: true", RegexOptions.Multiline));
    }

    /// <summary>Each bookmark's title and page (the PDF's outline: h1–h3, placed where the heading is drawn).</summary>
    private static List<(string Title, int Page)> Headings(PdfDocument pdf)
    {
        var result = new List<(string, int)>();
        void Walk(IEnumerable<BookmarkNode> nodes)
        {
            foreach (var node in nodes)
            {
                if (node is DocumentBookmarkNode document)
                    result.Add((node.Title, document.PageNumber));
                Walk(node.Children);
            }
        }

        Assert.That(pdf.TryGetBookmarks(out var bookmarks), "the PDF has an outline");
        Walk(bookmarks!.Roots);
        return result;
    }

    /// <summary>The lines of the first pages, each its letters in content (reading) order with white space removed, and the
    /// right-to-left marks the PDF writes for readers that order a line by position (a right-to-left leader's last dot
    /// starts with one: LineOrderMarks).</summary>
    private static List<string> Lines(PdfDocument pdf, int pages) =>
        [.. pdf.GetPages().Take(pages).SelectMany(page => page.Letters
            .GroupBy(letter => (page.Number, MathF.Round((float)letter.StartBaseLine.Y, 1)))
            .Select(line => Regex.Replace(string.Concat(line.Select(l => l.Value)), @"[\s\u200F]", "")))];

    /// <summary>The number after the leader of the line that holds the entry.</summary>
    private static int EntryNumber(IReadOnlyList<string> lines, string title)
    {
        var pattern = new Regex(Regex.Escape(Regex.Replace(title, @"\s", "")) + @"\.{3,}(\d+)$");
        var match = lines.Select(line => pattern.Match(line)).FirstOrDefault(m => m.Success);
        Assert.That(match, Is.Not.Null, $"an entry for '{title}' with a leader and a number");
        return int.Parse(match!.Groups[1].Value);
    }

    [TestCase("zh")]
    [TestCase("en")]
    [TestCase("ar")]
    public void Each_entrys_page_number_is_the_page_of_its_heading(string language)
    {
        var source = SampleWithContents(language);
        var output = Path.Combine(_folder, "out");

        var run = CliRun.Of("build", source, "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error + run.Output);
        Assert.That(run.Error + run.Output, Does.Not.Contain("warning"));
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, $"icann81-gac-alac.{language}.html")));
        var entries = html.QuerySelectorAll("nav.contents a").Select(a => (Href: a.GetAttribute("href")!, Title: a.TextContent)).ToList();
        Assert.That(entries, Has.Count.GreaterThanOrEqualTo(5));
        using var pdf = PdfDocument.Open(Path.Combine(output, $"icann81-gac-alac.{language}.pdf"));
        var contents = Lines(pdf, 2);
        var headings = Headings(pdf);
        foreach (var (href, title) in entries)
        {
            Assert.That(html.GetElementById(href[1..]), Is.Not.Null, $"{href} is an element of the document");
            var heading = headings.Single(h => h.Title == title && h.Title != html.QuerySelector("nav.contents h2")!.TextContent);
            Assert.That(EntryNumber(contents, title), Is.EqualTo(heading.Page), $"'{title}'");
        }
    }

    [Test]
    public void A_hundred_page_briefing_has_every_number_right()
    {
        var yaml = new StringBuilder("""
            briefc: 1
            language: en
            toc: true
            meeting: Long meeting
            session: { title: A long briefing }
            objective: |
              Every entry of the contents list names the page of its heading.
            agenda:
              - The only item
            positions:

            """);
        for (var k = 1; k <= 72; k++)
        {
            yaml.Append($"  - topic: Position {k:00} on the matter\n    body: |\n");
            for (var p = 0; p < 7 + k % 4; p++)
                yaml.Append("      ").Append(string.Join(' ', Enumerable.Repeat($"Delegates consider the review of matter {k} and its outcome.", 9))).Append("\n\n");
        }

        yaml.Append("""
            document_control:
              title: Long
              audience: Testers
              versions:
                - { version: 1, date: 2024-11-04 }

            """);
        var source = Path.Combine(_folder, "long.en.yaml");
        File.WriteAllText(source, yaml.ToString());
        var output = Path.Combine(_folder, "out");

        var run = CliRun.Of("build", source, "--out", output, "--format", "pdf");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error + run.Output);
        using var pdf = PdfDocument.Open(Path.Combine(output, "long.en.pdf"));
        Assert.That(pdf.NumberOfPages, Is.GreaterThanOrEqualTo(100));
        var contents = Lines(pdf, 4);
        var headings = Headings(pdf).Where(h => Regex.IsMatch(h.Title, @"^\d+\. Position")).ToList();
        Assert.That(headings, Has.Count.EqualTo(72));
        foreach (var (title, page) in headings)
            Assert.That(EntryNumber(contents, title), Is.EqualTo(page), $"'{title}'");
        TestContext.Out.WriteLine($"{pdf.NumberOfPages} pages");
    }

    [Test]
    public void Without_toc_nothing_changes_and_briefc_yaml_gives_the_default()
    {
        File.WriteAllText(Path.Combine(_folder, "briefc.yaml"), "briefc: 1\nsources: [briefings]\ntoc: true\n");
        var briefings = Directory.CreateDirectory(Path.Combine(_folder, "briefings")).FullName;
        // The samples opt in: the English one without its own toc line.
        var sample = Regex.Replace(SampleBriefings.Text("en"), @"^toc: .*\n", "", RegexOptions.Multiline);
        Assert.That(sample, Does.Not.Contain("toc:"));
        SampleBriefings.Write(briefings, "said.en.yaml", Regex.Replace(sample, @"^language: .*$", m => m.Value + "\ntoc: false", RegexOptions.Multiline));
        SampleBriefings.Write(briefings, "unsaid.en.yaml", sample);

        var run = CliRun.In(_folder, "build", "--format", "html");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error + run.Output);
        var said = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_folder, "out", "said.en.html")));
        var unsaid = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_folder, "out", "unsaid.en.html")));
        Assert.That(said.QuerySelector("nav.contents"), Is.Null, "the briefing's own toc: false wins");
        Assert.That(unsaid.QuerySelector("nav.contents h2")?.TextContent, Is.EqualTo("Contents"), "briefc.yaml's toc: true is the default");

        var plainSource = SampleBriefings.Write(Path.Combine(_folder, "plain-source"), "icann81-gac-alac.en.yaml", sample);
        var plain = CliRun.Of("build", plainSource, "--out", Path.Combine(_folder, "plain"), "--format", "html");
        Assert.That(plain.ExitCode, Is.EqualTo(ExitCodes.Success), plain.Error);
        Assert.That(File.ReadAllText(Path.Combine(_folder, "plain", "icann81-gac-alac.en.html")), Does.Not.Contain("<nav").And.Not.Contain("nav.contents"), "a briefing that does not opt in has no contents list, nor its style rules");
    }
}
