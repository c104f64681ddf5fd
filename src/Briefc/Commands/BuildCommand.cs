using System.CommandLine;
using BriefingCompiler;
using BriefingCompiler.Html;
using BriefingCompiler.Templating;
using Briefc.Reporting;

namespace Briefc.Commands;

/// <summary>
/// <c>briefc build [PATH...] --format html [--out DIR] [--template FILE]</c>: compiles briefings to
/// <c>&lt;DIR&gt;/&lt;name&gt;.html</c>. A briefing with errors writes nothing and makes the exit code 1; the others
/// are still built.
/// </summary>
public static class BuildCommand
{
    public const string DefaultOutputFolder = "out";
    public const string HtmlFormat = "html";

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = $"Briefing files, or folders searched recursively for *.yaml and *.yml [default: {CheckCommand.DefaultFolder}/]",
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
        var format = new Option<string>("--format")
        {
            Description = "Output format",
            HelpName = HtmlFormat,
            DefaultValueFactory = _ => HtmlFormat,
        };
        format.AcceptOnlyFromAmong(HtmlFormat);
        var output = new Option<string>("--out")
        {
            Description = "Folder for the output files",
            HelpName = "DIR",
            DefaultValueFactory = _ => DefaultOutputFolder,
        };
        var template = new Option<string?>("--template")
        {
            Description = "A Scriban template to use instead of the built-in one; it may include partials from its own folder",
            HelpName = "FILE",
        };
        var diagnosticsFormat = DiagnosticOptions.CreateFormatOption();
        var json = DiagnosticOptions.CreateJsonOption();
        var command = new Command("build", "Compile briefings to HTML, one file per briefing: <DIR>/<name>.html.")
        {
            paths, format, output, template, diagnosticsFormat, json,
        };

        command.SetAction(parseResult =>
        {
            var requested = parseResult.GetValue(paths) is { Length: > 0 } given ? given : [CheckCommand.DefaultFolder];
            var files = BriefingFiles.Find(requested);
            if (files.Error is not null)
            {
                context.Error.WriteLine($"briefc: error: {files.Error}");
                return ExitCodes.UsageError;
            }

            var reporter = DiagnosticOptions.CreateReporter(parseResult, diagnosticsFormat, json, context);
            var templatePath = parseResult.GetValue(template);
            var loaded = templatePath is null ? new TemplateLoadResult(BriefingTemplate.BuiltIn(), []) : BriefingTemplate.Load(templatePath);
            if (loaded.Template is null)
            {
                // The template's own problems are reported against the template file.
                reporter.Report([new LoadResult(templatePath!, null, loaded.Diagnostics)]);
                return ExitCodes.ValidationFailed;
            }

            var outputFolder = parseResult.GetValue(output) ?? DefaultOutputFolder;
            var results = files.Paths.Select(path => HtmlBuild.BuildFile(path, outputFolder, loaded.Template)).ToList();
            reporter.Report([.. results.Select(r => new LoadResult(r.SourcePath, null, r.Diagnostics))]);
            if (!parseResult.GetValue(json))
            {
                foreach (var written in results.Where(r => r.OutputPath is not null))
                {
                    context.Output.WriteLine($"Wrote {written.OutputPath}");
                }
            }

            return results.Any(r => r.HasErrors) ? ExitCodes.ValidationFailed : ExitCodes.Success;
        });
        return command;
    }
}
