using BriefingCompiler.Diffing;
using BriefingCompiler.Importing;
using BriefingCompiler.Word;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingCompiler.Tests.Word;

/// <summary>Markdown footnotes as Word footnotes, and Word footnotes read back as Markdown notes.</summary>
public class WordFootnoteTests
{
    private static readonly string Fixture = TestPaths.Fixture("footnotes.en.yaml");

    private static List<Footnote> Notes(WordprocessingDocument document) =>
        [.. document.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(n => n.Type is null)];

    private static string Style(Run run) => run.RunProperties?.RunStyle?.Val?.Value ?? "";

    [Test]
    public void The_Chinese_samples_notes_are_Word_footnotes_called_where_the_Markdown_calls_them()
    {
        using var document = WordDocumentTests.Open(WordDocumentTests.Docx(WordDocumentTests.Sample("zh")));
        var main = document.MainDocumentPart!;

        var notes = Notes(document);
        Assert.That(notes.Select(n => n.InnerText), Is.EqualTo(new[]
        {
            " ALAC 的职责和组成见《ICANN 章程》第 12.2(d) 条。",
            " 联合国大会第 70/125 号决议（2015 年）决定于 2025 年举行高级别会议，全面审查信息社会世界峰会 (WSIS) 成果的落实情况。",
        }));
        var references = main.Document!.Body!.Descendants<FootnoteReference>().ToList();
        Assert.That(references.Select(r => r.Id!.Value), Is.EqualTo(notes.Select(n => n.Id!.Value)));
        Assert.That(references.Select(r => Style((Run)r.Parent!)), Is.All.EqualTo(WordStyles.FootnoteReference));
        // The call sits in the sentence it belongs to, and no Markdown of the notes is left in the body.
        Assert.That(references[0].Ancestors<Paragraph>().Single().InnerText, Does.StartWith("ALAC 是 ICANN 指定的主要组织机构"));
        Assert.That(main.Document.Body.InnerText, Does.Not.Contain("[^"));

        foreach (var note in notes)
        {
            var first = note.Elements<Paragraph>().First();
            Assert.That(first.ParagraphProperties!.ParagraphStyleId!.Val!.Value, Is.EqualTo(WordStyles.FootnoteText));
            Assert.That(first.Elements<Run>().First().GetFirstChild<FootnoteReferenceMark>(), Is.Not.Null, "the note starts with its number");
        }
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!, s => s.StyleName!.Val!.Value);
        Assert.That(styles, Does.ContainKey(WordStyles.FootnoteText).WithValue("footnote text"));
        Assert.That(styles, Does.ContainKey(WordStyles.FootnoteReference).WithValue("footnote reference"));
        Assert.That(main.DocumentSettingsPart!.Settings!.GetFirstChild<FootnoteDocumentWideProperties>()!
            .Elements<FootnoteSpecialReference>().Select(r => r.Id!.Value), Is.EqualTo(new long[] { -1, 0 }));
    }

    [Test]
    public void A_document_without_notes_has_no_footnotes_part()
    {
        // The English sample without its two footnotes (their calls and their definitions).
        var sample = File.ReadAllText(WordDocumentTests.Sample("en"));
        var withoutNotes = System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(sample, @"\n *\[\^\w+\]: [^\n]*", ""), @"\[\^\w+\]", "");
        Assert.That(withoutNotes, Does.Not.Contain("[^"));
        var folder = Directory.CreateTempSubdirectory("briefc-word-notes-").FullName;
        var path = Path.Combine(folder, "plain.en.yaml");
        SampleBriefings.Write(folder, "plain.en.yaml", withoutNotes);
        byte[] docx;
        try
        {
            docx = WordDocumentTests.Docx(path);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        using var document = WordDocumentTests.Open(docx);

        Assert.That(document.MainDocumentPart!.FootnotesPart, Is.Null);
        Assert.That(document.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<FootnoteDocumentWideProperties>(), Is.Null);
    }

    [Test]
    public void Every_kind_of_note_is_valid_Open_XML()
    {
        using var document = WordDocumentTests.Open(WordDocumentTests.Docx(Fixture));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void A_note_called_twice_is_two_Word_notes_a_notes_link_is_related_from_the_footnotes_part()
    {
        using var document = WordDocumentTests.Open(WordDocumentTests.Docx(Fixture));
        var notes = Notes(document);

        Assert.That(notes.Select(n => n.InnerText.Trim()), Is.EqualTo(new[]
        {
            "ICANN Bylaws, Section 12.2(d).", "ICANN Bylaws, Section 12.2(d).",
            "Resolution 70/125 of the General Assembly.A second paragraph of the note.",
            "The note of a list item, see the UN.", "A numbered label.",
        }));
        // The label is kept in a hidden bookmark, once per label.
        Assert.That(notes.SelectMany(n => n.Descendants<BookmarkStart>()).Select(b => b.Name!.Value),
            Is.EqualTo(new[] { "_fn_bylaws", "_fn_wsis", "_fn_item", "_fn_7" }));
        Assert.That(notes[2].Elements<Paragraph>().Select(p => p.ParagraphProperties!.ParagraphStyleId!.Val!.Value), Is.All.EqualTo(WordStyles.FootnoteText));
        var link = notes[2].Descendants<Hyperlink>().Single();
        var footnotesPart = document.MainDocumentPart!.FootnotesPart!;
        Assert.That(footnotesPart.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value).Uri.AbsoluteUri, Is.EqualTo("https://www.un.org/"));
        Assert.That(notes[3].Descendants<Hyperlink>().Single().Id!.Value, Is.EqualTo(link.Id.Value), "two notes linking to one address share its relationship");
        var body = document.MainDocumentPart.Document!.Body!;
        Assert.That(body.InnerText, Does.Not.Contain("[^"));
        Assert.That(body.Descendants<FootnoteReference>().Count(), Is.EqualTo(5));
    }

    [Test]
    public void Every_kind_of_note_comes_back_with_its_label_and_no_content_change()
    {
        var original = BriefingLoader.Load(Fixture).Briefing!;

        var result = WordImporter.Import(WordDocumentWriter.Write(original), "footnotes.docx", "draft.yaml", language: null);

        Assert.That(result.PassesCheck, Is.True, string.Join("\n", result.Diagnostics));
        var imported = BriefingLoader.Load("draft.yaml", System.Text.Encoding.UTF8.GetBytes(result.Yaml)).Briefing!;
        Assert.That(BriefingDiffer.Compare(original, imported).Changes.Select(c => $"{c.Kind} {c.Path}"), Is.Empty, result.Yaml);
        Assert.That(imported.Background!.Source, Does.Contain("[^wsis]: Resolution 70/125 of the [General Assembly](https://www.un.org/).\n\n    A second paragraph of the note."));
    }

    [Test]
    public void Notes_of_a_Word_document_briefc_did_not_write_are_numbered_and_follow_the_field_that_calls_them()
    {
        // Word's own notes carry no label: take briefc's document and remove the label bookmarks.
        var docx = WordDocumentTests.Docx(WordDocumentTests.Sample("zh"));
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var notes = document.MainDocumentPart!.FootnotesPart!.Footnotes!;
            foreach (var bookmark in notes.Descendants<BookmarkStart>().ToList())
                bookmark.Remove();
            foreach (var bookmark in notes.Descendants<BookmarkEnd>().ToList())
                bookmark.Remove();
        }

        var result = WordImporter.Import(stream.ToArray(), "word.docx", "draft.yaml", language: null);

        var imported = BriefingLoader.Load("draft.yaml", System.Text.Encoding.UTF8.GetBytes(result.Yaml)).Briefing!;
        Assert.That(imported.Background!.Source, Does.Contain("倾听他们的声音。[^1]ALAC"));
        Assert.That(imported.Background.Source, Does.EndWith("\n\n[^1]: ALAC 的职责和组成见《ICANN 章程》第 12.2(d) 条。\n"));
        Assert.That(imported.Positions[0].Body.Source, Does.Contain("的审核[^2]结果"));
        Assert.That(imported.Positions[0].Body.Source, Does.EndWith("\n\n[^2]: 联合国大会第 70/125 号决议（2015 年）决定于 2025 年举行高级别会议，全面审查信息社会世界峰会 (WSIS) 成果的落实情况。\n"));
        Assert.That(result.PassesCheck, Is.True, string.Join("\n", result.Diagnostics));
    }
}
