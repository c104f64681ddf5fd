using System.CommandLine;
using BriefingCompiler.Projects;
using BriefingCompiler.Validation;

namespace Briefc.Commands;

/// <summary><c>briefc schema [--project]</c>: prints the JSON Schema of the briefing format, or of briefc.yaml, for editors and other tools.</summary>
public static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var project = new Option<bool>("--project") { Description = $"Print the schema of the project file, {ProjectConfiguration.FileName}, instead" };
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the briefing format, version 1 (also schema/briefing.schema.json).")
        {
            project,
        };
        command.SetAction(parseResult =>
        {
            context.Output.Write(parseResult.GetValue(project) ? ProjectSchema.Text : BriefingSchema.Text);
            return ExitCodes.Success;
        });
        return command;
    }
}
