using System.IO.Compression;
using BriefingCompiler.Word;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingCompiler.Tests.Word;

/// <summary>The Word document of a briefing, read back with the Open XML SDK as Word would see it.</summary>
public class WordDocumentTests
{
    internal static string Sample(string language) => SampleBriefings.Source(language);

    internal static byte[] Docx(string sourcePath)
    {
        var loaded = BriefingLoader.Load(sourcePath);
        Assert.That(loaded.Briefing, Is.Not.Null, string.Join("\n", loaded.Diagnostics));
        return WordDocumentWriter.Write(loaded.Briefing!);
    }

    internal static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static List<Paragraph> BodyParagraphs(WordprocessingDocument document) =>
        [.. document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()];

    private static string StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";

    [TestCase("zh")]
    [TestCase("en")]
    [TestCase("ar")]
    public void Samples_are_valid_Open_XML_for_Word(string language)
    {
        using var document = Open(Docx(Sample(language)));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Full_fixture_is_valid_Open_XML_for_Word()
    {
        using var document = Open(Docx(TestPaths.Fixture("full.en.yaml")));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Word_styles_carry_the_structure_with_Word_built_in_names()
    {
        using var document = Open(Docx(Sample("en")));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>()
            .ToDictionary(s => s.StyleId!.Value!, s => s.StyleName!.Val!.Value);

        Assert.That(styles, Does.ContainKey("Title").WithValue("Title"));
        Assert.That(styles, Does.ContainKey("Heading1").WithValue("heading 1"));
        Assert.That(styles, Does.ContainKey("Heading2").WithValue("heading 2"));
        Assert.That(styles, Does.ContainKey("Heading3").WithValue("heading 3"));
        Assert.That(styles, Does.ContainKey("ListNumber").WithValue("List Number"));
        Assert.That(styles, Does.ContainKey("ListBullet").WithValue("List Bullet"));
        Assert.That(styles, Does.ContainKey(WordStyles.Table));

        var paragraphs = BodyParagraphs(document);
        Assert.That(paragraphs.Single(p => StyleOf(p) == "Title").InnerText, Is.EqualTo("Meeting of the GAC with the At-Large Advisory Committee (ALAC)"));
        Assert.That(paragraphs.Where(p => StyleOf(p) == "Heading1").Select(p => p.InnerText),
            Is.EqualTo(new[] { "Session Objective", "Background", "Agenda", "Current Positions", "Document Administration" }));
        Assert.That(paragraphs.Where(p => StyleOf(p) == "Heading2").Select(p => p.InnerText),
            Is.EqualTo(new[] { "1. WSIS+20: reflections and the way forward", "2. Domain Name System (DNS) abuse — addressing the challenges" }));
        // The four bullets of the first position are List Bullet paragraphs with Word numbering, bold lead-ins in bold runs.
        var bullets = paragraphs.Where(p => StyleOf(p) == "ListBullet").ToList();
        Assert.That(bullets, Has.Count.EqualTo(4 + 3 + 2));
        Assert.That(bullets.All(p => p.ParagraphProperties!.NumberingProperties is not null));
        var leadIn = bullets[0].Elements<Run>().First();
        Assert.That(leadIn.InnerText, Is.EqualTo("Digital inclusion"));
        Assert.That(leadIn.RunProperties?.Bold, Is.Not.Null);
    }

    [Test]
    public void Agenda_is_a_numbered_list_and_tentative_items_are_marked()
    {
        using var document = Open(Docx(Sample("en")));

        var agenda = BodyParagraphs(document).Where(p => StyleOf(p) == "ListNumber").ToList();

        Assert.That(agenda.Select(p => p.InnerText), Is.EqualTo(new[]
        {
            "Introduction and opening remarks", "WSIS+20: reflections and the way forward", "DNS abuse: addressing the challenges (tentative)",
            "Open discussion and Q&A", "Closing remarks",
        }));
        var mark = agenda[2].Elements<Run>().Last();
        Assert.That(mark.RunProperties?.RunStyle?.Val?.Value, Is.EqualTo(WordStyles.Tentative));
        Assert.That(agenda.Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).Distinct().Count(), Is.EqualTo(1));
        Assert.That(agenda[2].Elements<BookmarkStart>().Single().Name!.Value, Is.EqualTo("agenda-3"));
    }

    [Test]
    public void Page_header_has_the_version_line_and_the_footer_page_X_of_Y_as_fields()
    {
        using var document = Open(Docx(TestPaths.Fixture("full.en.yaml")));
        var main = document.MainDocumentPart!;
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();
        var headerId = section.Elements<HeaderReference>().Single(h => h.Type?.Value == HeaderFooterValues.Default).Id!.Value!;
        var footerId = section.Elements<FooterReference>().Single(f => f.Type?.Value == HeaderFooterValues.Default).Id!.Value!;

        var header = ((HeaderPart)main.GetPartById(headerId)).Header!.InnerText;
        var footer = ((FooterPart)main.GetPartById(footerId)).Footer!;

        Assert.That(header, Is.EqualTo("GAC MEMBERS ONLY · DRAFT · Issue 1.10 · 4 November 2024 · Distribution: GAC members (before), public (after)"));
        Assert.That(footer.Descendants<FieldCode>().Select(f => f.Text.Trim()), Is.EqualTo(new[] { "PAGE", "NUMPAGES" }));
        Assert.That(footer.Descendants<FieldChar>().Select(c => c.FieldCharType!.Value), Is.EqualTo(new[]
        {
            FieldCharValues.Begin, FieldCharValues.Separate, FieldCharValues.End, FieldCharValues.Begin, FieldCharValues.Separate, FieldCharValues.End,
        }));
        Assert.That(footer.Descendants<Text>().Select(t => t.Text), Is.EqualTo(new[] { "GAC MEMBERS ONLY · ", "Page ", "1", " of ", "1" }));
        Assert.That(section.Elements<TitlePage>().Count(), Is.EqualTo(1), "no header on the first page, as in the PDF");
        Assert.That(section.GetFirstChild<PageSize>()!.Width!.Value, Is.EqualTo(11906u), "A4");
    }

    [Test]
    public void Document_control_table_has_one_row_per_field_and_every_version()
    {
        using var document = Open(Docx(TestPaths.Fixture("full.en.yaml")));

        var table = document.MainDocumentPart!.Document!.Body!.Elements<Table>().Last();
        var cells = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText))).ToArray()).ToList();

        Assert.That(table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value, Is.EqualTo(WordStyles.Table));
        Assert.That(cells, Is.EqualTo(new[]
        {
            new[] { "Title", "ICANN81 GAC briefing - meeting with the ALAC" },
            new[] { "Distribution", "GAC members (before), public (after)" },
            new[] { "Distribution Date", "Issue 1.9: 1 November 2024\nIssue 1.10: 4 November 2024 — final text" },
        }));
    }

    [Test]
    public void Arabic_paragraphs_are_right_to_left_and_Arabic_runs_carry_rtl()
    {
        using var document = Open(Docx(Sample("ar")));
        var body = document.MainDocumentPart!.Document!.Body!;

        Assert.That(body.Elements<Paragraph>().All(p => p.ParagraphProperties?.BiDi is not null), "w:bidi on every paragraph");
        var arabicRuns = body.Descendants<Run>().Where(r => WordScript.HasRightToLeft(r.InnerText)).ToList();
        Assert.That(arabicRuns, Is.Not.Empty);
        Assert.That(arabicRuns.All(r => r.RunProperties?.RightToLeftText is not null), "w:rtl on every Arabic run");
        Assert.That(body.Descendants<Run>().Where(r => r.InnerText == "GAC/ICANN81/14").All(r => r.RunProperties?.RightToLeftText is null), "Latin runs stay left to right");
        Assert.That(body.Elements<SectionProperties>().Single().GetFirstChild<BiDi>(), Is.Not.Null);
        Assert.That(body.Elements<Table>().All(t => t.GetFirstChild<TableProperties>()!.GetFirstChild<BiDiVisual>() is not null));
        var defaults = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.That(defaults.Languages!.Bidi!.Value, Is.EqualTo("ar"));
        Assert.That(defaults.RunFonts!.ComplexScript!.Value, Is.EqualTo("Noto Naskh Arabic"));
    }

    [Test]
    public void Chinese_runs_carry_the_East_Asian_font_and_language()
    {
        using var document = Open(Docx(Sample("zh")));
        var body = document.MainDocumentPart!.Document!.Body!;

        var chineseRuns = body.Descendants<Run>().Where(r => WordScript.HasEastAsian(r.InnerText)).ToList();

        Assert.That(chineseRuns, Has.Count.GreaterThan(20));
        Assert.That(chineseRuns.Select(r => r.RunProperties?.RunFonts?.EastAsia?.Value).Distinct(), Is.EqualTo(new[] { "Noto Sans SC" }));
        Assert.That(chineseRuns.Select(r => r.RunProperties?.Languages?.EastAsia?.Value).Distinct(), Is.EqualTo(new[] { "zh-CN" }));
        Assert.That(body.Descendants<Paragraph>().Any(p => p.ParagraphProperties?.BiDi is not null), Is.False);
        Assert.That(document.PackageProperties.Title, Is.EqualTo("ICANN81 GAC 会议简报 - GAC 与 ALAC 的会议"));
        Assert.That(document.PackageProperties.Language, Is.EqualTo("zh"));
        Assert.That(document.PackageProperties.Created, Is.Null, "no clock-based date");
    }

    [Test]
    public void Same_briefing_gives_the_same_bytes_and_no_clock_time_in_the_zip()
    {
        var first = Docx(Sample("zh"));
        Thread.Sleep(2100); // zip times have a two-second resolution: a clock time would now differ
        var second = Docx(Sample("zh"));

        Assert.That(second, Is.EqualTo(first));
        using var zip = new ZipArchive(new MemoryStream(first));
        Assert.That(zip.Entries.Select(e => e.LastWriteTime.Year).Distinct(), Is.EqualTo(new[] { 1980 }));
        Assert.That(zip.Entries[0].FullName, Is.EqualTo("[Content_Types].xml"));
    }
}
