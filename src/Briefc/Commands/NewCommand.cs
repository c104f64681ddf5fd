using System.CommandLine;
using System.Globalization;
using BriefingCompiler;
using BriefingCompiler.Projects;
using BriefingCompiler.Html;
using BriefingCompiler.Validation;

namespace Briefc.Commands;

/// <summary>
/// <c>briefc new NAME --language LANG [--date YYYY-MM-DD]</c>: writes <c>briefings/NAME.LANG.yaml</c>, a briefing
/// skeleton with placeholder text in that language that passes <c>briefc check</c> as it stands. The first version's
/// date is <c>--date</c>, or else today (the local date of <see cref="CliContext.Clock"/>): a new briefing is written
/// now, and the date goes into every page header. The only command whose result depends on the clock; outputs never do.
/// Refuses to overwrite a file.
/// </summary>
public static class NewCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The briefing's name: the file is <NAME>.<LANG>.yaml and NAME is its symbol" };
        var language = new Option<string>("--language")
        {
            Description = "The briefing's language, a BCP 47 tag (ar, en, es, fr, ru, zh, …)",
            HelpName = "LANG",
            Required = true,
        };
        var date = new Option<string?>("--date")
        {
            Description = "The date of version 1, YYYY-MM-DD [default: today]",
            HelpName = "YYYY-MM-DD",
        };
        var project = new Option<string?>("--project")
        {
            Description = $"The project file [default: the nearest {ProjectConfiguration.FileName} in this folder or above]",
            HelpName = "FILE",
        };
        var command = new Command("new", "Create a briefing skeleton, briefings/<NAME>.<LANG>.yaml, that passes briefc check.")
        {
            name, language, date, project,
        };
        command.SetAction(parseResult =>
        {
            var briefingName = parseResult.GetValue(name)!;
            var tag = parseResult.GetValue(language)!;
            if (briefingName.Length == 0 || briefingName.StartsWith('.') || briefingName.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|']) >= 0
                || briefingName.Any(char.IsWhiteSpace))
                return UsageError(context, $"'{briefingName}' cannot be a briefing name: use letters, digits, '-', '_' and '.', no spaces or slashes");
            if (!LanguageTag.IsWellFormed(tag))
                return UsageError(context, $"'{tag}' is not a BCP 47 language tag (such as zh, en, fr-CA)");

            // The briefings folder: where the project's first source pattern starts, or briefings/ here.
            var projectPath = parseResult.GetValue(project) is { } given ? context.FullPath(given) : ProjectFile.Find(context.WorkingDirectory);
            var projectFolder = projectPath is null ? context.WorkingDirectory : Path.GetDirectoryName(projectPath)!;
            var configuration = projectPath is not null && File.Exists(projectPath) ? ProjectFile.Load(projectPath, projectPath).Configuration : null;
            var folder = Path.GetFullPath(
                configuration is null ? CheckCommand.DefaultFolder : SourceGlob.LiteralPrefix(configuration.Sources[0]), projectFolder);

            var firstDate = DateOnly.FromDateTime(context.Clock.GetLocalNow().DateTime);
            if (parseResult.GetValue(date) is { } dateText
                && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out firstDate))
                return UsageError(context, $"--date '{dateText}' is not a date written YYYY-MM-DD");

            var path = Path.Combine(folder, $"{briefingName}.{tag}.yaml");
            var shown = Path.GetRelativePath(context.WorkingDirectory, path);
            if (File.Exists(path))
                return UsageError(context, $"{shown} already exists; new does not overwrite files");

            var schema = Path.Combine(projectFolder, "schema", "briefing.schema.json");
            var schemaReference = File.Exists(schema) ? Path.GetRelativePath(folder, schema).Replace('\\', '/') : null;
            AtomicFile.WriteAllText(path, BriefingSkeleton.Text(briefingName, tag, firstDate, schemaReference));
            context.Output.WriteLine($"Created {shown}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static int UsageError(CliContext context, string message)
    {
        context.Error.WriteLine($"briefc: error: {message}");
        return ExitCodes.UsageError;
    }
}
