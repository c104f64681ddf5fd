using BriefingCompiler.Diffing;
using BriefingCompiler.Importing;

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

    [TestCase("zh")]
    [TestCase("en")]
    public void At_least_95_percent_of_the_text_lands_in_the_right_field_and_an_unmarked_closing_stays_in_the_last_position(string language)
    {
        var original = BriefingLoader.Load(WordDocumentTests.Sample(language)).Briefing!;

        var result = WordImporter.Import(SecretariatDocx.Write(original), "typed.docx", "draft.yaml", language);

        Assert.That(result.PassesCheck, Is.True, result.Yaml + string.Join("\n", result.Diagnostics));
        var imported = BriefingLoader.Load("draft.yaml", System.Text.Encoding.UTF8.GetBytes(result.Yaml)).Briefing!;
        // Nothing tells a closing typed after the last position from that position's text: it is measured apart.
        var want = Blocks(BriefingProjection.Project(original), "").Where(b => b.Path != ".closing").ToList();
        var got = Blocks(BriefingProjection.Project(imported), "").ToHashSet();
        var total = want.Sum(b => b.Text.Length);
        var recovered = want.Where(got.Contains).Sum(b => b.Text.Length);
        var missed = want.Where(b => !got.Contains(b)).Select(b => b.Path + ": " + b.Text);
        TestContext.Out.WriteLine($"{language}: {recovered} of {total} characters in the right field ({100.0 * recovered / total:F1} %)");
        Assert.That((double)recovered / total, Is.GreaterThanOrEqualTo(0.95), string.Join("\n", missed) + "\n\n" + result.Yaml);

        var lastBody = Blocks(BriefingProjection.Project(imported), "").Where(b => b.Path == $".positions[{original.Positions.Count}].body").Select(b => b.Text).ToList();
        Assert.That(Blocks(BriefingProjection.Project(original), "").Where(b => b.Path == ".closing").Select(b => b.Text), Is.SubsetOf(lastBody), "the closing is kept, in the last position");
        Assert.That(result.Report.NeedsALook, Has.Some.StartsWith("closing: "));
    }
}
