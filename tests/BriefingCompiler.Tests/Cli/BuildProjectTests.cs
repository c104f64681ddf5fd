using System.Text.Json;
using Briefc;
using BriefingCompiler.Building;

namespace BriefingCompiler.Tests.Cli;

/// <summary>
/// <c>briefc build</c> as CI runs it: in a repository with briefc.yaml, no arguments, run again and again.
/// Each test works in its own temporary project; briefc runs in-process with that folder as its working directory.
/// </summary>
public class BuildProjectTests
{
    private string _project = null!;

    [SetUp]
    public void CreateProject()
    {
        _project = Directory.CreateTempSubdirectory("briefc-project-").FullName;
        Directory.CreateDirectory(Path.Combine(_project, "briefings"));
        foreach (var language in new[] { "zh", "en" })
            SampleBriefings.CopyTo(Path.Combine(_project, "briefings"), language);

        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\nformats: [html]\n");
    }

    [TearDown]
    public void DeleteProject() => Directory.Delete(_project, recursive: true);

    private string Source(string language, string name = "icann81-gac-alac") => Path.Combine(_project, "briefings", $"{name}.{language}.yaml");

    /// <summary>The line of the agenda's first item in the project's copy of a sample (where BRF3101 points).</summary>
    private int AgendaLine(string language) => File.ReadAllLines(Source(language)).ToList().FindIndex(l => l == "agenda:") + 2;

    private string Output(string name) => Path.Combine(_project, "out", name);

    private static JsonElement Json(CliRun run) => JsonDocument.Parse(run.Output).RootElement;

