using System.Text.Json;
using Briefc;
using BriefingCompiler.Building;
using BriefingCompiler.Tests.Cli;

namespace BriefingCompiler.Tests.Word;

/// <summary><c>briefc build --format docx</c> and <c>formats: [docx]</c>: written like the other outputs, incremental, cleaned up.</summary>
public class WordBuildTests
{
    private string _project = null!;

    [SetUp]
    public void CreateProject()
    {
        _project = Directory.CreateTempSubdirectory("briefc-docx-").FullName;
        Directory.CreateDirectory(Path.Combine(_project, "briefings"));
        foreach (var language in new[] { "zh", "ar" })
            SampleBriefings.CopyTo(Path.Combine(_project, "briefings"), language);
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\nformats: [html, docx]\n");
    }

    [TearDown]
    public void DeleteProject() => Directory.Delete(_project, recursive: true);

    private string Source(string language) => Path.Combine(_project, "briefings", $"icann81-gac-alac.{language}.yaml");

    private string Output(string name) => Path.Combine(_project, "out", name);

    private static IEnumerable<string> Statuses(CliRun run) =>
        JsonDocument.Parse(run.Output).RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("status").GetString()!);

    [Test]
    public void Formats_in_briefc_yaml_write_a_docx_beside_the_html_recorded_in_the_manifest()
    {
        var run = CliRun.In(_project, "build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(run.Output, Does.Contain("Wrote out/icann81-gac-alac.zh.docx\n"));
        Assert.That(Directory.GetFiles(Path.Combine(_project, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(new[]
        {
            BuildManifest.FileName, ManifestLock.FileName,
            "icann81-gac-alac.ar.docx", "icann81-gac-alac.ar.html", "icann81-gac-alac.zh.docx", "icann81-gac-alac.zh.html",
            // The Chinese sample has two audience editions; the members' is named after its audience.
            "icann81-gac-alac.zh.members.docx", "icann81-gac-alac.zh.members.html",
        }));
        var manifest = BuildManifest.Read(Path.Combine(_project, "out"));
        Assert.That(manifest.Entries["icann81-gac-alac.zh"].Outputs.Keys, Does.Contain("icann81-gac-alac.zh.docx"));
        using var document = WordDocumentTests.Open(File.ReadAllBytes(Output("icann81-gac-alac.zh.docx")));
        Assert.That(document.MainDocumentPart!.Document!.Body!.InnerText, Does.Contain("会议目标"));
    }

    [Test]
    public void A_docx_is_up_to_date_until_it_is_changed_on_disk_and_two_builds_give_the_same_bytes()
    {
        Assert.That(Statuses(CliRun.In(_project, "build", "--json")), Is.All.EqualTo("built"));
        var first = File.ReadAllBytes(Output("icann81-gac-alac.ar.docx"));
        Assert.That(Statuses(CliRun.In(_project, "build", "--json")), Is.All.EqualTo("up-to-date"));

        File.AppendAllText(Output("icann81-gac-alac.ar.docx"), "edited");
        Assert.That(Statuses(CliRun.In(_project, "build", "--json")), Is.EqualTo(new[] { "built", "up-to-date" }));
        Assert.That(File.ReadAllBytes(Output("icann81-gac-alac.ar.docx")), Is.EqualTo(first));

        var forced = CliRun.In(_project, "build", "--force");
        Assert.That(forced.ExitCode, Is.EqualTo(ExitCodes.Success), forced.Error);
        Assert.That(File.ReadAllBytes(Output("icann81-gac-alac.ar.docx")), Is.EqualTo(first));
    }

    [Test]
    public void The_docx_of_a_deleted_briefing_is_removed_with_its_other_outputs()
    {
        Assert.That(CliRun.In(_project, "build").ExitCode, Is.EqualTo(ExitCodes.Success));

        File.Delete(Source("ar"));
        var run = CliRun.In(_project, "build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(run.Output, Does.Contain("Removed out/icann81-gac-alac.ar.docx (icann81-gac-alac.ar.yaml no longer exists)\n"));
        Assert.That(File.Exists(Output("icann81-gac-alac.ar.docx")), Is.False);
        Assert.That(File.Exists(Output("icann81-gac-alac.zh.docx")), Is.True);
    }

    [Test]
    public void Format_option_takes_docx_and_names_it_when_a_format_is_unknown()
    {
        var run = CliRun.In(_project, "build", "--format", "docx", "--out", "word");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(Directory.GetFiles(Path.Combine(_project, "word"), "*.docx"), Has.Length.EqualTo(3), "ar, and zh in its two editions");
        Assert.That(Directory.GetFiles(Path.Combine(_project, "word"), "*.html"), Is.Empty);

        var wrong = CliRun.In(_project, "build", "--format", "doc");
        Assert.That(wrong.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(wrong.Error, Does.Contain("Unknown output format 'doc'; use html, pdf, png or docx"));
    }

    [Test]
    public void A_briefing_with_errors_writes_no_docx()
    {
        File.WriteAllText(Source("zh"), File.ReadAllText(Source("zh")).Replace("briefc: 1", "briefc: 1\nunknown_field: 1", StringComparison.Ordinal));

        var run = CliRun.In(_project, "build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(File.Exists(Output("icann81-gac-alac.zh.docx")), Is.False);
        Assert.That(File.Exists(Output("icann81-gac-alac.ar.docx")), Is.True);
    }
}
