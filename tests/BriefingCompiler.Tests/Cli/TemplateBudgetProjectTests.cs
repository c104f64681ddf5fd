using System.Text.Json;
using Briefc;

namespace BriefingCompiler.Tests.Cli;

/// <summary>
/// briefc.yaml's template_budget (issue 20, item 10) and deterministic template functions (item 11), end to end:
/// a runaway template fails its briefings with BRF4005 at the template's place and exit 1, the budget is set in
/// briefc.yaml and checked by its schema, and a template using <c>date.now</c> builds the same bytes every time.
/// </summary>
public class TemplateBudgetProjectTests
{
    private string _project = null!;

    [SetUp]
    public void CreateProject()
    {
        _project = Directory.CreateTempSubdirectory("briefc-budget-").FullName;
        Directory.CreateDirectory(Path.Combine(_project, "briefings"));
        Directory.CreateDirectory(Path.Combine(_project, "templates"));
        SampleBriefings.CopyTo(Path.Combine(_project, "briefings"), "en", "b.en.yaml");
    }

    [TearDown]
    public void DeleteProject() => Directory.Delete(_project, recursive: true);

    private void Project(string extra) =>
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\nformats: [html]\ntemplate: templates/t.html.sbn\n" + extra);

    private void Template(string text) => File.WriteAllText(Path.Combine(_project, "templates", "t.html.sbn"), text);

    private const string Recursion = "<!DOCTYPE html>\n<title>x</title>\n{{ func f(n)\n  if n < 90\n    f(n + 1)\n    f(n + 1)\n  end\nend }}\n{{ f(0) }}\n";

    [Test]
    public void A_runaway_template_fails_the_build_at_its_place_with_the_setting_to_raise()
    {
        Project("template_budget:\n  steps: 5000\n");
        Template(Recursion);

        var run = CliRun.In(_project, "build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed), run.Output + run.Error);
        var all = run.Output + run.Error;
        // The budget grows with the briefing (the English sample): 5,000 steps and 20 per byte.
        var bytes = new FileInfo(Path.Combine(_project, "briefings", "b.en.yaml")).Length;
        var steps = (5000 + 20 * bytes).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(all, Does.Match($@"templates/t\.html\.sbn\((4|5|6),\d+\): error BRF4005: template: budget used up: more than {steps} steps \(5,000 \+ 20 per byte of the {bytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}-byte briefing\)"));
        Assert.That(all, Does.Contain("raise template_budget.steps in briefc.yaml"));
        Assert.That(File.Exists(Path.Combine(_project, "out", "b.en.html")), Is.False, "nothing is written");
    }

    [Test]
    public void Raising_the_budget_in_briefc_yaml_lets_a_heavy_template_through_and_rebuilds()
    {
        // About 3 steps a turn: 60,000 turns need more than the 1,125,280 steps a 6 KB briefing gets by default.
        Template("<!DOCTYPE html>\n<title>x</title>\n{{ n = 0 }}{{ for i in 1..400000 }}{{ n = n + 1 }}{{ end }}<p>{{ n }}</p>\n");
        Project("");
        var small = CliRun.In(_project, "build");
        Assert.That(small.Output + small.Error, Does.Contain("error BRF4005"));

        Project("template_budget:\n  steps: 5000000\n");
        var raised = CliRun.In(_project, "build");

        Assert.That(raised.ExitCode, Is.EqualTo(ExitCodes.Success), raised.Output + raised.Error);
        Assert.That(File.ReadAllText(Path.Combine(_project, "out", "b.en.html")), Does.Contain("<p>400000</p>"));
    }

    [Test]
    public void Changing_the_budget_rebuilds_what_was_up_to_date()
    {
        // A verdict depends on the budget, so a briefing built under one budget is not up to date under another.
        Template("<!DOCTYPE html>\n<p>{{ briefing.symbol }}</p>\n");
        Project("");
        Assert.That(CliRun.In(_project, "build").ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Status(CliRun.In(_project, "build", "--json")), Is.EqualTo("up-to-date"));

        Project("template_budget:\n  seconds: 200\n");

        Assert.That(Status(CliRun.In(_project, "build", "--json")), Is.EqualTo("built"));
    }

    private static string? Status(CliRun run) =>
        JsonDocument.Parse(run.Output).RootElement.GetProperty("files")[0].GetProperty("status").GetString();

    [TestCase("template_budget:\n  steps: 0\n", "BRF2008")]
    [TestCase("template_budget:\n  characters: lots\n", "BRF2003")]
    [TestCase("template_budget:\n  minutes: 3\n", "BRF2002")]
    public void A_bad_budget_in_briefc_yaml_is_reported_at_its_place(string extra, string code)
    {
        Project(extra);
        Template("<p>{{ briefing.symbol }}</p>");

        var run = CliRun.In(_project, "build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(run.Output + run.Error, Does.Contain($"briefc.yaml(5,").And.Contain($"error {code}"));
    }

    [Test]
    public void A_template_using_date_now_builds_the_same_bytes_every_time()
    {
        Project("");
        Template("<!DOCTYPE html>\n<title>{{ date.now | date.to_string '%F %T %Z' }}</title>\n<p>{{ date.utc_now | date.to_string '%s %N' }}</p>\n");

        var first = CliRun.In(_project, "build");
        var html = Path.Combine(_project, "out", "b.en.html");
        var bytes = File.ReadAllBytes(html);
        Thread.Sleep(1100);
        var second = CliRun.In(_project, "build", "--force");

        Assert.That((first.ExitCode, second.ExitCode), Is.EqualTo((ExitCodes.Success, ExitCodes.Success)), first.Error + second.Error);
        Assert.That(File.ReadAllBytes(html), Is.EqualTo(bytes));
        Assert.That(File.ReadAllText(html), Does.Contain("<title>2024-11-04 00:00:00 +00:00</title>"), "the current version's date");

        var pinned = CliRun.In(_project, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" }, "build");
        Assert.That(pinned.ExitCode, Is.EqualTo(ExitCodes.Success), pinned.Error);
        Assert.That(File.ReadAllText(html), Does.Contain("<title>2023-11-14 22:13:20 +00:00</title>"), "SOURCE_DATE_EPOCH, which also rebuilds");
    }

    [Test]
    public void A_template_calling_math_random_fails_with_the_reason_in_the_json_report()
    {
        Project("");
        Template("<!DOCTYPE html>\n<p>{{ math.random 1 100 }}</p>\n");

        var run = CliRun.In(_project, "build", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        var diagnostic = JsonDocument.Parse(run.Output).RootElement.GetProperty("files")[0].GetProperty("diagnostics")[0];
        Assert.That(diagnostic.GetProperty("code").GetString(), Is.EqualTo("BRF4002"));
        Assert.That(diagnostic.GetProperty("message").GetString(), Does.Contain("math.random is not available in briefc templates: it is random"));
    }
}
