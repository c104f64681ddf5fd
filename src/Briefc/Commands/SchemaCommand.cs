using System.CommandLine;
using BriefingCompiler.Validation;

namespace Briefc.Commands;

/// <summary><c>briefc schema</c>: prints the JSON Schema of the briefing format, for editors and other tools.</summary>
public static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the briefing format, version 1.");
        command.SetAction(_ =>
        {
            context.Output.Write(BriefingSchema.Text);
            return ExitCodes.Success;
        });
        return command;
    }
}
