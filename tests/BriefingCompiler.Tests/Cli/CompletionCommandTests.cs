using System.Diagnostics;
using Briefc;

namespace BriefingCompiler.Tests.Cli;

/// <summary><c>briefc completion SHELL</c>: the scripts are written from the command tree and complete what they should.</summary>
public class CompletionCommandTests
{
    /// <summary>What the bash script offers for the words typed so far (the last one being completed).</summary>
    private static string[] BashCompletions(params string[] words)
    {
        var script = Path.GetTempFileName();
        try
        {
            File.WriteAllText(script, CliRun.Of("completion", "bash").Output);
            var quoted = string.Join(' ', words.Select(w => $"'{w}'"));
            var start = new ProcessStartInfo("bash", ["-c", $"source '{script}'; COMP_WORDS=({quoted}); COMP_CWORD={words.Length - 1}; _briefc; printf '%s\\n' \"${{COMPREPLY[@]}}\""])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var bash = Process.Start(start)!;
            var output = bash.StandardOutput.ReadToEnd();
            var error = bash.StandardError.ReadToEnd();
            bash.WaitForExit();
            Assert.That((bash.ExitCode, error), Is.EqualTo((0, "")));
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        finally
        {
            File.Delete(script);
        }
    }

    [Test]
    public void Bash_completes_commands_options_and_option_values()
    {
        Assume.That(File.Exists("/bin/bash"), "bash is installed");

        Assert.That(BashCompletions("briefc", "b"), Is.EqualTo(new[] { "build" }));
        Assert.That(BashCompletions("briefc", "c"), Is.EquivalentTo(new[] { "check", "completion" }));
        Assert.That(BashCompletions("briefc", "build", "--w"), Is.EqualTo(new[] { "--warnings-as-errors" }));
        Assert.That(BashCompletions("briefc", "check", "--p"), Is.EqualTo(new[] { "--project" }));
        Assert.That(BashCompletions("briefc", "build", "--color", ""), Is.EqualTo(new[] { "auto", "always", "never" }));
        Assert.That(BashCompletions("briefc", "diff", "-f", "h"), Is.EqualTo(new[] { "html" }));
        Assert.That(BashCompletions("briefc", "help", "ren"), Is.EqualTo(new[] { "render" }));
        Assert.That(BashCompletions("briefc", "completion", "z"), Is.EqualTo(new[] { "zsh" }));
    }

    [Test]
    public void Every_shell_gets_a_script_naming_every_command_and_an_unknown_shell_is_a_usage_error()
    {
        foreach (var shell in new[] { "bash", "zsh", "pwsh" })
        {
            var run = CliRun.Of("completion", shell);
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), shell);
            foreach (var command in new[] { "check", "build", "init", "new", "diff", "render", "schema", "help", "completion" })
                Assert.That(run.Output, Does.Contain(command), $"{shell}: {command}");
        }

        Assert.That(CliRun.Of("completion", "zsh").Output, Does.StartWith("autoload -U +X bashcompinit && bashcompinit\n"));
        Assert.That(CliRun.Of("completion", "fish").ExitCode, Is.EqualTo(ExitCodes.UsageError));
    }
}
