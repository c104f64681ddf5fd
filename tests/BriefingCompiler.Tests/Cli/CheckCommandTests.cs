using System.Text.Json;
using Briefc;
using BriefingCompiler.Validation;

namespace BriefingCompiler.Tests.Cli;

public class CheckCommandTests
{
    private string folder = "";

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "briefc-cli-" + TestContext.CurrentContext.Test.ID);
        Directory.CreateDirectory(Path.Combine(folder, "nested"));
        File.Copy(TestPaths.Fixture("full.en.yaml"), Path.Combine(folder, "a.en.yaml"));
        File.Copy(TestPaths.Fixture("minimal.zh.yaml"), Path.Combine(folder, "nested", "b.zh.yml"));
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private string Invalid(string name = "bad.yaml")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, File.ReadAllText(TestPaths.Fixture("minimal.zh.yaml"))
            .Replace("agenda:\n  - 介绍和开幕致辞", "agenda: []")
            .Replace("language: zh", "language: zh\nlangauge: en"));
        return path;
    }

    private static void AssertNoStackTrace(CliRun run) =>
        Assert.That(run.Output + run.Error, Does.Not.Contain("   at ").And.Not.Contain("Exception"));

    [Test]
    public void Valid_briefings_in_a_folder_and_its_subfolders_pass()
    {
        var run = CliRun.Of("check", folder);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Error, Is.Empty);
            Assert.That(run.Output, Is.EqualTo("Checked 2 briefings: all valid, 0 errors, 0 warnings.\n"));
        });
    }

    [Test]
    public void An_invalid_briefing_gives_positioned_diagnostics_on_stderr_and_exit_code_1()
    {
        var bad = Invalid();

        var run = CliRun.Of("check", bad);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
            Assert.That(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
            {
                $"{bad}(3,1): error BRF2002: unknown field `langauge`; did you mean `language`?",
                $"{bad}(8,9): error BRF2006: `agenda` must have at least one item",
            }));
            Assert.That(run.Output, Is.EqualTo("Checked 1 briefing: 1 invalid, 2 errors, 0 warnings.\n"));
            AssertNoStackTrace(run);
        });
    }

    [Test]
    public void One_invalid_file_among_valid_ones_fails_the_check()
    {
        Invalid();

        var run = CliRun.Of("check", folder);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
            Assert.That(run.Output, Does.StartWith("Checked 3 briefings: 1 invalid, 2 errors"));
        });
    }

    [Test]
    public void Warnings_are_printed_as_warnings_and_do_not_fail_the_check()
    {
        var path = Path.Combine(folder, "nested", "b.zh.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("language: zh", "language: de"));

        var run = CliRun.Of("check", path);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Error, Does.StartWith($"{path}(2,11): warning BRF3010: language `de`"));
        });
    }

    [Test]
    public void Json_report_lists_files_and_diagnostics()
    {
        var bad = Invalid();

        var run = CliRun.Of("check", "--json", bad, Path.Combine(folder, "a.en.yaml"));
        using var report = JsonDocument.Parse(run.Output);
        var files = report.RootElement.GetProperty("files");
        var first = files[0].GetProperty("diagnostics")[1];

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
            Assert.That(run.Error, Is.Empty);
            Assert.That(files.GetArrayLength(), Is.EqualTo(2));
            Assert.That(files[0].GetProperty("path").GetString(), Is.EqualTo(bad));
            Assert.That(files[0].GetProperty("valid").GetBoolean(), Is.False);
            Assert.That(files[1].GetProperty("valid").GetBoolean(), Is.True);
            Assert.That(first.GetProperty("severity").GetString(), Is.EqualTo("error"));
            Assert.That(first.GetProperty("code").GetString(), Is.EqualTo("BRF2006"));
            Assert.That(first.GetProperty("message").GetString(), Is.EqualTo("`agenda` must have at least one item"));
            Assert.That(first.GetProperty("line").GetInt32(), Is.EqualTo(8));
            Assert.That(first.GetProperty("column").GetInt32(), Is.EqualTo(9));
            Assert.That(report.RootElement.GetProperty("errors").GetInt32(), Is.EqualTo(2));
        });
    }

    [Test]
    public void Github_format_adds_workflow_annotations()
    {
        var bad = Invalid();

        var run = CliRun.Of("check", "--diagnostics-format", "github", bad);

        Assert.Multiple(() =>
        {
            Assert.That(run.Output, Does.Contain(
                $"::error file={bad},line=8,col=9,endLine=8,endColumn=11,title=BRF2006::`agenda` must have at least one item\n"));
            Assert.That(run.Error, Does.Contain("error BRF2006"));
        });
    }

    [Test]
    public void Github_format_is_the_default_inside_github_actions()
    {
        var bad = Invalid();

        var inActions = CliRun.With(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check", bad);
        var elsewhere = CliRun.Of("check", bad);

        Assert.Multiple(() =>
        {
            Assert.That(inActions.Output, Does.Contain("::error file="));
            Assert.That(elsewhere.Output, Does.Not.Contain("::error"));
        });
    }

    [Test]
    public void Checking_without_a_path_checks_the_briefings_folder()
    {
        var previous = Environment.CurrentDirectory;
        var project = Path.Combine(folder, "project");
        Directory.CreateDirectory(Path.Combine(project, Briefc.Commands.CheckCommand.DefaultFolder));
        File.Copy(TestPaths.Fixture("minimal.zh.yaml"), Path.Combine(project, Briefc.Commands.CheckCommand.DefaultFolder, "x.zh.yaml"));
        try
        {
            Environment.CurrentDirectory = project;

            var run = CliRun.Of("check");

            Assert.That((run.ExitCode, run.Output), Is.EqualTo((ExitCodes.Success, "Checked 1 briefing: all valid, 0 errors, 0 warnings.\n")));
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [TestCase("check", "--no-such-option")]
    [TestCase("check", "--diagnostics-format", "xml", "x.yaml")]
    [TestCase("frobnicate")]
    public void Usage_errors_exit_with_2_and_say_what_is_wrong(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError));
            Assert.That(run.Error, Does.StartWith("briefc: error: "));
            AssertNoStackTrace(run);
        });
    }

    [Test]
    public void No_command_at_all_shows_the_help_as_help_does()
    {
        var run = CliRun.Of();

        Assert.That((run.ExitCode, run.Error), Is.EqualTo((ExitCodes.Success, "")));
        Assert.That(run.Output, Does.Contain("Usage:\n  briefc [command] [options]").And.Contain("build <PATH>"));
        Assert.That(CliRun.Of("help").Output, Is.EqualTo(run.Output));
        Assert.That(CliRun.Of("help", "build").Output, Is.EqualTo(CliRun.Of("build", "--help").Output).And.Contain("-o, --out <DIR>"));
    }

    [TestCase(new[] { "biuld" }, "briefc: error: unknown command 'biuld'; did you mean 'build'?\nRun 'briefc help' for the commands.\n")]
    [TestCase(new[] { "help", "chek" }, "briefc: error: unknown command 'chek'; did you mean 'check'?\nRun 'briefc help' for the commands.\n")]
    [TestCase(new[] { "frobnicate" }, "briefc: error: unknown command 'frobnicate'\nRun 'briefc help' for the commands.\n")]
    [TestCase(new[] { "build", "--fromat", "pdf" }, "briefc: error: unknown option '--fromat' for 'briefc build'; did you mean '--format'?\nRun 'briefc help build' for its usage.\n")]
    [TestCase(new[] { "check", "--jsn" }, "briefc: error: unknown option '--jsn' for 'briefc check'; did you mean '--json'?\nRun 'briefc help check' for its usage.\n")]
    [TestCase(new[] { "schema", "--colour", "never" }, "briefc: error: unknown option '--colour' for 'briefc schema'; did you mean '--color'?\nbriefc: error: unexpected argument 'never' for 'briefc schema'\nRun 'briefc help schema' for its usage.\n")]
    [TestCase(new[] { "check", "-q", "-v" }, "briefc: error: --quiet and --verbose cannot be used together; choose one.\nRun 'briefc help check' for its usage.\n")]
    public void A_mistyped_command_or_option_is_a_usage_error_that_suggests_the_right_one(string[] args, string expected)
    {
        var run = CliRun.Of(args);

        Assert.That((run.ExitCode, run.Error), Is.EqualTo((ExitCodes.UsageError, expected)));
    }

    [Test]
    public void Quiet_prints_only_diagnostics_and_verbose_names_each_valid_briefing()
    {
        Assert.That(CliRun.Of("check", folder, "-q").Output, Is.Empty);
        Assert.That(CliRun.Of("check", folder, "--verbose").Output, Is.EqualTo(
            $"Valid {Path.Join(folder, "a.en.yaml")}\nValid {Path.Join(folder, "nested", "b.zh.yml")}\nChecked 2 briefings: all valid, 0 errors, 0 warnings.\n"));
        var bad = Invalid();
        var quiet = CliRun.Of("check", bad, "--quiet");
        Assert.That((quiet.ExitCode, quiet.Output), Is.EqualTo((ExitCodes.ValidationFailed, "")));
        Assert.That(quiet.Error, Does.Contain("error BRF2002"));
    }

    [Test]
    public void Schema_project_prints_the_schema_of_briefc_yaml()
    {
        var run = CliRun.Of("schema", "--project");

        Assert.That((run.ExitCode, run.Output), Is.EqualTo((ExitCodes.Success, BriefingCompiler.Projects.ProjectSchema.Text)));
        Assert.That(JsonDocument.Parse(run.Output).RootElement.GetProperty("$id").GetString(), Is.EqualTo("urn:briefc:schema:project:1"));
    }

    [Test]
    public void An_unexpected_exception_is_one_clean_line_and_exit_code_3()
    {
        var output = new StringWriter();
        output.Dispose();
        var error = new StringWriter();

        var exitCode = BriefcApp.Run(["schema"], new CliContext(output, error, _ => null));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(ExitCodes.InternalError));
            Assert.That(error.ToString(), Does.StartWith("briefc: internal error: ObjectDisposedException: "));
            Assert.That(error.ToString().TrimEnd('\n'), Does.Not.Contain("\n"));
        });
    }

    [Test]
    public void A_path_that_does_not_exist_is_a_usage_error()
    {
        var run = CliRun.Of("check", Path.Combine(folder, "missing.yaml"));

        Assert.That((run.ExitCode, run.Error), Is.EqualTo((ExitCodes.UsageError,
            $"briefc: error: no such file or folder: '{Path.Combine(folder, "missing.yaml")}'\n")));
    }

    [Test]
    public void A_folder_without_briefings_is_a_usage_error()
    {
        var empty = Path.Combine(folder, "empty");
        Directory.CreateDirectory(empty);

        var run = CliRun.Of("check", empty);

        Assert.That((run.ExitCode, run.Error), Is.EqualTo((ExitCodes.UsageError,
            $"briefc: error: no briefings (*.yaml, *.yml) found in '{empty}'\n")));
    }

    [Test]
    public void Binary_garbage_gives_a_diagnostic_not_a_crash()
    {
        var path = Path.Combine(folder, "garbage.yaml");
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 256).Select(i => (byte)(i + 128))]);

        var run = CliRun.Of("check", path);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
            Assert.That(run.Error, Does.StartWith($"{path}(1,1): error BRF1004"));
            AssertNoStackTrace(run);
        });
    }

    [Test]
    public void Schema_prints_the_embedded_schema()
    {
        var run = CliRun.Of("schema");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Output, Is.EqualTo(BriefingSchema.Text));
            Assert.That(() => JsonDocument.Parse(run.Output), Throws.Nothing);
        });
    }

    [Test]
    public void Version_prints_the_version_and_the_hash_of_the_sources_briefc_was_built_from()
    {
        var run = CliRun.Of("--version");

        Assert.That(ToolIdentity.SourceHash, Does.Match("^[0-9a-f]{64}$"), "SourceIdentity.targets embeds the hash");
        Assert.That((run.ExitCode, run.Output), Is.EqualTo((ExitCodes.Success, $"0.1.0 (sources {ToolIdentity.SourceHash![..12]})\n")));
    }

    [TestCase("--help")]
    [TestCase("-h")]
    [TestCase("check", "--help")]
    public void Help_describes_the_commands(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success));
            Assert.That(run.Output, Does.Contain("Usage:").And.Contain("check"));
        });
    }
}
