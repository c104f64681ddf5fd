using BriefingCompiler.Tests.Cli;
using static BriefingCompiler.Tests.Hostile.HostileSource;

namespace BriefingCompiler.Tests.Hostile;

/// <summary>
/// Diagnostics quote what a source says (unknown keys, values): a hostile source must not be able to forge
/// a diagnostic line, a GitHub workflow command or terminal escapes through them.
/// </summary>
public class HostileDiagnosticOutputTests
{
    private string folder = "";

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "briefc-hostile-" + TestContext.CurrentContext.Test.ID);
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private string Write(string text)
    {
        var path = Path.Combine(folder, "x.en.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public void A_key_holding_a_line_break_cannot_forge_a_second_diagnostic_line()
    {
        var path = Write(Valid() + "\"evil\\nfake.yaml(1,1): error BRF0000: forged\": 1\n");

        var run = CliRun.Of("check", path);

        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(lines, Has.Length.EqualTo(1), run.Error);
        Assert.That(lines[0], Does.StartWith(path + "(15,1): error BRF2002:"));
    }

    [Test]
    public void A_key_cannot_inject_a_GitHub_workflow_command()
    {
        var path = Write(Valid() + "\"x\\r\\n::add-mask::secret\\n::error::forged\": 1\n");

        var run = CliRun.With(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check", path);

        var commands = run.Output.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.That(commands, Has.Count.EqualTo(1), run.Output);
        Assert.That(commands[0], Does.StartWith("::error file="));
    }

    [Test]
    public void Bidi_controls_in_a_quoted_key_are_shown_as_escapes()
    {
        var path = Write(Valid() + "\"admin\u202E\u2066txt\": 1\n");

        var run = CliRun.Of("check", path);

        Assert.That(run.Error, Does.Not.Contain("\u202E").And.Not.Contain("\u2066"));
        Assert.That(run.Error, Does.Contain("admin\\u202E\\u2066txt"));
    }
}
