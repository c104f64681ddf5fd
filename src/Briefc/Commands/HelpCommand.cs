using System.CommandLine;

namespace Briefc.Commands;

/// <summary><c>briefc help [COMMAND]</c>: the same help as <c>--help</c>, the way git and cargo users ask for it.</summary>
public static class HelpCommand
{
    public static Command Create(CliContext context, Command root)
    {
        var name = new Argument<string?>("COMMAND") { Description = "The command to describe [default: all of them]", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("help", "Show the commands, or one command's usage and options.") { name };
        command.SetAction(parseResult =>
        {
            var asked = parseResult.GetValue(name);
            if (asked is not null && root.Subcommands.All(c => c.Name != asked))
            {
                context.Error.WriteLine($"briefc: error: {CommandLineTypos.Explain($"Unrecognized command or argument '{asked}'.", root, root)}");
                context.Error.WriteLine("Run 'briefc help' for the commands.");
                return ExitCodes.UsageError;
            }

            return root.Parse(asked is null ? ["--help"] : [asked, "--help"]).Invoke(new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            });
        });
        return command;
    }
}
