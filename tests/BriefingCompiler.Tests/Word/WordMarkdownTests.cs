using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingCompiler.Tests.Word;

/// <summary>Briefing Markdown in the Word document: emphasis, links, nested lists, tables, headings, quotes.</summary>
public class WordMarkdownTests
{
    private static List<Paragraph> Paragraphs()
    {
        using var document = WordDocumentTests.Open(WordDocumentTests.Docx(TestPaths.Fixture("markdown.en.yaml")));
        return [.. document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => (Paragraph)p.CloneNode(true))];
    }

    private static string StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";

    [Test]
    public void Markdown_document_is_valid_Open_XML()
    {
        using var document = WordDocumentTests.Open(WordDocumentTests.Docx(TestPaths.Fixture("markdown.en.yaml")));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Emphasis_code_and_links_become_formatted_runs_and_hyperlinks()
    {
        using var document = WordDocumentTests.Open(WordDocumentTests.Docx(TestPaths.Fixture("markdown.en.yaml")));
        var main = document.MainDocumentPart!;
        var first = main.Document!.Body!.Elements<Paragraph>().First(p => p.InnerText.StartsWith("Plain text", StringComparison.Ordinal));
        var runs = first.Descendants<Run>().ToList();

        Run RunOf(string text) => runs.Single(r => r.InnerText == text);
        Assert.That(RunOf("bold").RunProperties!.Bold, Is.Not.Null);
        Assert.That(RunOf("bold").RunProperties!.Italic, Is.Null);
        Assert.That(RunOf("italic").RunProperties!.Italic, Is.Not.Null);
        Assert.That(RunOf("both").RunProperties!.Bold, Is.Not.Null);
        Assert.That(RunOf("both").RunProperties!.Italic, Is.Not.Null);
        Assert.That(RunOf("code").RunProperties!.RunStyle!.Val!.Value, Is.EqualTo("CodeChar"));
        var links = first.Elements<Hyperlink>().ToList();
        Assert.That(links.Select(l => l.InnerText), Is.EqualTo(new[] { "link", "https://gac.icann.org/" }));
        Assert.That(links.Select(l => main.HyperlinkRelationships.Single(r => r.Id == l.Id!.Value).Uri.ToString()),
            Is.EqualTo(new[] { "https://www.icann.org/", "https://gac.icann.org/" }));
        Assert.That(first.InnerText, Is.EqualTo("Plain text with bold, italic, both and code, a link and https://gac.icann.org/. A second line of the same paragraph."),
            "a soft line break is a space");

        var hard = main.Document.Body.Elements<Paragraph>().First(p => p.InnerText.StartsWith("Hard break", StringComparison.Ordinal));
        Assert.That(hard.Descendants<Break>().Count(), Is.EqualTo(1));
        var refused = main.Document.Body.Elements<Paragraph>().First(p => p.InnerText.StartsWith("Last paragraph", StringComparison.Ordinal));
        Assert.That(refused.Elements<Hyperlink>(), Is.Empty, "a javascript: link is written as its text");
        Assert.That(refused.InnerText, Is.EqualTo("Last paragraph with a refused link."));
    }

    [Test]
    public void Nested_lists_use_Word_numbering_levels_and_list_styles()
    {
        var paragraphs = Paragraphs();
        var list = paragraphs.SkipWhile(p => p.InnerText != "First numbered").Take(6).ToList();

        Assert.That(list.Select(p => (p.InnerText, StyleOf(p), p.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value)), Is.EqualTo(new[]
        {
            ("First numbered", "ListNumber", 0), ("Second numbered", "ListNumber", 0), ("nested bullet", "ListBullet2", 1),
            ("another nested bullet", "ListBullet2", 1), ("third level", "ListNumber3", 2), ("Third numbered", "ListNumber", 0),
        }));
        var ids = list.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).ToList();
        Assert.That(ids[0], Is.EqualTo(ids[1]).And.EqualTo(ids[5]));
        Assert.That(ids[2], Is.Not.EqualTo(ids[0]), "the nested list has its own numbering instance");
    }

    [Test]
    public void Headings_quotes_rules_and_tables_keep_their_structure()
    {
        using var document = WordDocumentTests.Open(WordDocumentTests.Docx(TestPaths.Fixture("markdown.en.yaml")));
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().ToList();

        Assert.That(StyleOf(paragraphs.Single(p => p.InnerText == "A heading inside a section")), Is.EqualTo("Heading2"));
        Assert.That(StyleOf(paragraphs.Single(p => p.InnerText == "Sub-heading in a position")), Is.EqualTo("Heading4"));
        Assert.That(StyleOf(paragraphs.Single(p => p.InnerText == "A quotation.")), Is.EqualTo("Quote"));
        Assert.That(paragraphs.Count(p => p.ParagraphProperties?.ParagraphBorders?.BottomBorder is not null && p.InnerText.Length == 0), Is.EqualTo(1), "the thematic break");

        var table = body.Elements<Table>().First();
        var cells = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.That(cells, Is.EqualTo(new[] { new[] { "Country", "Position" }, new[] { "Brazil", "supports" }, new[] { "Kenya", "undecided" } }));
        Assert.That(table.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>(), Is.Not.Null, "the header row repeats on each page");
        Assert.That(table.Descendants<Run>().Single(r => r.InnerText == "supports").RunProperties!.Bold, Is.Not.Null);
    }
}
