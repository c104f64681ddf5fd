using System.CommandLine;
using BriefingCompiler;
using BriefingCompiler.Validation;
using BriefingCompiler.Diffing;
using BriefingCompiler.Projects;
using Briefc.Reporting;

namespace Briefc.Commands;

/// <summary><c>briefc check [PATH...]</c>: loads and validates briefings, and reports every problem with its place.</summary>
public static class CheckCommand
{
    public const string DefaultFolder = "briefings";

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = $"Briefing files, or folders searched recursively for *.yaml and *.yml [default: the sources of briefc.yaml, or {DefaultFolder}/]",
            Arity = ArgumentArity.ZeroOrMore,
        };
        // A variadic argument swallows unknown options as paths; name them for what they are.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !File.Exists(t.Value)))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        var format = DiagnosticOptions.CreateFormatOption();
        var json = DiagnosticOptions.CreateJsonOption();
        var against = new Option<string?>("--against")
        {
            Description = "Also require a new document_control.versions entry in each briefing whose content " +
                          "changed since this git revision (BRF3901)",
            HelpName = "REV",
        };
        var project = new Option<string?>("--project")
        {
            Description = $"The project file to use [default: the nearest {ProjectConfiguration.FileName} in this folder or above]",
            HelpName = "FILE",
        };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = "Treat warnings as errors: a briefing with warnings makes the exit code 1",
        };
        var command = new Command("check", "Check that briefings are valid, and report every problem with its file, line and column.")
        {
            paths, format, json, against, project, warningsAsErrors,
        };
        var verbosity = new VerbosityOptions();
        verbosity.AddTo(command);

        command.SetAction(parseResult =>
        {
            // The paths given, else the sources of briefc.yaml (as build), else briefings/.
            var files = ProjectSources.Resolve(parseResult.GetValue(paths) ?? [], parseResult.GetValue(project), context);
            if (files.UsageError is not null)
            {
                context.Error.WriteLine($"briefc: error: {files.UsageError}");
                return ExitCodes.UsageError;
            }

            if (files.ProjectErrors is { } invalid)
            {
                DiagnosticOptions.CreateReporter(parseResult, format, json, context).ReportProjectFile(invalid);
                return ExitCodes.ValidationFailed;
            }

            var briefings = files.Sources;
            var results = briefings.Select(s => BriefingLoader.LoadFile(s.FullPath, s.DisplayPath)).ToList();
            if (parseResult.GetValue(against) is { } revision)
            {
                var compared = results.Zip(briefings, (result, source) => RevisionVersionCheck.Apply(result, source.FullPath, revision)).ToList();
                if (compared.FirstOrDefault(c => c.Error is not null).Error is { } gitError)
                {
                    context.Error.WriteLine($"briefc: error: {gitError}");
                    return ExitCodes.UsageError;
                }
                results = [.. compared.Select(c => c.Result)];
            }

            // Language versions sharing a symbol are compared with each other (warnings when a translation is behind).
            results = [.. TranslationConsistency.AddWarnings(results)];
            // And which paragraphs of a translation are behind its original since the translation's last commit (BRF6101).
            results = [.. BriefingCompiler.Translation.StaleTranslationCheck.AddWarnings(results, [.. briefings.Select(b => b.FullPath)])];
            var reporter = DiagnosticOptions.CreateReporter(parseResult, format, json, context, verbosity.Read(parseResult));
            reporter.Report(results);
            if (results.Any(r => r.HasErrors))
                return ExitCodes.ValidationFailed;
            if (parseResult.GetValue(warningsAsErrors) && results.Any(r => r.Diagnostics.Count > 0))
            {
                if (!parseResult.GetValue(json))
                    context.Error.WriteLine("briefc: error: warnings are treated as errors (--warnings-as-errors); fix the warnings above");
                return ExitCodes.ValidationFailed;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
