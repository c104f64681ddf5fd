using System.CommandLine;
using BriefingCompiler.Html;
using BriefingCompiler.Importing;
using BriefingCompiler.Validation;

namespace Briefc.Commands;

/// <summary>
/// <c>briefc import FILE.docx [--language LANG] [-o FILE.yaml] [--force]</c>: a draft briefing from a Word briefing.
/// The draft goes to <c>-o</c> (written atomically; an existing file only with <c>--force</c>) or to standard output;
/// the report — what was found and where it went, what needs a look, and whether the draft passes
/// <c>briefc check</c> (with its diagnostics when not) — to standard output after "Wrote", or to standard error when the
/// draft itself is on standard output. Exit 0: the draft passes check; 1: it was written but does not, or the .docx
/// cannot be read (the message names the file and why); 2: usage.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The Word briefing (.docx) to import" };
        var language = new Option<string?>("--language")
        {
            Description = "The document's language, a BCP 47 tag [default: the document's own, or guessed from its headings]",
            HelpName = "LANG",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write the draft briefing [default: standard output]",
            HelpName = "FILE.yaml",
        };
        var force = new Option<bool>("--force") { Description = "Replace the --output file if it exists" };
        var command = new Command("import", "Draft a briefing (YAML) from a Word briefing (.docx), with a report of what went where.")
        {
            file, language, output, force,
        };
        command.SetAction(parseResult =>
        {
            var source = parseResult.GetValue(file)!;
            var sourcePath = context.FullPath(source);
            var tag = parseResult.GetValue(language);
            if (tag is not null && !LanguageTag.IsWellFormed(tag))
                return UsageError(context, $"'{tag}' is not a BCP 47 language tag (such as zh, en, fr-CA)");
            if (!File.Exists(sourcePath))
                return UsageError(context, $"{source} does not exist");
            var target = parseResult.GetValue(output);
            var targetPath = target is null ? null : context.FullPath(target);
            if (targetPath is not null && File.Exists(targetPath) && !parseResult.GetValue(force))
                return UsageError(context, $"{target} already exists; import does not overwrite files unless --force is given");
            if (new FileInfo(sourcePath).Length > DocxPackageGuard.MaxFileBytes)
                return InputError(context, source, $"it is larger than {DocxPackageGuard.MaxFileBytes / (1024 * 1024)} MiB; a Word briefing is far smaller");

            WordImportResult result;
            try
            {
                result = WordImporter.Import(File.ReadAllBytes(sourcePath), Path.GetFileName(sourcePath), target ?? "draft.yaml", tag);
            }
            catch (WordImportException e)
            {
                return InputError(context, source, e.Message);
            }

            var report = context.Output;
            if (targetPath is null)
            {
                context.Output.Write(result.Yaml);
                report = context.Error;
            }
            else
            {
                AtomicFile.WriteAllText(targetPath, result.Yaml);
                context.Output.WriteLine($"Wrote {target}");
            }
            WriteReport(report, source, result);
            return result.PassesCheck ? ExitCodes.Success : ExitCodes.ValidationFailed;
        });
        return command;
    }

    private static void WriteReport(TextWriter writer, string source, WordImportResult result)
    {
        writer.WriteLine($"Imported {source}:");
        foreach (var line in result.Report.Found)
            writer.WriteLine($"  found   {line}");
        foreach (var line in result.Report.NeedsALook)
            writer.WriteLine($"  look at {line}");
        var errors = result.Diagnostics.Count(d => d.IsError);
        if (errors == 0)
        {
            writer.WriteLine("The draft passes briefc check.");
            return;
        }
        writer.WriteLine($"The draft does not pass briefc check yet ({errors} error(s)); fix these and check again:");
        foreach (var diagnostic in result.Diagnostics)
            writer.WriteLine("  " + diagnostic);
    }

    private static int InputError(CliContext context, string source, string message)
    {
        context.Error.WriteLine($"briefc: error: {source}: cannot import: {message}");
        return ExitCodes.ValidationFailed;
    }

    private static int UsageError(CliContext context, string message)
    {
        context.Error.WriteLine($"briefc: error: {message}");
        return ExitCodes.UsageError;
    }
}