    private static Dictionary<string, string> Statuses(CliRun run) =>
        Json(run).GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!.Replace('\\', '/'), f => f.GetProperty("status").GetString()!);

    [Test]
    public void Timings_option_prints_every_stage_after_the_summary_on_standard_error_and_is_silent_without_it()
    {
        var timed = CliRun.In(_project, "build", "--format", "html,pdf", "--timings");

        Assert.That(timed.ExitCode, Is.EqualTo(ExitCodes.Success), timed.Error);
        Assert.That(timed.Output, Does.Contain("Built 2,"));
        var stages = new[] { "load + validate", "template", "styling", "text/fonts", "layout", "PDF writing", "write outputs", "wall time" };
        var lines = timed.Error.Split('\n').Select(l => l.Trim()).ToList();
        var header = lines.FindIndex(l => l.StartsWith("Timings per stage", StringComparison.Ordinal));
        Assert.That(header, Is.GreaterThanOrEqualTo(0), timed.Error);
        Assert.That(lines.Skip(header + 1).Where(l => l.Length > 0).Select(l => l.EndsWith(" ms", StringComparison.Ordinal)), Is.All.True, timed.Error);
        foreach (var stage in stages)
            Assert.That(lines.Skip(header + 1).Any(l => l.StartsWith(stage + " ", StringComparison.Ordinal)), Is.True, $"{stage} in:\n{timed.Error}");

        var untimed = CliRun.In(_project, "build", "--format", "html,pdf", "--force");
        Assert.That(untimed.ExitCode, Is.EqualTo(ExitCodes.Success), untimed.Error);
        Assert.That(untimed.Error, Does.Not.Contain("Timings"));
    }

    [Test]
    public void With_no_arguments_build_finds_briefc_yaml_above_the_working_directory_and_builds_its_sources()
    {
        var run = CliRun.In(Path.Combine(_project, "briefings"), "build", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        var report = Json(run);
        var files = report.GetProperty("files").EnumerateArray().ToList();
        Assert.That(files.Select(f => f.GetProperty("path").GetString()), Is.EqualTo(new[] { "icann81-gac-alac.en.yaml", "icann81-gac-alac.zh.yaml" }),
            "paths relative to the working directory, in source order");
        Assert.That(files.Select(f => f.GetProperty("status").GetString()), Is.All.EqualTo("built"));
        Assert.That(files[0].GetProperty("outputs").EnumerateArray().Select(o => o.GetString()!.Replace('\\', '/')),
            Is.EqualTo(new[] { "../out/icann81-gac-alac.en.html" }));
        Assert.That(report.GetProperty("built").GetInt32(), Is.EqualTo(2));
        Assert.That(File.Exists(Output("icann81-gac-alac.zh.html")), Is.True, "output folder relative to briefc.yaml");
        Assert.That(File.Exists(Output(BuildManifest.FileName)), Is.True);
    }

    [Test]
    public void Command_line_options_override_briefc_yaml()
    {
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\noutput: site\nformats: [html]\n");

        var run = CliRun.In(_project, "build", "--out", "elsewhere", Path.Combine("briefings", "icann81-gac-alac.en.yaml"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(Directory.GetFiles(Path.Combine(_project, "elsewhere")).Select(Path.GetFileName).Order(),
            Is.EqualTo(new[] { BuildManifest.FileName, ManifestLock.FileName, "icann81-gac-alac.en.html" }));
        Assert.That(Directory.Exists(Path.Combine(_project, "site")), Is.False);
    }

    [Test]
    public void A_broken_source_fails_alone_exits_1_and_keeps_its_previous_outputs()
    {
        Assert.That(CliRun.In(_project, "build").ExitCode, Is.EqualTo(ExitCodes.Success));
        var before = File.ReadAllBytes(Output("icann81-gac-alac.zh.html"));
        File.WriteAllText(Source("zh"), File.ReadAllText(Source("zh")).Replace("language: zh", "language: zh\nlangauge: en"));
        File.AppendAllText(Source("en"), "# changed\n");

        var run = CliRun.In(_project, "build", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(Statuses(run), Is.EqualTo(new Dictionary<string, string>
        {
            ["briefings/icann81-gac-alac.en.yaml"] = "built",
            ["briefings/icann81-gac-alac.zh.yaml"] = "failed",
        }));
        var failed = Json(run).GetProperty("files")[1];
        Assert.That(failed.GetProperty("outputs").GetArrayLength(), Is.Zero);
        Assert.That(failed.GetProperty("diagnostics")[0].GetProperty("code").GetString(), Is.EqualTo("BRF2002"));
        Assert.That(File.ReadAllBytes(Output("icann81-gac-alac.zh.html")), Is.EqualTo(before), "previous output untouched");

        // Fixed again, it is built again: a failure never counts as up to date.
        SampleBriefings.CopyTo(Path.Combine(_project, "briefings"), "zh");
        Assert.That(Statuses(CliRun.In(_project, "build", "--json"))["briefings/icann81-gac-alac.zh.yaml"], Is.EqualTo("up-to-date"),
            "back to the bytes its outputs were built from");
    }

    [Test]
    public void Only_what_changed_is_rebuilt_and_force_rebuilds_everything()
    {
        Assert.That(Statuses(CliRun.In(_project, "build", "--json")).Values, Is.All.EqualTo("built"));
        Assert.That(Statuses(CliRun.In(_project, "build", "--json")).Values, Is.All.EqualTo("up-to-date"));

        File.AppendAllText(Source("en"), "# a comment changes the bytes\n");
        Assert.That(Statuses(CliRun.In(_project, "build", "--json")), Is.EqualTo(new Dictionary<string, string>
        {
            ["briefings/icann81-gac-alac.en.yaml"] = "built",
            ["briefings/icann81-gac-alac.zh.yaml"] = "up-to-date",
        }));

        File.Delete(Output("icann81-gac-alac.zh.html"));
        File.AppendAllText(Output("icann81-gac-alac.en.html"), "<!-- edited by hand -->");
        Assert.That(Statuses(CliRun.In(_project, "build", "--json")).Values, Is.All.EqualTo("built"), "outputs missing or changed on disk");

        var text = CliRun.In(_project, "build", "--force");
        Assert.That(text.Output, Does.Contain("Built 2, up to date 0, failed 0 ("));
        var upToDate = CliRun.In(_project, "build");
        Assert.That(upToDate.Output, Does.Contain("Built 0, up to date 2, failed 0 ("));
        Assert.That(upToDate.Output, Does.Not.Contain("Wrote"));
    }

    [Test]
    public void The_outputs_of_a_deleted_or_renamed_briefing_are_removed_unless_changed_by_hand()
    {
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\nformats: [html, pdf]\n");
        SampleBriefings.CopyTo(Path.Combine(_project, "briefings"), "en", "budget.en.yaml");
        Assert.That(CliRun.In(_project, "build").ExitCode, Is.EqualTo(ExitCodes.Success));

        File.Move(Source("en"), Source("en", "renamed"));
        File.Delete(Source("en", "budget"));
        File.AppendAllText(Output("budget.en.html"), "<!-- kept: edited by hand -->");
        var run = CliRun.In(_project, "build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(run.Output, Does.Contain("Wrote out/renamed.en.pdf\n"));
        Assert.That(run.Output, Does.Contain("Removed out/budget.en.pdf (budget.en.yaml no longer exists)\n"
                                             + "Removed out/icann81-gac-alac.en.html (icann81-gac-alac.en.yaml no longer exists)\n"
                                             + "Removed out/icann81-gac-alac.en.pdf (icann81-gac-alac.en.yaml no longer exists)\n"));
        Assert.That(Directory.GetFiles(Path.Combine(_project, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(new[]
        {
            BuildManifest.FileName, ManifestLock.FileName, "budget.en.html",
            "icann81-gac-alac.zh.html", "icann81-gac-alac.zh.members.html", "icann81-gac-alac.zh.members.pdf", "icann81-gac-alac.zh.pdf", "renamed.en.html", "renamed.en.pdf",
        }));
        var manifest = BuildManifest.Read(Path.Combine(_project, "out"));
        Assert.That(manifest.Entries.Keys.Order(StringComparer.Ordinal), Is.EqualTo(new[] { "icann81-gac-alac.zh", "renamed.en" }));

        var again = CliRun.In(_project, "build", "--json");
        Assert.That(Json(again).GetProperty("removed").GetArrayLength(), Is.Zero, "removed once, then forgotten");
    }

    [Test]
    public void A_briefc_built_from_other_sources_rebuilds_what_an_older_one_built()
    {
        // The version number stays 0.1.0 across fixes; what briefc was built from is what must differ.
        CliContext Old(CliContext c) => c with { ToolIdentity = ToolIdentity.Describe("0.1.0", "aaaa") };
        CliContext Fixed(CliContext c) => c with { ToolIdentity = ToolIdentity.Describe("0.1.0", "bbbb") };

        Assert.That(Statuses(CliRun.In(_project, Old, "build", "--json")).Values, Is.All.EqualTo("built"));
        Assert.That(Statuses(CliRun.In(_project, Old, "build", "--json")).Values, Is.All.EqualTo("up-to-date"));
        Assert.That(Statuses(CliRun.In(_project, Fixed, "build", "--json")).Values, Is.All.EqualTo("built"));
        Assert.That(Statuses(CliRun.In(_project, Fixed, "build", "--json")).Values, Is.All.EqualTo("up-to-date"));
    }

    [Test]
    public void The_running_briefc_is_identified_by_the_hash_of_its_sources_not_only_its_version()
    {
        // SourceIdentity.targets embeds a SHA-256 of the sources; without it every briefc 0.1.0 would look alike.
        Assert.That(ToolIdentity.Current, Does.Match("^0\\.1\\.0 sources [0-9a-f]{64}$"));
        Assert.That(ToolIdentity.Current, Is.Not.EqualTo(ToolIdentity.Describe(VersionAction.Version, null)));
    }

    [Test]
    public void A_yml_briefing_is_built_by_default_and_checked_like_the_others()
    {
        SampleBriefings.CopyTo(Path.Combine(_project, "briefings"), "en", "second.en.yml");
        var expected = new[] { "briefings/icann81-gac-alac.en.yaml", "briefings/icann81-gac-alac.zh.yaml", "briefings/second.en.yml" };

        var build = CliRun.In(_project, "build", "--json");
        Assert.That(build.ExitCode, Is.EqualTo(ExitCodes.Success), build.Error);
        Assert.That(Statuses(build).Keys, Is.EquivalentTo(expected));
        Assert.That(File.Exists(Output("second.en.html")), Is.True);

        string[] Checked(params string[] args) =>
            [.. Json(CliRun.In(_project, [.. args, "--json"])).GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!.Replace('\\', '/'))];
        Assert.That(Checked("check"), Is.EquivalentTo(expected));
        Assert.That(Checked("check", "briefings"), Is.EquivalentTo(expected), "one rule for the project's sources and a folder");
        Assert.That(Checked("check", "."), Is.EquivalentTo(expected.Select(p => "./" + p)), "briefc.yaml is not a briefing");
    }

    [Test]
    public void The_project_file_named_as_a_path_is_the_project_not_a_briefing()
    {
        var elsewhere = Directory.CreateTempSubdirectory("briefc-elsewhere-").FullName;
        try
        {
            // From another folder: briefc.yaml named on the command line is the project, its sources are built.
            var build = CliRun.In(elsewhere, "build", Path.Combine(_project, "briefc.yaml"), "--json");
            Assert.That(build.ExitCode, Is.EqualTo(ExitCodes.Success), build.Error);
            Assert.That(Statuses(build).Values, Is.EqualTo(new[] { "built", "built" }));
            Assert.That(build.Error, Does.Not.Contain("missing required field"));
            Assert.That(File.Exists(Output("icann81-gac-alac.zh.html")), Is.True, "the project's output folder");
            Assert.That(File.Exists(Output("briefc.html")), Is.False);

            var check = CliRun.In(elsewhere, "check", Path.Combine(_project, "briefc.yaml"));
            Assert.That((check.ExitCode, check.Output), Is.EqualTo((ExitCodes.Success, "Checked 2 briefings: all valid, 0 errors, 0 warnings.\n")));

            // Two different project files cannot both be the project.
            File.WriteAllText(Path.Combine(elsewhere, "briefc.yaml"), "briefc: 1\n");
            var two = CliRun.In(elsewhere, "build", "briefc.yaml", "--project", Path.Combine(_project, "briefc.yaml"));
            Assert.That((two.ExitCode, two.Error), Is.EqualTo((ExitCodes.UsageError,
                $"briefc: error: more than one project file given (briefc.yaml, {Path.Combine(_project, "briefc.yaml")}); name one, either as a path or with --project\n")));
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Test]
    public void Building_one_file_leaves_the_outputs_of_the_other_briefings_alone()
    {
        Assert.That(CliRun.In(_project, "build").ExitCode, Is.EqualTo(ExitCodes.Success));

        var run = CliRun.In(_project, "build", "briefings/icann81-gac-alac.en.yaml", "--force", "--json");

        Assert.That(Json(run).GetProperty("removed").GetArrayLength(), Is.Zero);
        Assert.That(File.Exists(Output("icann81-gac-alac.zh.html")), Is.True);
        Assert.That(BuildManifest.Read(Path.Combine(_project, "out")).Entries, Has.Count.EqualTo(2));
    }

    [Test]
    public void Temporary_files_of_killed_builds_are_removed_and_those_of_running_ones_kept()
    {
        Assert.That(CliRun.In(_project, "build").ExitCode, Is.EqualTo(ExitCodes.Success));
        using var running = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        try
        {
            // No process has a PID above the kernel's pid_max (at most 2^22): 9999999 is a build that is gone.
            var abandoned = Output(".icann81-gac-alac.zh.html.9999999.tmp");
            var inProgress = Output($".icann81-gac-alac.zh.html.{running.Id}.tmp");
            var notOurs = Output(".notes.tmp");
            foreach (var path in new[] { abandoned, inProgress, notOurs })
                File.WriteAllText(path, "partial");

            Assert.That(CliRun.In(_project, "build").ExitCode, Is.EqualTo(ExitCodes.Success));

            Assert.That((File.Exists(abandoned), File.Exists(inProgress), File.Exists(notOurs)), Is.EqualTo((false, true, true)));
        }
        finally
        {
            running.Kill();
        }
    }

    [Test]
    public void Changing_the_template_folder_the_config_or_the_formats_rebuilds_everything()
    {
        var templates = Path.Combine(_project, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "page.html.sbn"), "<!DOCTYPE html><html><body>{{ include 'title.sbn' }}</body></html>");
        File.WriteAllText(Path.Combine(templates, "title.sbn"), "<h1>{{ briefing.session.title }}</h1>");
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\nformats: [html]\ntemplate: templates/page.html.sbn\n");
        Assert.That(Statuses(CliRun.In(_project, "build", "--json")).Values, Is.All.EqualTo("built"));
        Assert.That(Statuses(CliRun.In(_project, "build", "--json")).Values, Is.All.EqualTo("up-to-date"));

        File.WriteAllText(Path.Combine(templates, "title.sbn"), "<h2>{{ briefing.session.title }}</h2>");
        Assert.That(Statuses(CliRun.In(_project, "build", "--json")).Values, Is.All.EqualTo("built"), "a partial changed");
        Assert.That(File.ReadAllText(Output("icann81-gac-alac.en.html")), Does.Contain("<h2>"));

        File.AppendAllText(Path.Combine(_project, "briefc.yaml"), "# a comment\n");
        Assert.That(Statuses(CliRun.In(_project, "build", "--json")).Values, Is.All.EqualTo("built"), "briefc.yaml changed");

        Assert.That(Statuses(CliRun.In(_project, "build", "--json", "--format", "html,pdf")).Values, Is.All.EqualTo("built"), "formats changed");
    }

    [Test]
    public void Two_output_folders_get_identical_bytes_manifest_included()
    {
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\n");
        var environment = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" };

        var first = CliRun.In(_project, environment, "build", "--out", "a", Path.Combine("briefings", "icann81-gac-alac.en.yaml"));
        var second = CliRun.In(_project, environment, "build", "--out", "b", Path.Combine("briefings", "icann81-gac-alac.en.yaml"));

        Assert.That(first.ExitCode + second.ExitCode, Is.Zero, first.Error + second.Error);
        var names = Directory.GetFiles(Path.Combine(_project, "a")).Select(Path.GetFileName).Order().ToList();
        Assert.That(names, Is.EqualTo(new[] { BuildManifest.FileName, ManifestLock.FileName, "icann81-gac-alac.en.html", "icann81-gac-alac.en.pdf" }));
        foreach (var name in names)
        {
            Assert.That(File.ReadAllBytes(Path.Combine(_project, "b", name!)), Is.EqualTo(File.ReadAllBytes(Path.Combine(_project, "a", name!))), name);
        }

        Assert.That(File.ReadAllText(Path.Combine(_project, "a", BuildManifest.FileName)), Does.Not.Contain(_project), "no machine paths");
    }

    [Test]
    public void A_translation_that_fell_behind_is_a_warning_and_with_warnings_as_errors_a_failure()
    {
        // The English version lost an agenda item and a position; the Chinese original did not.
        var en = File.ReadAllText(Source("en"));
        File.WriteAllText(Source("en"), en.Replace("  - Open discussion and Q&A\n", ""));

        var warned = CliRun.In(_project, "build");
        Assert.That(warned.ExitCode, Is.EqualTo(ExitCodes.Success), warned.Error);
        Assert.That(warned.Error, Does.Contain("warning BRF3101: the agenda has 4 items but the zh version"));

        File.AppendAllText(Source("en"), "# again\n");
        File.AppendAllText(Source("zh"), "# again\n");
        var failed = CliRun.In(_project, "build", "--warnings-as-errors", "--json");
        Assert.That(failed.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(Statuses(failed)["briefings/icann81-gac-alac.en.yaml"], Is.EqualTo("failed"));
        Assert.That(Statuses(failed)["briefings/icann81-gac-alac.zh.yaml"], Is.EqualTo("built"));

        var check = CliRun.In(_project, "check");
        Assert.That(check.Error, Does.Contain($"icann81-gac-alac.en.yaml({AgendaLine("en")},5): warning BRF3101"));
        Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.Success));

        var strict = CliRun.In(_project, "check", "--warnings-as-errors");
        Assert.That(strict.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(strict.Error, Does.EndWith("briefc: error: warnings are treated as errors (--warnings-as-errors); fix the warnings above\n"));
    }

    [Test]
    public void Quiet_build_prints_nothing_but_problems_and_verbose_names_the_briefings_up_to_date()
    {
        var quiet = CliRun.In(_project, "build", "-q");
        Assert.That((quiet.ExitCode, quiet.Output, quiet.Error), Is.EqualTo((ExitCodes.Success, "", "")));
        Assert.That(File.Exists(Output("icann81-gac-alac.en.html")), Is.True);

        var verbose = CliRun.In(_project, "build", "-v");
        Assert.That(verbose.Output, Does.StartWith("Up to date briefings/icann81-gac-alac.en.yaml\nUp to date briefings/icann81-gac-alac.zh.yaml\nBuilt 0, up to date 2, failed 0 ("));

        var normal = CliRun.In(_project, "build", "--force", "-o", "elsewhere");
        Assert.That(normal.Output, Does.StartWith("Wrote elsewhere/icann81-gac-alac.en.html\n"), "-o is --out");
    }

    [Test]
    public void Check_takes_the_project_file_from_the_project_option()
    {
        var elsewhere = Directory.CreateTempSubdirectory("briefc-elsewhere-").FullName;
        try
        {
            var run = CliRun.In(elsewhere, "check", "--project", Path.Combine(_project, "briefc.yaml"), "--json");
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
            Assert.That(Json(run).GetProperty("files").GetArrayLength(), Is.EqualTo(2));
            var missing = CliRun.In(elsewhere, "check", "--project", "nowhere.yaml");
            Assert.That((missing.ExitCode, missing.Error), Is.EqualTo((ExitCodes.UsageError, "briefc: error: no such project file: 'nowhere.yaml'\n")));
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Test]
    public void Project_file_errors_are_reported_at_their_line_and_column_and_nothing_is_built()
    {
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\noutptu: site\nformats: [html, odt]\ntemplate: nowhere.sbn\n");

        var run = CliRun.In(_project, "build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(run.Error, Does.Contain("briefc.yaml(2,1): error BRF2002: unknown field `outptu`; did you mean `output`?"));
        Assert.That(run.Error, Does.Contain("briefc.yaml(3,17): error BRF2004: `formats[2]` must be one of: html, pdf, png, docx (found `odt`)"));
        Assert.That(Directory.Exists(Path.Combine(_project, "out")), Is.False);

        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\ntemplate: nowhere.sbn\n");
        var missing = CliRun.In(_project, "build");
        Assert.That(missing.Error, Does.Contain("briefc.yaml(2,11): error BRF3201: no such template file: 'nowhere.sbn'"));

        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\nsources: [a]\nsources: [b]\n");
        Assert.That(CliRun.In(_project, "build").Error, Does.Contain("briefc.yaml(3,1): error BRF1012"));
    }

    [Test]
    public void Project_file_errors_are_blamed_on_the_project_file_not_the_template_nor_counted_as_a_briefing()
    {
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\noutptu: site\n");

        var build = CliRun.In(_project, "build");
        Assert.That(build.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(build.Output, Is.EqualTo("Build failed: the project file briefc.yaml has 1 error (above); fix it and build again. Nothing was built.\n"));
        var buildJson = Json(CliRun.In(_project, "build", "--json")).GetProperty("files")[0];
        Assert.That((buildJson.GetProperty("path").GetString(), buildJson.GetProperty("kind").GetString()), Is.EqualTo(("briefc.yaml", "project")));

        var check = CliRun.In(_project, "check");
        Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(check.Error, Does.Contain("briefc.yaml(2,1): error BRF2002"));
        Assert.That(check.Output, Is.EqualTo("The project file briefc.yaml has 1 error (above); fix it and check again. No briefing was checked.\n"));
        var checkJson = Json(CliRun.In(_project, "check", "--json")).GetProperty("files")[0];
        Assert.That(checkJson.GetProperty("kind").GetString(), Is.EqualTo("project"));

        // Named on the command line, briefc.yaml is checked as the project file it is, not as a briefing.
        var named = CliRun.In(_project, "check", "briefc.yaml", "briefings");
        Assert.That(named.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(named.Error, Does.Contain("briefc.yaml(2,1): error BRF2002").And.Not.Contain("missing required field"));
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\n");
        var valid = CliRun.In(_project, "check", "briefc.yaml", "briefings");
        Assert.That(valid.ExitCode, Is.EqualTo(ExitCodes.Success), valid.Error);
        Assert.That(valid.Output, Is.EqualTo("Checked 2 briefings: all valid, 0 errors, 0 warnings.\n"));
    }

    [Test]
    public void Template_errors_name_the_template()
    {
        File.WriteAllText(Path.Combine(_project, "broken.sbn"), "{{ if }}");
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\nformats: [html]\ntemplate: broken.sbn\n");

        var build = CliRun.In(_project, "build");

        Assert.That(build.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(build.Output, Does.StartWith("Build failed: the template broken.sbn has 2 errors (above)"));
        Assert.That(Json(CliRun.In(_project, "build", "--json")).GetProperty("files")[0].GetProperty("kind").GetString(), Is.EqualTo("template"));
    }

    [Test]
    public void Sources_that_match_nothing_are_a_usage_error()
    {
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\nsources: ['drafts/**/*.yaml']\n");

        var run = CliRun.In(_project, "build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(run.Error, Does.Contain("no briefings match the sources of briefc.yaml (drafts/**/*.yaml)"));
    }

    [Test]
    public void In_GitHub_Actions_a_failed_source_is_an_annotation_and_the_summary_counts_it()
    {
        File.WriteAllText(Source("zh"), File.ReadAllText(Source("zh")).Replace("language: zh", "language: zh\nlangauge: en"));

        var run = CliRun.In(_project, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(run.Output, Does.Contain($"::error file={Path.Combine("briefings", "icann81-gac-alac.zh.yaml")},line=4,col=1,"));
        Assert.That(run.Output, Does.Contain("Built 1, up to date 0, failed 1 ("));
        Assert.That(run.Error, Does.Contain("icann81-gac-alac.zh.yaml: failed: nothing written"));
    }

    [Test]
    public void On_a_terminal_a_progress_line_is_drawn_in_place_and_cleared()
    {
        for (var i = 1; i <= 8; i++)
        {
            SampleBriefings.CopyTo(Path.Combine(_project, "briefings"), "en", $"copy{i}.en.yaml");
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, _ => null) { WorkingDirectory = _project, IsInteractive = true };

        var exitCode = BriefcApp.Run(["build"], context);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), error.ToString());
        Assert.That(error.ToString(), Does.Contain("\rBuilding 10/10"));
        Assert.That(error.ToString(), Does.EndWith("\r"), "cleared before the report");
        Assert.That(CliRun.In(_project, "build").Error, Does.Not.Contain("Building"), "no progress when not interactive");
    }

    [Test]
    public void Two_sources_with_one_output_name_both_fail_and_the_others_build()
    {
        SampleBriefings.CopyTo(Path.Combine(_project, "briefings", "copy"), "en");

        var run = CliRun.In(_project, "build", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(Statuses(run), Is.EqualTo(new Dictionary<string, string>
        {
            ["briefings/copy/icann81-gac-alac.en.yaml"] = "failed",
            ["briefings/icann81-gac-alac.en.yaml"] = "failed",
            ["briefings/icann81-gac-alac.zh.yaml"] = "built",
        }));
        var diagnostic = Json(run).GetProperty("files")[0].GetProperty("diagnostics")[0];
        Assert.That(diagnostic.GetProperty("code").GetString(), Is.EqualTo("BRF3202"));
        Assert.That(File.Exists(Output("icann81-gac-alac.en.html")), Is.False);
    }

    [Test]
    public void Check_with_no_arguments_checks_the_sources_of_briefc_yaml_and_its_errors()
    {
        SampleBriefings.CopyTo(Path.Combine(_project, "drafts"), "en", "later.en.yaml");
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\nsources: ['drafts/*.yaml', 'briefings/*.zh.yaml']\n");

        var run = CliRun.In(Path.Combine(_project, "drafts"), "check", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(Json(run).GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!.Replace('\\', '/')),
            Is.EqualTo(new[] { "../briefings/icann81-gac-alac.zh.yaml", "later.en.yaml" }));

        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 2\n");
        var invalid = CliRun.In(_project, "check");
        Assert.That(invalid.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(invalid.Error, Does.Contain("briefc.yaml(1,9): error BRF2005"));
    }

    [Test]
    public void An_incremental_build_compares_a_rebuilt_original_with_translations_it_does_not_rebuild()
    {
        Assert.That(CliRun.In(_project, "build").Error, Does.Not.Contain("warning"));

        // The original gains an agenda item; the English translation is untouched, so it is up to date, but behind.
        File.WriteAllText(Source("zh"), File.ReadAllText(Source("zh")).Replace("  - 闭幕致辞\n", "  - 闭幕致辞\n  - 其他事项\n"));
        var run = CliRun.In(_project, "build", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        var en = Json(run).GetProperty("files")[0];
        Assert.That(en.GetProperty("status").GetString(), Is.EqualTo("up-to-date"));
        Assert.That(en.GetProperty("diagnostics")[0].GetProperty("code").GetString(), Is.EqualTo("BRF3101"));
        Assert.That(en.GetProperty("diagnostics")[0].GetProperty("line").GetInt32(), Is.EqualTo(AgendaLine("en")));
        Assert.That(Json(run).GetProperty("files")[1].GetProperty("status").GetString(), Is.EqualTo("built"));

        // Nothing to rebuild, same verdict; with warnings as errors, the translation fails and its outputs stay.
        Assert.That(CliRun.In(_project, "build").Error, Does.Contain($"icann81-gac-alac.en.yaml({AgendaLine("en")},5): warning BRF3101"));
        var strict = CliRun.In(_project, "build", "--warnings-as-errors", "--json");
        Assert.That(strict.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(Statuses(strict)["briefings/icann81-gac-alac.en.yaml"], Is.EqualTo("failed"));
        Assert.That(File.Exists(Output("icann81-gac-alac.en.html")), Is.True);
    }

    [Test]
    public void A_custom_template_beside_the_output_folder_depends_on_its_partials_not_on_the_whole_folder()
    {
        // Issue 20 #7: a template in the project root hashed the whole root (out/, briefings, anything) on every build.
        File.WriteAllText(Path.Combine(_project, "page.sbn"), "<html><body>{{ include 'parts/title.sbn' }}</body></html>");
        Directory.CreateDirectory(Path.Combine(_project, "parts"));
        File.WriteAllText(Path.Combine(_project, "parts", "title.sbn"), "<h1>{{ briefing.session.title }}</h1>");
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\nformats: [html]\ntemplate: page.sbn\n");
        Assert.That(CliRun.In(_project, "build").Output, Does.Contain("Built 2,"));

        File.WriteAllText(Path.Combine(_project, "unrelated.txt"), "a file the template never reads");
        File.CreateSymbolicLink(Path.Combine(_project, "loop-a"), "loop-b");
        File.CreateSymbolicLink(Path.Combine(_project, "loop-b"), "loop-a");
        Directory.CreateSymbolicLink(Path.Combine(_project, "proc"), "/proc");
        var unrelated = CliRun.In(_project, "build");
        Assert.That(unrelated.ExitCode, Is.EqualTo(ExitCodes.Success), unrelated.Error);
        Assert.That(unrelated.Output, Does.Contain("Built 0, up to date 2,"), "outputs and other files beside the template are not inputs");

        File.WriteAllText(Path.Combine(_project, "parts", "title.sbn"), "<h1 class=\"t\">{{ briefing.session.title }}</h1>");
        var partial = CliRun.In(_project, "build");
        Assert.That(partial.Output, Does.Contain("Built 2, up to date 0,"), "a changed partial rebuilds");
        Assert.That(File.ReadAllText(Output("icann81-gac-alac.en.html")), Does.Contain("<h1 class=\"t\">"));
    }

    [Test]
    public void A_custom_template_that_includes_a_computed_name_depends_on_its_whole_folder()
    {
        Directory.CreateDirectory(Path.Combine(_project, "template"));
        File.WriteAllText(Path.Combine(_project, "template", "page.sbn"), "{{ part = 'a' + '.sbn' }}{{ include part }}");
        File.WriteAllText(Path.Combine(_project, "template", "a.sbn"), "<p>A</p>");
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\nformats: [html]\ntemplate: template/page.sbn\n");
        Assert.That(CliRun.In(_project, "build").Output, Does.Contain("Built 2,"));

        File.WriteAllText(Path.Combine(_project, "template", "b.sbn"), "<p>B</p>");
        Assert.That(CliRun.In(_project, "build").Output, Does.Contain("Built 2, up to date 0,"), "any file could be the one included");
    }

    [Test]
    public void Builds_of_different_briefings_into_one_folder_at_once_keep_every_manifest_entry()
    {
        // Issue 20 #12: each build wrote the manifest it had read at its start plus its own entries: the last one won.
        foreach (var file in Directory.GetFiles(Path.Combine(_project, "briefings")))
            File.Delete(file);
        var sample = SampleBriefings.Text("en");
        for (var i = 0; i < 24; i++)
            File.WriteAllText(Source("en", $"b{i:00}"), sample);
        var halves = Directory.GetFiles(Path.Combine(_project, "briefings")).Order(StringComparer.Ordinal)
            .Select((path, index) => (path, index)).GroupBy(p => p.index % 4, p => Path.GetRelativePath(_project, p.path)).ToList();

        // Four builds at once, each of its own quarter of the briefings, each writing the manifest when it is done.
        var runs = halves.AsParallel().WithDegreeOfParallelism(4).Select(group => CliRun.In(_project, ["build", .. group])).ToList();

        Assert.That(runs.Select(r => r.ExitCode), Is.All.EqualTo(ExitCodes.Success), string.Join("\n", runs.Select(r => r.Error)));
        Assert.That(BuildManifest.Read(Path.Combine(_project, "out")).Entries, Has.Count.EqualTo(24), "no build's entries are lost");
        Assert.That(CliRun.In(_project, "build").Output, Does.Contain("Built 0, up to date 24,"));
    }
}
