using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Briefc;
using BriefingCompiler.Editions;
using BriefingCompiler.Model;
using BriefingCompiler.Tests.Cli;
using UglyToad.PdfPig;

namespace BriefingCompiler.Tests.Editions;

/// <summary>
/// Audience editions from one source: the members' edition has everything, the public one nothing restricted —
/// checked in the model, and in every byte of every output a build writes (canary strings in each restricted field).
/// </summary>
public partial class EditionTests
{
    private const string Canary = "RESTRICTED-CANARY";
    private static readonly string[] Canaries = [.. Enumerable.Range(1, 18).Select(n => $"{Canary}-{n:00}")];

    private string _project = null!;

    [SetUp]
    public void CreateProject()
    {
        _project = Directory.CreateTempSubdirectory("briefc-editions-").FullName;
        Directory.CreateDirectory(Path.Combine(_project, "briefings"));
        File.Copy(TestPaths.Fixture("editions.en.yaml"), Path.Combine(_project, "briefings", "editions.en.yaml"));
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\n");
    }

    [TearDown]
    public void DeleteProject() => Directory.Delete(_project, recursive: true);

    private static Briefing Source()
    {
        var loaded = BriefingLoader.LoadFile(TestPaths.Fixture("editions.en.yaml"), "editions.en.yaml");
        Assert.That(loaded.Diagnostics, Is.Empty);
        return loaded.Briefing!;
    }

    private static Briefing EditionOf(string name)
    {
        var source = Source();
        return EditionFilter.Apply(source, source.DocumentControl.Audiences.Single(a => a.Name == name));
    }

    [Test]
    public void The_public_edition_model_keeps_only_what_is_for_everyone_with_its_own_agenda_numbers()
    {
        var edition = EditionOf("public");

        Assert.That(edition.Edition, Is.EqualTo("public"));
        Assert.That(edition.Agenda.Select(a => a.Title), Is.EqualTo(new[] { "Opening remarks", "DNS abuse", "Any other business" }));
        Assert.That(edition.Agenda[1].Note, Is.Null, "a note restricted to members goes, its item stays");
        Assert.That(edition.Agenda[2].Note, Is.EqualTo("A public note."));
        Assert.That(edition.Positions, Has.Count.EqualTo(1));
        Assert.That(edition.Positions[0].Agenda, Is.EqualTo(2), "DNS abuse was item 3; in the public edition it is item 2");
        Assert.That(edition.Sections.Select(s => s.Title), Is.EqualTo(new[] { "Logistics" }));
        Assert.That(edition.References.Select(r => r.Title), Is.EqualTo(new[] { "Public communiqué" }));
        Assert.That(edition.DocumentControl.Audience, Is.EqualTo("The public"));
        Assert.That(edition.DocumentControl.Title, Is.EqualTo("Editions test briefing"));
        Assert.That(edition.DocumentControl.Marking, Is.Null);
        Assert.That(edition.DocumentControl.Audiences.Select(a => a.Name), Is.EqualTo(new[] { "public" }));
        var texts = new[] { edition.Objective.Source, edition.Background!.Source, edition.AgendaIntro!.Source, edition.Closing!.Source,
            edition.Positions[0].Body.Source, edition.Sections[0].Body.Source };
        Assert.That(texts, Has.None.Contains(Canary));
        Assert.That(texts, Has.None.Contains(":::"));
        Assert.That(edition.Objective.Source.Trim(), Is.EqualTo("Agree the committee's line on DNS abuse."));
    }

    [Test]
    public void The_members_edition_has_everything_without_the_block_markers()
    {
        var edition = EditionOf("members");

        Assert.That(edition.Agenda, Has.Count.EqualTo(4));
        Assert.That(edition.Agenda[2].Note, Does.Contain("CANARY-06"));
        Assert.That(edition.Positions.Select(p => p.Agenda), Is.EqualTo(new int?[] { 3, 2 }));
        Assert.That(edition.Objective.Source, Does.Contain("CANARY-01").And.Not.Contains(":::"));
        Assert.That(edition.DocumentControl.Title, Does.Contain("CANARY-18"));
        Assert.That(edition.DocumentControl.Marking, Does.Contain("CANARY-17"));
        Assert.That(edition.DocumentControl.Audiences.Select(a => a.Name), Is.EqualTo(new[] { "members", "public" }));
    }

