using Briefc;
using BriefingCompiler.Diffing;
using BriefingCompiler.Importing;
using BriefingCompiler.Model;
using BriefingCompiler.Tests.Cli;
using BriefingCompiler.Word;

namespace BriefingCompiler.Tests.Word;

/// <summary>YAML → DOCX → <c>briefc import</c> → the same briefing: <c>briefc diff</c> finds no content change.</summary>
public class WordRoundTripTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("briefc-roundtrip-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private static Briefing Reimport(string sourcePath, out WordImportResult result)
    {
        var original = BriefingLoader.Load(sourcePath).Briefing!;
        result = WordImporter.Import(WordDocumentWriter.Write(original), "sample.docx", "draft.yaml", language: null);
        Assert.That(result.PassesCheck, Is.True, result.Yaml + "\n" + string.Join("\n", result.Diagnostics));
        return BriefingLoader.Load("draft.yaml", System.Text.Encoding.UTF8.GetBytes(result.Yaml)).Briefing!;
    }

    [TestCase("zh")]
    [TestCase("en")]
    [TestCase("ar")]
    public void Samples_come_back_with_no_content_change(string language)
    {
        var original = BriefingLoader.Load(WordDocumentTests.Sample(language)).Briefing!;

        var imported = Reimport(WordDocumentTests.Sample(language), out var result);

        var diff = BriefingDiffer.Compare(original, imported);
        Assert.That(diff.Changes.Select(c => $"{c.Kind} {c.Path}"), Is.Empty, result.Yaml);
        Assert.That(result.Report.NeedsALook, Is.Empty);
        Assert.That(result.Draft.Unplaced, Is.Empty);
    }

    [Test]
    public void Every_field_of_format_1_comes_back_labels_marking_draft_status_and_meeting_dates_included()
    {
        var original = BriefingLoader.Load(TestPaths.Fixture("full.en.yaml")).Briefing!;

        var imported = Reimport(TestPaths.Fixture("full.en.yaml"), out var result);

        Assert.That(BriefingDiffer.Compare(original, imported).Changes.Select(c => $"{c.Kind} {c.Path}"), Is.Empty, result.Yaml);
        Assert.That(imported.Meeting.Start, Is.EqualTo(new DateOnly(2024, 11, 9)));
        Assert.That(imported.DocumentControl.Versions.Select(v => v.Version), Is.EqualTo(new[] { "1.9", "1.10" }), "versions verbatim");
    }

    [Test]
    public void Markdown_comes_back_as_the_same_blocks_except_a_refused_link_which_Word_never_had()
    {
        var original = BriefingLoader.Load(TestPaths.Fixture("markdown.en.yaml")).Briefing!;

        var imported = Reimport(TestPaths.Fixture("markdown.en.yaml"), out var result);

        var changes = BriefingDiffer.Compare(original, imported).Changes;
        Assert.That(changes.Select(c => c.Path), Is.EqualTo(new[] { "background" }), result.Yaml);
        Assert.That(changes[0].Text.Where(b => b.Kind != BlockDiffKind.Unchanged).Select(b => b.NewText),
            Is.EqualTo(new[] { "Last paragraph with a refused link." }));
    }

    [Test]
    public void Import_command_writes_the_draft_and_briefc_diff_shows_no_change()
    {
        var docx = Path.Combine(_folder, "briefing.docx");
        File.WriteAllBytes(docx, WordDocumentWriter.Write(BriefingLoader.Load(WordDocumentTests.Sample("zh")).Briefing!));
        var draft = Path.Combine(_folder, "briefing.zh.yaml");
        SampleBriefings.CopyImagesOf("zh", _folder); // the draft shows the sample's figure, as the sample does

        var run = CliRun.Of("import", docx, "-o", draft);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(run.Output, Does.StartWith($"Wrote {draft}\nImported {docx}:\n"));
        Assert.That(run.Output, Does.Contain("  found   agenda: 5 item(s), 1 tentative\n"));
        Assert.That(run.Output, Does.Contain("  found   labels.positions: \"现状与展望\""));
        Assert.That(run.Output, Does.EndWith("The draft passes briefc check.\n"));
        var diff = CliRun.Of("diff", WordDocumentTests.Sample("zh"), draft);
        Assert.That(diff.ExitCode, Is.EqualTo(ExitCodes.Success), diff.Output + diff.Error);

        var again = CliRun.Of("import", docx, "-o", draft);
        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(again.Error, Does.Contain("already exists; import does not overwrite files unless --force is given"));
        Assert.That(CliRun.Of("import", docx, "-o", draft, "--force").ExitCode, Is.EqualTo(ExitCodes.Success));
    }

    [Test]
    public void Without_output_the_draft_goes_to_standard_output_and_the_report_to_standard_error()
    {
        var docx = Path.Combine(_folder, "briefing.docx");
        File.WriteAllBytes(docx, WordDocumentWriter.Write(BriefingLoader.Load(WordDocumentTests.Sample("ar")).Briefing!));

        var run = CliRun.Of("import", docx);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(run.Output, Does.Contain("\nlanguage: ar\n"));
        Assert.That(run.Output, Does.Not.Contain("Imported"));
        Assert.That(run.Error, Does.Contain("Imported " + docx));
    }

    [Test]
    public void A_draft_that_does_not_pass_check_is_written_with_the_reasons_and_exit_1()
    {
        // A Word document with nothing but a title: the draft lacks the objective, agenda and document control.
        var docx = Path.Combine(_folder, "bare.docx");
        File.WriteAllBytes(docx, HostileDocx.Package(("word/document.xml", HostileDocx.Document("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Lonely title</w:t></w:r></w:p>"))));
        var draft = Path.Combine(_folder, "bare.en.yaml");

        var run = CliRun.Of("import", docx, "-o", draft, "--language", "en");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed), run.Error);
        Assert.That(File.ReadAllText(draft), Does.Contain("title: Lonely title"));
        Assert.That(run.Output, Does.Contain("look at agenda: no agenda items found"));
        Assert.That(run.Output, Does.Contain("The draft does not pass briefc check yet"));
        Assert.That(run.Output, Does.Contain(": error BRF"));
    }
}
