using Briefc;
using BriefingCompiler.Projects;

namespace BriefingCompiler.Tests.Cli;

/// <summary><c>briefc init</c> and <c>briefc new</c>: what they write passes <c>briefc check</c> and builds at once.</summary>
public class BuildScaffoldTests
{
    private string _folder = null!;

    private static CliContext Today(CliContext context) =>
        context with { Clock = new FixedClock(new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc) };

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("briefc-init-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Init_creates_a_project_that_checks_and_builds()
    {
        var init = CliRun.In(_folder, "init", "site");

        Assert.That(init.ExitCode, Is.EqualTo(ExitCodes.Success), init.Error);
        var project = Path.Combine(_folder, "site");
        foreach (var (path, _) in ProjectScaffold.Files())
        {
            Assert.That(File.Exists(Path.Combine(project, path)), Is.True, path);
        }

        var check = CliRun.In(project, "check");
        Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.Success), check.Error);
        Assert.That(check.Output, Does.Contain("Checked 1 briefing: all valid, 0 errors, 0 warnings."));
        var build = CliRun.In(project, "build", "--format", "html");
        Assert.That(build.ExitCode, Is.EqualTo(ExitCodes.Success), build.Error);
        Assert.That(File.ReadAllText(Path.Combine(project, "out", "example.en.html")), Does.Contain("Opening plenary"));
    }

    [Test]
    public void Init_writes_a_gitignore_and_vscode_schema_settings_that_reach_briefings_in_sub_folders()
    {
        var init = CliRun.In(_folder, "init");

        Assert.That(init.ExitCode, Is.EqualTo(ExitCodes.Success), init.Error);
        Assert.That(File.ReadAllLines(Path.Combine(_folder, ".gitignore")), Does.Contain("out/"));
        var settings = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, ".vscode", "settings.json"))).RootElement.GetProperty("yaml.schemas");
        Assert.That(settings.GetProperty("./schema/briefing.schema.json").EnumerateArray().Select(e => e.GetString()), Does.Contain("briefings/**/*.yaml"));
        Assert.That(settings.GetProperty("./schema/briefc-project.schema.json")[0].GetString(), Is.EqualTo("briefc.yaml"));
        foreach (var mapped in settings.EnumerateObject())
            Assert.That(File.Exists(Path.Combine(_folder, mapped.Name)), Is.True, $"{mapped.Name} is written by init");
    }

    [Test]
    public void Init_keeps_an_existing_gitignore_and_says_what_to_add()
    {
        File.WriteAllText(Path.Combine(_folder, ".gitignore"), "bin/\n");

        var init = CliRun.In(_folder, "init");

        Assert.That(init.ExitCode, Is.EqualTo(ExitCodes.Success), init.Error);
        Assert.That(File.ReadAllText(Path.Combine(_folder, ".gitignore")), Is.EqualTo("bin/\n"));
        Assert.That(init.Output, Does.Contain($"Kept {Path.Join(".", ".gitignore")} as it was: add the line `out/` to it so git ignores the outputs"));
        Assert.That(File.Exists(Path.Combine(_folder, ".vscode", "settings.json")), Is.True);
    }

    [Test]
    public void Init_refuses_to_overwrite_and_writes_nothing()
    {
        File.WriteAllText(Path.Combine(_folder, "briefc.yaml"), "briefc: 1\n");

        var run = CliRun.In(_folder, "init");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(run.Error, Does.Contain("briefc.yaml already exists"));
        Assert.That(File.ReadAllText(Path.Combine(_folder, "briefc.yaml")), Is.EqualTo("briefc: 1\n"));
        Assert.That(Directory.Exists(Path.Combine(_folder, "briefings")), Is.False);
    }

    [TestCase("zh", "会议名称")]
    [TestCase("ar", "اسم الاجتماع")]
    [TestCase("fr", "Nom de la réunion")]
    [TestCase("ru", "Название совещания")]
    [TestCase("es", "Nombre de la reunión")]
    [TestCase("en", "Meeting name")]
    public void New_writes_a_skeleton_in_the_language_that_passes_check(string language, string placeholder)
    {
        Assert.That(CliRun.In(_folder, "init").ExitCode, Is.EqualTo(ExitCodes.Success));

        var run = CliRun.In(_folder, Today, "new", "budget", "--language", language);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        var path = Path.Combine(_folder, "briefings", $"budget.{language}.yaml");
        var text = File.ReadAllText(path);
        Assert.That(text, Does.Contain(placeholder));
        Assert.That(text, Does.Contain("date: 2026-12-06"), "today, not the example briefing's 2025-01-06");
        Assert.That(text, Does.StartWith("# yaml-language-server: $schema=../schema/briefing.schema.json"));
        var check = CliRun.In(_folder, "check", path);
        Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.Success), check.Error);
        // Valid, but every placeholder left in is named: meeting, session title, objective, title, audience.
        Assert.That(check.Output, Does.Contain("0 errors, 5 warnings"));
        Assert.That(check.Error, Does.Contain($"(5,10): warning BRF3011: `meeting` still holds the placeholder text `briefc new` wrote (`{placeholder}`); replace it with your own"));
    }

    [Test]
    public void Placeholder_text_left_from_new_is_a_warning_that_warnings_as_errors_turns_into_a_failed_build()
    {
        Assert.That(CliRun.In(_folder, "init").ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(CliRun.In(_folder, Today, "new", "budget", "--language", "en").ExitCode, Is.EqualTo(ExitCodes.Success));
        var path = Path.Combine(_folder, "briefings", "budget.en.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"Meeting name\"", "ICANN 82"));

        var build = CliRun.In(_folder, "build", path, "--format", "html");
        Assert.That(build.ExitCode, Is.EqualTo(ExitCodes.Success), build.Error);
        var warned = build.Error.Split('\n').Where(l => l.Contains("BRF3011")).Select(l => l[(l.IndexOf("`", StringComparison.Ordinal) + 1)..l.IndexOf("` still", StringComparison.Ordinal)]);
        Assert.That(warned, Is.EqualTo(new[] { "session.title", "objective", "document_control.title", "document_control.audience" }));

        var strict = CliRun.In(_folder, "build", path, "--format", "html", "--warnings-as-errors", "--force");
        Assert.That(strict.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
    }

    [Test]
    public void New_dates_version_1_today_in_the_local_time_zone_and_builds_without_reading_the_clock()
    {
        // 23:30 UTC on 6 December is already 7 December in Tokyo: the author's today is the local one.
        var tokyo = TimeZoneInfo.CreateCustomTimeZone("UTC+9", TimeSpan.FromHours(9), "UTC+9", "UTC+9");
        CliContext LateEvening(CliContext c) => c with { Clock = new FixedClock(new DateTimeOffset(2026, 12, 6, 23, 30, 0, TimeSpan.Zero), tokyo) };

        var run = CliRun.In(_folder, LateEvening, "new", "budget", "--language", "en");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        var path = Path.Combine(_folder, "briefings", "budget.en.yaml");
        Assert.That(File.ReadAllText(path), Does.Contain("date: 2026-12-07"));
        var build = CliRun.In(_folder, "build", "--format", "html");
        Assert.That(build.ExitCode, Is.EqualTo(ExitCodes.Success), build.Error);
        var html = File.ReadAllText(Path.Combine(_folder, "out", "budget.en.html"));
        Assert.That(html, Does.Contain("Version 1 · 7 December 2026"), "the header carries the new briefing's date");
    }

    [Test]
    public void New_takes_the_date_option_and_refuses_to_overwrite()
    {
        var dated = CliRun.In(_folder, Today, "new", "budget", "--language", "zh", "--date", "2025-03-04");
        Assert.That(dated.ExitCode, Is.EqualTo(ExitCodes.Success), dated.Error);
        var path = Path.Combine(_folder, "briefings", "budget.zh.yaml");
        Assert.That(File.ReadAllText(path), Does.Contain("date: 2025-03-04"));

        File.AppendAllText(path, "# mine\n");
        var again = CliRun.In(_folder, "new", "budget", "--language", "zh", "--date", "2025-03-04");
        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(File.ReadAllText(path), Does.EndWith("# mine\n"));

        Assert.That(CliRun.In(_folder, "new", "../escape", "--language", "zh", "--date", "2025-03-04").ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(CliRun.In(_folder, "new", "x", "--language", "en_US", "--date", "2025-03-04").ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(CliRun.In(_folder, "new", "x", "--language", "en", "--date", "2025-02-30").ExitCode, Is.EqualTo(ExitCodes.UsageError));
    }
}
