using System.CommandLine;
using System.Diagnostics;
using BriefingCompiler;
using BriefingCompiler.Building;
using BriefingCompiler.Projects;
using Briefc.Reporting;

namespace Briefc.Commands;

/// <summary>
/// <c>briefc build [PATH...] [--format html,pdf,png] [--out DIR] [--template FILE] [--fonts DIR] [--project FILE]
/// [--force] [--warnings-as-errors] [--timings]</c>: compiles briefings to <c>&lt;DIR&gt;/&lt;name&gt;.html</c> and <c>.pdf</c>
/// (and <c>.page-N.png</c> previews). Settings come from the command line, then briefc.yaml (found by walking up
/// from the working directory), then the defaults. Only sources whose inputs changed since the last build are
/// compiled (<see cref="BuildManifest"/>). A briefing with errors writes nothing — its previous outputs stay as
/// they were — and makes the exit code 1; the others are still built. Briefings are compiled in parallel; what
/// is printed comes in the order of the sources.
/// </summary>
public static class BuildCommand
{
    public const string DefaultOutputFolder = "out";
    public const string DefaultFormats = "html,pdf";

    /// <summary>Fewer sources to compile than this and a progress line would only flicker.</summary>
    private const int ProgressFrom = 8;

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
            Description = "Briefing files, or folders searched recursively for *.yaml and *.yml " +
                          $"[default: the sources of briefc.yaml, or {CheckCommand.DefaultFolder}/]",
            Arity = ArgumentArity.ZeroOrMore,
        };
        // A variadic argument swallows unknown options as paths; name them for what they are.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !File.Exists(context.FullPath(t.Value))))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        var format = new Option<string?>("--format")
        {
            Description = $"Output formats, comma-separated: html, pdf, png (one preview per page) [default: briefc.yaml's, or {DefaultFormats}]",
            HelpName = "FORMATS",
        };
        format.Validators.Add(result =>
        {
            if (ParseFormats(result.GetValueOrDefault<string?>()) is { Error: { } error })
                result.AddError(error);
        });
        var output = new Option<string?>("--out")
        {
            Description = $"Folder for the output files [default: briefc.yaml's, or {DefaultOutputFolder}]",
            HelpName = "DIR",
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
        var project = new Option<string?>("--project")
        {
            Description = $"The project file to use [default: the nearest {ProjectConfiguration.FileName} in this folder or above]",
            HelpName = "FILE",
        };
        var audience = new Option<string[]>("--audience")
        {
            Description = "Build only these audiences' editions of briefings that declare document_control.audiences (comma-separated or repeated) [default: briefc.yaml's editions, or every edition]",
            HelpName = "NAME",
            AllowMultipleArgumentsPerToken = false,
        };
        var force = new Option<bool>("--force") { Description = "Rebuild every briefing, even those whose inputs did not change" };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = "Treat warnings as errors: a briefing with warnings is not written and the exit code is 1",
        };
        var timingsOption = new Option<bool>("--timings")
        {
            Description = "After the summary, print on standard error the time each stage took (load + validate, template, styling, text/fonts, layout, PDF writing, write outputs), summed over the build",
        };
        var diagnosticsFormat = DiagnosticOptions.CreateFormatOption();
        var json = DiagnosticOptions.CreateJsonOption();
        var command = new Command("build", "Compile briefings to HTML and PDF, one file of each per briefing: <DIR>/<name>.html, <DIR>/<name>.pdf.")
        {
            paths, format, output, template, fonts, project, audience, force, warningsAsErrors, timingsOption, diagnosticsFormat, json,
        };

        command.SetAction(parseResult =>
        {
            var stopwatch = Stopwatch.StartNew();
            var reporter = CreateReporter(parseResult, diagnosticsFormat, json, context);

            // 1. The project file and the sources; the project file's errors stop the build before anything is read.
            var resolved = ProjectSources.Resolve(parseResult.GetValue(paths) ?? [], parseResult.GetValue(project), context);
            if (resolved.UsageError is { } usage)
                return UsageError(context, usage);
            if (resolved.ProjectErrors is { } invalid)
            {
                reporter.Report(BuildReport.ProjectFileFailed(new SourceOutcome(invalid.Path, BuildStatus.Failed, [], invalid.Diagnostics)), stopwatch.Elapsed);
                return ExitCodes.ValidationFailed;
            }

            var configuration = resolved.Configuration;
            var sources = resolved.Sources;

            // 2. Every other setting: the command line over the project file over the default.
            var fontFolders = parseResult.GetValue(fonts) is { Length: > 0 } fontOptions
                ? [.. fontOptions.Select(context.FullPath)]
                : configuration?.Fonts ?? [];
            // Messages name a font folder as the user wrote it: the option verbatim, or briefc.yaml's from here.
            IReadOnlyList<string> fontFoldersShown = parseResult.GetValue(fonts) is { Length: > 0 } fontsGiven
                ? fontsGiven
                : [.. fontFolders.Select(f => ProjectSources.Shown(context, f))];
            if (fontFolders.FirstOrDefault(f => !Directory.Exists(f)) is { } missingFolder)
                return UsageError(context, $"no such font folder: '{missingFolder}'");
            var formatText = parseResult.GetValue(format) ?? (configuration?.Formats is { } names ? string.Join(',', names) : DefaultFormats);
            // A project's default output folder is next to briefc.yaml, wherever briefc is started.
            var projectOutput = configuration is null ? null : configuration.Output ?? Path.Combine(configuration.Folder, DefaultOutputFolder);
            var (outputFolder, outputShown) = parseResult.GetValue(output) is { } outOption
                ? (context.FullPath(outOption), outOption)
                : projectOutput is not null
                    ? (projectOutput, ProjectSources.Shown(context, projectOutput))
                    : (context.FullPath(DefaultOutputFolder), DefaultOutputFolder);
            // Messages name the template as the user wrote it: the option verbatim, or briefc.yaml's from here.
            var (templatePath, templateShown) = parseResult.GetValue(template) is { } templateOption
                ? (context.FullPath(templateOption), templateOption)
                : configuration?.Template is { } configured ? (configured, ProjectSources.Shown(context, configured)) : (null, null);
            var request = new BuildRequest(
                sources,
                outputFolder,
                outputShown,
                ParseFormats(formatText).Formats,
                templatePath,
                fontFolders,
                SourceDateEpoch(context),
                configuration?.ContentHash,
                context.ToolIdentity,
                parseResult.GetValue(force),
                parseResult.GetValue(warningsAsErrors),
                templateShown,
                configuration?.TemplateBudget,
                fontFoldersShown,
                Editions(parseResult.GetValue(audience), configuration?.Editions));

            var progress = context.IsInteractive && !parseResult.GetValue(json) ? new ProgressLine(context.Error, ProgressFrom) : null;
            var timings = parseResult.GetValue(timingsOption) ? new BuildTimings() : null;
            BuildReport report;
            try
            {
                report = new ProjectBuilder(request).Run(progress is null ? null : progress.Show, timings);
            }
            catch (OutputFolderException e)
            {
                progress?.Clear();
                return UsageError(context, $"{e.Message}. Outputs already written are whole; make '{e.ShownPath}' a folder you can write to, with free space, and build again.");
            }

            progress?.Clear();
            reporter.Report(report, stopwatch.Elapsed);
            if (timings is not null)
                TimingsReport.Write(context.Error, timings, stopwatch.Elapsed);
            return report.Succeeded ? ExitCodes.Success : ExitCodes.ValidationFailed;
        });
        return command;
    }

    /// <summary>The editions asked for: the command line's, else briefc.yaml's, else null (every edition).</summary>
    private static IReadOnlySet<string>? Editions(string[]? option, IReadOnlyList<string>? configured)
    {
        var names = option is { Length: > 0 }
            ? option.SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList()
            : configured?.ToList();
        return names is { Count: > 0 } ? names.ToHashSet(StringComparer.Ordinal) : null;
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

    private static BuildReporter CreateReporter(ParseResult parseResult, Option<string?> format, Option<bool> json, CliContext context)
    {
        if (parseResult.GetValue(json))
            return new JsonBuildReporter(context.Output);
        var chosen = parseResult.GetValue(format)
            ?? (string.Equals(context.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase)
                ? DiagnosticOptions.GitHubFormat
                : DiagnosticOptions.MsBuildFormat);
        return new TextBuildReporter(context.Output, context.Error, withGitHubAnnotations: chosen == DiagnosticOptions.GitHubFormat);
    }

    private static int UsageError(CliContext context, string message)
    {
        context.Error.WriteLine($"briefc: error: {message}");
        return ExitCodes.UsageError;
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