    [Test]
    public void Audience_blocks_are_plain_text_in_a_document_without_audiences()
    {
        const string text = "Before.\n::: note\nInside.\n:::\nAfter.";
        Assert.That(AudienceBlocks.Filter(text, _ => false), Is.EqualTo("Before.\nAfter."), "the filter itself removes what an edition may not see");
        Assert.That(AudienceBlocks.Filter(text, _ => true), Is.EqualTo("Before.\n\nInside.\n\nAfter."), "a block it sees stays a block of its own");

        var path = Path.Combine(_project, "briefings", "plain.en.yaml");
        File.WriteAllText(path, ValidSource.Head + "objective: |\n  Before.\n  ::: note\n  Inside.\n  :::\n");
        var loaded = BriefingLoader.LoadFile(path, "plain.en.yaml");
        Assert.That(loaded.Diagnostics, Is.Empty);
        Assert.That(loaded.Briefing!.Objective.Source, Does.Contain("::: note\nInside."), "format 1 text keeps its meaning");
    }

    [Test]
    public void Nothing_restricted_reaches_any_byte_of_the_public_outputs_and_the_members_outputs_have_it_all()
    {
        var run = CliRun.In(_project, "build", "--format", "html,pdf,png", "--json");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output + run.Error);

        var outFolder = Path.Combine(_project, "out");
        var files = Directory.GetFiles(outFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var publicFiles = files.Where(f => f!.StartsWith("editions.en.", StringComparison.Ordinal) && !f.StartsWith("editions.en.members.", StringComparison.Ordinal)).ToList();
        var membersFiles = files.Where(f => f!.StartsWith("editions.en.members.", StringComparison.Ordinal)).ToList();
        Assert.That(publicFiles, Does.Contain("editions.en.html").And.Contain("editions.en.pdf").And.Contain("editions.en.page-1.png"));
        Assert.That(membersFiles, Does.Contain("editions.en.members.html").And.Contain("editions.en.members.pdf").And.Contain("editions.en.members.page-1.png"));

        foreach (var file in publicFiles.Append(".briefc-manifest.json"))
            Assert.That(Leaks(File.ReadAllBytes(Path.Combine(outFolder, file!))), Is.Empty, file);
        Assert.That(PdfText(Path.Combine(outFolder, "editions.en.pdf")), Does.Not.Contain(Canary));

        // The test can fail: each canary is found in the members' HTML, and the PDF reader finds them in its PDF.
        var membersHtml = File.ReadAllText(Path.Combine(outFolder, "editions.en.members.html"));
        Assert.That(Canaries.Where(c => !membersHtml.Contains(c, StringComparison.Ordinal)), Is.Empty);
        Assert.That(Leaks(File.ReadAllBytes(Path.Combine(outFolder, "editions.en.members.pdf"))), Is.Not.Empty);
        Assert.That(PdfText(Path.Combine(outFolder, "editions.en.members.pdf")), Does.Contain("CANARY-09"));
    }

    [Test]
    public void A_public_build_writes_only_the_public_edition_and_its_report_and_manifest_carry_nothing_restricted()
    {
        var run = CliRun.In(_project, "build", "--audience", "public", "--format", "html,pdf", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output + run.Error);
        Assert.That(Directory.GetFiles(Path.Combine(_project, "out")).Select(Path.GetFileName).Where(f => !f!.StartsWith('.')),
            Is.EquivalentTo(new[] { "editions.en.html", "editions.en.pdf" }));
        Assert.That(run.Output + run.Error, Does.Not.Contain(Canary));
        Assert.That(Leaks(File.ReadAllBytes(Path.Combine(_project, "out", ".briefc-manifest.json"))), Is.Empty);

        var members = CliRun.In(_project, "build", "--audience", "members", "--format", "html");
        Assert.That(members.ExitCode, Is.EqualTo(ExitCodes.Success), members.Output + members.Error);
        Assert.That(File.Exists(Path.Combine(_project, "out", "editions.en.members.html")), Is.True);
    }

    [Test]
    public void Editions_in_briefc_yaml_choose_what_build_makes_and_the_command_line_overrides_them()
    {
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\nformats: [html]\neditions: [public]\n");

        var configured = CliRun.In(_project, "build");
        Assert.That(configured.ExitCode, Is.EqualTo(ExitCodes.Success), configured.Output + configured.Error);
        Assert.That(File.Exists(Path.Combine(_project, "out", "editions.en.html")), Is.True);
        Assert.That(File.Exists(Path.Combine(_project, "out", "editions.en.members.html")), Is.False);

        var overridden = CliRun.In(_project, "build", "--audience", "members");
        Assert.That(overridden.ExitCode, Is.EqualTo(ExitCodes.Success), overridden.Output + overridden.Error);
        Assert.That(overridden.Output, Does.Contain("Built 1"), "another choice of editions is another build, not up to date");
        Assert.That(File.Exists(Path.Combine(_project, "out", "editions.en.members.html")), Is.True);
    }

