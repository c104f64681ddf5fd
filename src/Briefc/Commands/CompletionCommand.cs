using System.CommandLine;

namespace Briefc.Commands;

/// <summary><c>briefc completion bash|zsh|pwsh</c>: prints the shell's completion script for briefc (<see cref="CompletionScript"/>).</summary>
public static class CompletionCommand
{
    public static Command Create(CliContext context, Command root)
    {
        var shell = new Argument<string>("SHELL") { Description = "bash, zsh or pwsh" };
        shell.AcceptOnlyFromAmong([.. CompletionScript.Shells]);
        var command = new Command("completion", "Print a shell completion script: eval \"$(briefc completion bash)\" in ~/.bashrc, likewise zsh; pwsh: briefc completion pwsh | Out-String | Invoke-Expression.")
        {
            shell,
        };
        command.SetAction(parseResult =>
        {
            context.Output.Write(CompletionScript.For(parseResult.GetValue(shell)!, root));
            return ExitCodes.Success;
        });
        return command;
    }
}
