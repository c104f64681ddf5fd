using BriefingCompiler.Diffing;
using BriefingCompiler.Importing;
using BriefingCompiler.Model;

namespace BriefingCompiler.Tests.Word;

/// <summary>Importing Word briefings that briefc did not write: typed headings, typed numbering, a table made with tabs.</summary>
public class WordImportSecretariatTests
{
    /// <summary>Every block of text of a briefing, by field path: what "recovered into the right field" is measured on.</summary>
    private static List<(string Path, string Text)> Blocks(ComparableNode? node, string path)
    {
        return node switch
        {
            TextNode { Kind: TextNodeKind.Markdown } text => [.. text.Blocks.Select(b => (path, b.Text))],
            TextNode text => [(path, text.Text)],
            RecordNode record => [.. record.Fields.SelectMany(f => Blocks(f.Value, path + "." + f.Name))],
            ListNode list => [.. list.Items.SelectMany((item, i) => Blocks(item, $"{path}[{i + 1}]"))],
            _ => [],
        };
    }

    private static (Briefing Original, Briefing Imported, WordImportResult Result) ImportTyped(string language, string? closingHeading = null)
    {
        var original = BriefingLoader.Load(WordDocumentTests.Sample(language)).Briefing!;
        var result = WordImporter.Import(SecretariatDocx.Write(original, closingHeading), "typed.docx", "draft.yaml", language);
        Assert.That(result.PassesCheck, Is.True, result.Yaml + string.Join("\n", result.Diagnostics));
        return (original, BriefingLoader.Load("draft.yaml", System.Text.Encoding.UTF8.GetBytes(result.Yaml)).Briefing!, result);
    }

    [TestCase("zh")]
    [TestCase("en")]
    [TestCase("ar")]
    public void At_least_95_percent_of_the_text_lands_in_the_right_field_the_closing_included(string language)
    {
        var (original, imported, result) = ImportTyped(language);

        // A figure (an image alone in its paragraph) is no text a secretariat types: in its Word document it would be a
        // picture, which the import does not bring back (the typed document here holds only the alt text). Measured: text.
        var want = Blocks(BriefingProjection.Project(original), "").Where(b => !b.Text.StartsWith("![", StringComparison.Ordinal)).ToList();
        var got = Blocks(BriefingProjection.Project(imported), "").ToHashSet();
        var total = want.Sum(b => b.Text.Length);
        var recovered = want.Where(got.Contains).Sum(b => b.Text.Length);
        var missed = want.Where(b => !got.Contains(b)).Select(b => b.Path + ": " + b.Text);
        TestContext.Out.WriteLine($"{language}: {recovered} of {total} characters in the right field ({100.0 * recovered / total:F1} %)");
        Assert.That((double)recovered / total, Is.GreaterThanOrEqualTo(0.95), string.Join("\n", missed) + "\n\n" + result.Yaml);
    }

    [TestCase("zh")]
    [TestCase("en")]
    [TestCase("ar")]
    public void A_closing_typed_straight_after_the_last_position_is_found_by_its_lead_in_and_the_report_asks_for_a_look(string language)
    {
        var (original, imported, result) = ImportTyped(language);

        Assert.That(imported.Closing!.Source, Is.EqualTo(original.Closing!.Source), result.Yaml);
        Assert.That(MarkdownBlockSplitter.Split(imported.Positions[^1].Body.Source).Select(b => b.Text)
            .Intersect(MarkdownBlockSplitter.Split(original.Closing.Source).Select(b => b.Text)), Is.Empty, "no closing text left in the position");
        Assert.That(result.Report.NeedsALook, Has.Some.StartsWith($"closing: taken from the end of position {original.Positions.Count} ("));
    }

    [TestCase("en", "Conclusion:")]
    [TestCase("zh", "结语：")]
    [TestCase("ar", "الخاتمة")]
    [TestCase("en", "Closing remarks")]
    public void A_closing_under_a_typed_heading_is_the_closing_without_the_heading(string language, string heading)
    {
        var (original, imported, result) = ImportTyped(language, heading);

        Assert.That(imported.Closing!.Source, Is.EqualTo(original.Closing!.Source));
        Assert.That(MarkdownBlockSplitter.Split(imported.Positions[^1].Body.Source).Select(b => b.Text)
            .Intersect(MarkdownBlockSplitter.Split(original.Closing.Source).Select(b => b.Text)), Is.Empty, "no closing text left in the position");
        Assert.That(result.Report.Found, Has.Member($"closing: under the heading \"{heading}\""));
        Assert.That(result.Report.NeedsALook, Has.None.StartsWith("closing: "));
        Assert.That(imported.Sections, Is.Empty, "the heading is not an extra section");
    }

    [Test]
    public void A_numbered_bold_agenda_item_worded_like_a_closing_heading_stays_an_agenda_item()
    {
        static WordParagraph Bold(string text) => new("Normal", "Normal", null, null, [], [[new WordSpan(text, true, false, false, null, null)]], false);
        WordBlock[] blocks = [Bold("Agenda"), Bold("1. Opening"), Bold("2. Closing remarks"), Bold("Conclusion"), new WordParagraph("Normal", "Normal", null, null, [], [[new WordSpan("We agree.", false, false, false, null, null)]], false)];

        var (draft, _) = BriefingRecognizer.Recognize(blocks, "en", null);

        Assert.That(draft.Agenda.Select(a => a.Title), Is.EqualTo(new[] { "Opening", "Closing remarks" }));
        Assert.That(draft.Closing, Is.EqualTo("We agree.\n"), "the unnumbered heading after the agenda starts the closing");
    }
}