    [Test]
    public void An_audience_the_briefing_does_not_have_is_an_error_that_names_the_ones_it_has()
    {
        var run = CliRun.In(_project, "build", "--audience", "press", "--format", "html");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(run.Output + run.Error, Does.Contain("BRF3302").And.Contain("`press`").And.Contain("members, public"));
        Assert.That(Directory.Exists(Path.Combine(_project, "out")) ? Directory.GetFiles(Path.Combine(_project, "out"), "*.html") : [], Is.Empty);
    }

    [Test]
    public void The_Chinese_sample_has_a_members_edition_with_its_negotiating_note_and_marking_and_a_public_one_without()
    {
        var sample = Path.Combine(TestPaths.RepositoryRoot, "briefings", "icann81-gac-alac.zh.yaml");
        var run = CliRun.Of("build", sample, "--out", Path.Combine(_project, "out"), "--format", "html");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output + run.Error);

        var members = File.ReadAllText(Path.Combine(_project, "out", "icann81-gac-alac.zh.members.html"));
        var everyone = File.ReadAllText(Path.Combine(_project, "out", "icann81-gac-alac.zh.html"));
        Assert.That(members, Does.Contain("谈判说明（仅限成员）").And.Contain("仅限 GAC 成员").And.Contain("发布对象：GAC 成员（会前）"));
        Assert.That(everyone, Does.Not.Contain("谈判说明").And.Not.Contain("仅限 GAC 成员").And.Not.Contain("GAC 成员（会前）"));
        Assert.That(everyone, Does.Contain("发布对象：公众（会后）"));
    }

    [Test]
    public void Diff_editions_shows_what_only_the_inner_circle_sees()
    {
        var run = CliRun.In(_project, "diff", "--editions", "briefings/editions.en.yaml", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Error);
        Assert.That(run.Output, Does.Contain("(public)").And.Contain("(members)"));
        Assert.That(Canaries.Where(c => !run.Output.Contains(c, StringComparison.Ordinal)), Is.Empty, "every restricted text is shown as added");
    }

    [Test]
    public void Diff_of_the_public_editions_of_two_versions_sees_no_change_made_only_for_members()
    {
        var v1 = Path.Combine(_project, "briefings", "editions.en.yaml");
        var v2 = Path.Combine(_project, "v2.en.yaml");
        File.WriteAllText(v2, File.ReadAllText(v1).Replace("never agree to drop", "try not to drop", StringComparison.Ordinal)
            .Replace("side meeting in room 7", "side meeting in room 9", StringComparison.Ordinal));

        var whole = CliRun.In(_project, "diff", v1, v2);
        var publicOnly = CliRun.In(_project, "diff", "--audience", "public", v1, v2);
        var members = CliRun.In(_project, "diff", "--audience", "members", v1, v2);

        Assert.That(whole.ExitCode, Is.EqualTo(1), whole.Output + whole.Error);
        Assert.That(publicOnly.ExitCode, Is.EqualTo(0), publicOnly.Output + publicOnly.Error);
        Assert.That(publicOnly.Output, Does.Not.Contain(Canary));
        Assert.That(members.ExitCode, Is.EqualTo(1));
        Assert.That(members.Output, Does.Contain("CANARY-13").And.Contain("{+9+}"));
    }

    /// <summary>Canary strings in a file's bytes: as UTF-8 and UTF-16 (PDF strings), and inside every Flate stream inflated.</summary>
    private static List<string> Leaks(byte[] bytes)
    {
        var texts = new List<string> { Encoding.UTF8.GetString(bytes), Encoding.BigEndianUnicode.GetString(bytes), Encoding.Unicode.GetString(bytes) };
        var latin = Encoding.Latin1.GetString(bytes);
        foreach (Match stream in StreamData().Matches(latin))
        {
            try
            {
                using var inflater = new ZLibStream(new MemoryStream(Encoding.Latin1.GetBytes(stream.Groups[1].Value)), CompressionMode.Decompress);
                using var inflated = new MemoryStream();
                inflater.CopyTo(inflated);
                texts.Add(Encoding.UTF8.GetString(inflated.ToArray()));
                texts.Add(Encoding.BigEndianUnicode.GetString(inflated.ToArray()));
            }
            catch (InvalidDataException)
            {
                // Not Flate (an image, a font program): its raw bytes were searched above.
            }
        }

        return [.. texts.SelectMany(t => CanaryFound().Matches(t).Select(m => m.Value)).Distinct()];
    }

    private static string PdfText(string path)
    {
        using var document = PdfDocument.Open(path);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    [GeneratedRegex(@"stream\r?\n(.*?)\r?\nendstream", RegexOptions.Singleline)]
    private static partial Regex StreamData();

    [GeneratedRegex("RESTRICTED-CANARY-[0-9]+")]
    private static partial Regex CanaryFound();
}
