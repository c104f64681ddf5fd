using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Briefc;
using BriefingCompiler.Tests.Cli;
using UglyToad.PdfPig;

namespace BriefingCompiler.Tests.Building;

/// <summary>Markdown footnotes end to end: a briefing's <c>[^id]</c> notes in the HTML (a numbered list with links
/// both ways) and in the PDF (at the foot of the page of each call), read back with PdfPig.</summary>
public partial class FootnoteBuildTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("briefc-footnotes-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private static string Filler(int count, int seed) =>
        string.Join(' ', Enumerable.Range(0, count).Select(i => ((i * 7 + seed) % 5) switch { 0 => "delegates", 1 => "consider", 2 => "the", 3 => "review", _ => "outcome" }));

    /// <summary>
    /// <paramref name="notes"/> paragraphs, each with one call (the first 30 in the background, the rest in the first
    /// position: numbering runs through the fields). Paragraph k says "callKK" just before its call; note k begins with
    /// "fnKK" and ends with "endKK"; every ninth note is long, and note 20 longer than a page: it goes on at the foot of the next page.
    /// </summary>
    private static string Briefing(int notes)
    {
        string Paragraph(int k) => $"{Filler(24 + k % 3 * 8, k)} call{k:00}[^n{k}] {Filler(6, k + 1)}.";
        string Note(int k) => $"[^n{k}]: fn{k:00} {Filler(k == 20 ? 1300 : k % 9 == 0 ? 110 : 6 + k % 3 * 5, k)} end{k:00}";
        var inBackground = Math.Min(30, notes);
        var yaml = new StringBuilder();
        yaml.Append("""
            briefc: 1
            language: en
            symbol: TEST/FN/1
            meeting: Footnote meeting
            session:
              number: 1
              title: Footnotes
            objective: |
              Footnotes at the foot of their pages.
            background: |

            """);
        for (var k = 1; k <= inBackground; k++)
            yaml.Append("  ").Append(Paragraph(k)).Append("\n\n");
        for (var k = 1; k <= inBackground; k++)
            yaml.Append("  ").Append(Note(k)).Append("\n\n");
        yaml.Append("""
            agenda:
              - The item
            positions:
              - topic: The item
                agenda: 1
                body: |

            """);
        for (var k = inBackground + 1; k <= notes; k++)
            yaml.Append("      ").Append(Paragraph(k)).Append("\n\n");
        for (var k = inBackground + 1; k <= notes; k++)
            yaml.Append("      ").Append(Note(k)).Append("\n\n");
        yaml.Append("""
            document_control:
              title: Footnote test
              audience: Testers
              versions:
                - version: 1
                  date: 2024-11-04

            """);
        return yaml.ToString();
    }

    [Test]
    public void Forty_footnotes_each_sit_on_the_page_of_their_call_numbered_in_order_none_lost()
    {
        var source = Path.Combine(_folder, "notes.en.yaml");
        File.WriteAllText(source, Briefing(40));
        var output = Path.Combine(_folder, "out");

        var run = CliRun.Of("build", source, "--out", output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error + run.Output);
        Assert.That(run.Error + run.Output, Does.Not.Contain("warning"));
        using var pdf = PdfDocument.Open(Path.Combine(output, "notes.en.pdf"));
        var pages = pdf.GetPages().Select(p => Whitespace().Replace(p.Text, "")).ToArray();
        Assert.That(pdf.NumberOfPages, Is.InRange(5, 10));
        int PageOf(string marker) => Array.FindIndex(pages, p => p.Contains(marker, StringComparison.Ordinal)) + 1;

        var split = 0;
        for (var k = 1; k <= 40; k++)
        {
            var call = PageOf($"call{k:00}{k}");
            Assert.That(call, Is.GreaterThan(0), $"call {k} with its number");
            Assert.That(pages.Count(p => p.Contains($"{k}.fn{k:00}", StringComparison.Ordinal)), Is.EqualTo(1), $"note {k} starts once, after its marker '{k}.'");
            Assert.That(PageOf($"{k}.fn{k:00}"), Is.EqualTo(call), $"note {k} starts on the page of its call");
            var end = PageOf($"end{k:00}");
            Assert.That(end, Is.InRange(call, call + 1), $"note {k} ends on its call's page or the next");
            split += end > call ? 1 : 0;
        }

        // Notes in number order on every page (a continued note first).
        foreach (var page in pages)
        {
            var starts = NoteStart().Matches(page).Select(m => int.Parse(m.Groups[1].Value)).ToArray();
            Assert.That(starts, Is.Ordered);
        }

        Assert.That(split, Is.GreaterThanOrEqualTo(1), "note 20 is continued");
        TestContext.Out.WriteLine($"{pdf.NumberOfPages} pages, {split} notes continued on the next page");
    }

    [Test]
    public void The_HTML_lists_the_notes_once_with_links_both_ways()
    {
        var source = Path.Combine(_folder, "notes.en.yaml");
        File.WriteAllText(source, Briefing(35));
        var output = Path.Combine(_folder, "out");

        var run = CliRun.Of("build", source, "--out", output, "--format", "html");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "notes.en.html")));
        var items = document.QuerySelectorAll("section.footnotes li");
        Assert.That(items.Select(li => li.Id), Is.EqualTo(Enumerable.Range(1, 35).Select(k => $"fn-{k}")), "one list for the document, numbered through background and positions");
        for (var k = 1; k <= 35; k++)
        {
            var call = document.GetElementById($"fnref-{k}");
            Assert.That(call?.GetAttribute("href"), Is.EqualTo($"#fn-{k}"));
            Assert.That(call!.TextContent, Is.EqualTo(k.ToString()));
            Assert.That(call.ParentElement!.PreviousSibling!.TextContent, Does.EndWith($"call{k:00}"), "the call is where [^id] was");
            Assert.That(items[k - 1].TextContent, Does.StartWith($"fn{k:00}"));
            Assert.That(items[k - 1].QuerySelector("a.footnote-back-ref")!.GetAttribute("href"), Is.EqualTo($"#fnref-{k}"));
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\.fn(\d\d)")]
    private static partial Regex NoteStart();
}
