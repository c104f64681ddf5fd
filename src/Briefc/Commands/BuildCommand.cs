using System.CommandLine;
using BriefingCompiler;
using BriefingCompiler.Building;
using BriefingCompiler.Pdf;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Templating;
using Briefc.Reporting;

namespace Briefc.Commands;

/// <summary>
/// <c>briefc build [PATH...] [--format html,pdf,png] [--out DIR] [--template FILE] [--fonts DIR]</c>: compiles
/// briefings to <c>&lt;DIR&gt;/&lt;name&gt;.html</c> and <c>.pdf</c> (and <c>.page-N.png</c> previews). A briefing with
/// errors writes nothing — its previous outputs stay as they were — and makes the exit code 1; the others are
/// still built. Briefings are compiled in parallel; what is printed comes in the order of the sources.
/// </summary>
public static class BuildCommand
{
    public const string DefaultOutputFolder = "out";
    public const string DefaultFormats = "html,pdf";

    private static readonly IReadOnlyDictionary<string, OutputFormats> FormatNames = new Dictionary<string, OutputFormats>
    {
        ["html"] = OutputFormats.Html,
        ["pdf"] = OutputFormats.Pdf,
        ["png"] = OutputFormats.Png,
    };

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
            Description = $"Output formats, comma-separated: html, pdf, png (one preview per page) [default: {DefaultFormats}]",
            HelpName = "FORMATS",
            DefaultValueFactory = _ => DefaultFormats,
        };
        format.Validators.Add(result =>
        {
            if (ParseFormats(result.GetValueOrDefault<string>()) is { Error: { } error })
                result.AddError(error);
        });
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
        var fonts = new Option<string[]>("--fonts")
        {
            Description = "A folder of extra .ttf fonts, usable by family name in the template's CSS (repeatable)",
            HelpName = "DIR",
            AllowMultipleArgumentsPerToken = false,
        };
        var diagnosticsFormat = DiagnosticOptions.CreateFormatOption();
        var json = DiagnosticOptions.CreateJsonOption();
        var command = new Command("build", "Compile briefings to HTML and PDF, one file of each per briefing: <DIR>/<name>.html, <DIR>/<name>.pdf.")
        {
            paths, format, output, template, fonts, diagnosticsFormat, json,
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

            var fontFolders = parseResult.GetValue(fonts) ?? [];
            if (fontFolders.FirstOrDefault(f => !Directory.Exists(f)) is { } missingFolder)
            {
                context.Error.WriteLine($"briefc: error: no such font folder: '{missingFolder}'");
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

            var formats = ParseFormats(parseResult.GetValue(format)).Formats;
            var outputFolder = parseResult.GetValue(output) ?? DefaultOutputFolder;
            var sourceDate = SourceDateEpoch(context);
            using var catalog = new FontCatalog(fontFolders);
            var compiler = new Compiler(loaded.Template, new PdfRenderer(catalog));

            // Compile in parallel, write and report in source order, so logs are the same on every run.
            var results = files.Paths
                .AsParallel().AsOrdered()
                .Select(path => compiler.Compile(path, formats, sourceDate))
                .Select(result => (Result: result, Written: result.HasErrors ? [] : OutputWriter.Write(result, outputFolder)))
                .ToList();
            reporter.Report([.. results.Select(r => new LoadResult(r.Result.SourcePath, null, r.Result.Diagnostics))]);
            if (!parseResult.GetValue(json))
            {
                foreach (var path in results.SelectMany(r => r.Written))
                {
                    context.Output.WriteLine($"Wrote {path}");
                }
            }

            return results.Any(r => r.Result.HasErrors) ? ExitCodes.ValidationFailed : ExitCodes.Success;
        });
        return command;
    }

    internal static (OutputFormats Formats, string? Error) ParseFormats(string? text)
    {
        var formats = OutputFormats.None;
        foreach (var name in (text ?? DefaultFormats).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!FormatNames.TryGetValue(name.ToLowerInvariant(), out var one))
                return (OutputFormats.None, $"Unknown output format '{name}'; use html, pdf or png, comma-separated (e.g. --format html,pdf).");
            formats |= one;
        }

        return formats == OutputFormats.None ? (formats, "--format names no output format; use html, pdf or png.") : (formats, null);
    }

    /// <summary>
    /// SOURCE_DATE_EPOCH (reproducible-builds.org) pins the PDF dates for every briefing; without it each PDF
    /// takes its current version's date. Never the clock.
    /// </summary>
    private static DateTimeOffset? SourceDateEpoch(CliContext context) =>
        long.TryParse(context.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), out var seconds) && seconds >= 0
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
