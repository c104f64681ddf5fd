using System.CommandLine;
using System.Diagnostics;
using BriefingCompiler;
using BriefingCompiler.Building;
using BriefingCompiler.Projects;
using Briefc.Reporting;

namespace Briefc.Commands;

/// <summary>
/// The options of <c>briefc build</c> and one build run from them: <c>build</c> runs it once, <c>watch</c> after every
/// save. Each run resolves the project file and the sources again, so a watch sees new, deleted and renamed briefings
/// and an edited briefc.yaml.
/// </summary>
public sealed class BuildOptions
{
    /// <summary>Fewer sources to compile than this and a progress line would only flicker.</summary>
    private const int ProgressFrom = 8;

    private readonly CliContext _context;
    private readonly Argument<string[]> _paths;
    private readonly Option<string?> _format;
    private readonly Option<string?> _output;
    private readonly Option<string?> _template;
    private readonly Option<string[]> _fonts;
    private readonly Option<bool> _systemFonts;
    private readonly Option<string?> _project;
    private readonly Option<string[]> _audience;
    private readonly Option<string?> _pdfStandard;
    private readonly Option<bool> _force;
    private readonly Option<bool> _warningsAsErrors;
    private readonly Option<bool> _timings;
    private readonly Option<string?> _diagnosticsFormat = DiagnosticOptions.CreateFormatOption();
    private readonly Option<bool> _json = DiagnosticOptions.CreateJsonOption();
    private readonly VerbosityOptions _verbosity = new();

    /// <summary>What one run did: its exit code, and what a watch needs to know to go on watching.</summary>
    /// <param name="Report">The build's report, or null when it stopped before building (a usage error, briefc.yaml's errors).</param>
    /// <param name="OutputFolder">The output folder (absolute), when it was resolved.</param>
    /// <param name="ProjectFolder">The folder of briefc.yaml when one is used.</param>
    public sealed record Result(int ExitCode, BuildReport? Report, string? OutputFolder, string? ProjectFolder);

    public BuildOptions(CliContext context)
    {
        _context = context;
        _paths = new Argument<string[]>("PATH")
        {
            Description = "Briefing files, or folders searched recursively for *.yaml and *.yml " +
                          $"[default: the sources of briefc.yaml, or {CheckCommand.DefaultFolder}/]",
            Arity = ArgumentArity.ZeroOrMore,
        };
        // A variadic argument swallows unknown options as paths; name them for what they are.
        _paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && !File.Exists(context.FullPath(t.Value))))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        _format = new Option<string?>("--format", "-f")
        {
            Description = $"Output formats, comma-separated: html, pdf, png (one preview per page), docx (Word) [default: briefc.yaml's, or {BuildCommand.DefaultFormats}]",
            HelpName = "FORMATS",
        };
        _format.Validators.Add(result =>
        {
            if (BuildCommand.ParseFormats(result.GetValueOrDefault<string?>()) is { Error: { } error })
                result.AddError(error);
        });
        _output = new Option<string?>("--out", "-o")
        {
            Description = $"Folder for the output files [default: briefc.yaml's, or {BuildCommand.DefaultOutputFolder}]",
            HelpName = "DIR",
        };
        _template = new Option<string?>("--template")
        {
            Description = "A Scriban template to use instead of the built-in one; it may include partials from its own folder",
            HelpName = "FILE",
        };
        _fonts = new Option<string[]>("--fonts")
        {
            Description = "A folder of extra .ttf fonts, usable by family name in the template's CSS (repeatable)",
            HelpName = "DIR",
            AllowMultipleArgumentsPerToken = false,
        };
        _systemFonts = new Option<bool>("--system-fonts")
        {
            Description = "Also use the fonts installed on this machine, for families briefc does not bundle (off by default: builds stay the same on every machine; the manifest records the fonts each PDF used)",
        };
        _project = new Option<string?>("--project")
        {
            Description = $"The project file to use [default: the nearest {ProjectConfiguration.FileName} in this folder or above]",
            HelpName = "FILE",
        };
        _audience = new Option<string[]>("--audience")
        {
            Description = "Build only these audiences' editions of briefings that declare document_control.audiences (comma-separated or repeated) [default: briefc.yaml's editions, or every edition]",
            HelpName = "NAME",
            AllowMultipleArgumentsPerToken = false,
        };
        _pdfStandard = new Option<string?>("--pdf-standard")
        {
            Description = "Standards the PDFs claim to meet, comma-separated: ua-1 (PDF/UA-1), a-1b, a-2b, a-2u, a-3b, a-3u (PDF/A; one at most), or none. Every PDF is tagged [default: briefc.yaml's pdf_standard, or ua-1]",
            HelpName = "STANDARDS",
        };
        _pdfStandard.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && BriefingCompiler.Pdf.PdfStandard.TryParse(value, out var error) is null)
                result.AddError(error!);
        });
        _force = new Option<bool>("--force") { Description = "Rebuild every briefing, even those whose inputs did not change" };
        _warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = "Treat warnings as errors: a briefing with warnings is not written and the exit code is 1",
        };
        _timings = new Option<bool>("--timings")
        {
            Description = "After the summary, print on standard error the time each stage took (load + validate, template, styling, text/fonts, layout, PDF writing, write outputs), summed over the build",
        };
    }

    public void AddTo(Command command)
    {
        foreach (var symbol in new Symbol[] { _paths, _format, _output, _template, _fonts, _systemFonts, _project, _audience, _pdfStandard, _force, _warningsAsErrors, _timings, _diagnosticsFormat, _json })
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Add(argument);
                    break;
                case Option option:
                    command.Add(option);
                    break;
            }
        }

        _verbosity.AddTo(command);
    }

    /// <summary>One build, reported as <c>briefc build</c> reports it.</summary>
    /// <param name="interactive">A person watches: a progress line may be drawn.</param>
    /// <param name="force">Rebuild everything whatever --force says (a watch's first build does not need it: the manifest knows).</param>
    /// <param name="summarised">The caller prints its own summary line (watch): unless --verbose, only diagnostics are
    /// reported; with --json, each build's report is one line (JSON Lines), so a stream of builds stays readable.</param>
    /// <param name="engines">The template and fonts kept between the builds of a watch, or null.</param>
    public Result Run(ParseResult parseResult, bool interactive, bool force = false, bool summarised = false, BuildEngineCache? engines = null)
    {
        var context = _context;
        var stopwatch = Stopwatch.StartNew();
        var reporter = CreateReporter(parseResult, summarised);

        // 1. The project file and the sources; the project file's errors stop the build before anything is read.
        var resolved = ProjectSources.Resolve(parseResult.GetValue(_paths) ?? [], parseResult.GetValue(_project), context);
        if (resolved.UsageError is { } usage)
            return UsageError(usage);
        if (resolved.ProjectErrors is { } invalid)
        {
            reporter.Report(BuildReport.ProjectFileFailed(new SourceOutcome(invalid.Path, BuildStatus.Failed, [], invalid.Diagnostics)), stopwatch.Elapsed);
            return new Result(ExitCodes.ValidationFailed, null, null, Path.GetDirectoryName(context.FullPath(invalid.Path)));
        }

        var configuration = resolved.Configuration;
        var sources = resolved.Sources;

        // 2. Every other setting: the command line over the project file over the default.
        var fontFolders = parseResult.GetValue(_fonts) is { Length: > 0 } fontOptions
            ? [.. fontOptions.Select(context.FullPath)]
            : configuration?.Fonts ?? [];
        // Messages name a font folder as the user wrote it: the option verbatim, or briefc.yaml's from here.
        IReadOnlyList<string> fontFoldersShown = parseResult.GetValue(_fonts) is { Length: > 0 } fontsGiven
            ? fontsGiven
            : [.. fontFolders.Select(f => ProjectSources.Shown(context, f))];
        if (fontFolders.FirstOrDefault(f => !Directory.Exists(f)) is { } missingFolder)
            return UsageError($"no such font folder: '{missingFolder}'");
        var formatText = parseResult.GetValue(_format) ?? (configuration?.Formats is { } names ? string.Join(',', names) : BuildCommand.DefaultFormats);
        // A project's default output folder is next to briefc.yaml, wherever briefc is started.
        var projectOutput = configuration is null ? null : configuration.Output ?? Path.Combine(configuration.Folder, BuildCommand.DefaultOutputFolder);
        var (outputFolder, outputShown) = parseResult.GetValue(_output) is { } outOption
            ? (context.FullPath(outOption), outOption)
            : projectOutput is not null
                ? (projectOutput, ProjectSources.Shown(context, projectOutput))
                : (context.FullPath(BuildCommand.DefaultOutputFolder), BuildCommand.DefaultOutputFolder);
        // Messages name the template as the user wrote it: the option verbatim, or briefc.yaml's from here.
        var (templatePath, templateShown) = parseResult.GetValue(_template) is { } templateOption
            ? (context.FullPath(templateOption), templateOption)
            : configuration?.Template is { } configured ? (configured, ProjectSources.Shown(context, configured)) : (null, null);
        var request = new BuildRequest(
            sources,
            outputFolder,
            outputShown,
            BuildCommand.ParseFormats(formatText).Formats,
            templatePath,
            fontFolders,
            SourceDateEpoch(),
            configuration?.ContentHash,
            context.ToolIdentity,
            force || parseResult.GetValue(_force),
            parseResult.GetValue(_warningsAsErrors),
            templateShown,
            configuration?.TemplateBudget,
            fontFoldersShown,
            Editions(parseResult.GetValue(_audience), configuration?.Editions),
            parseResult.GetValue(_pdfStandard) is { } standard ? BriefingCompiler.Pdf.PdfStandard.TryParse(standard, out _) : configuration?.PdfStandard,
            configuration?.Emblem,
            configuration?.Toc ?? false,
            configuration?.NumberedParagraphs ?? false,
            parseResult.GetValue(_systemFonts) ? context.SystemFontFolders() : null);

        var progress = interactive && !parseResult.GetValue(_json) ? new ProgressLine(context.Error, ProgressFrom) : null;
        var timings = parseResult.GetValue(_timings) ? new BuildTimings() : null;
        BuildReport report;
        try
        {
            report = new ProjectBuilder(request, engines).Run(progress is null ? null : progress.Show, timings);
        }
        catch (OutputFolderException e)
        {
            progress?.Clear();
            return UsageError($"{e.Message}. Outputs already written are whole; make '{e.ShownPath}' a folder you can write to, with free space, and build again.");
        }

        progress?.Clear();
        reporter.Report(report, stopwatch.Elapsed);
        if (timings is not null)
            TimingsReport.Write(context.Error, timings, stopwatch.Elapsed);
        return new Result(report.Succeeded ? ExitCodes.Success : ExitCodes.ValidationFailed, report, outputFolder, configuration?.Folder);
    }

    /// <summary>Whether <c>--json</c> was given: standard output then carries JSON only.</summary>
    public bool IsJson(ParseResult parseResult) => parseResult.GetValue(_json);

    private BuildReporter CreateReporter(ParseResult parseResult, bool summarised)
    {
        var verbosity = _verbosity.Read(parseResult);
        if (parseResult.GetValue(_json))
            return new JsonBuildReporter(_context.Output, oneLine: summarised);
        var chosen = parseResult.GetValue(_diagnosticsFormat)
            ?? (string.Equals(_context.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase)
                ? DiagnosticOptions.GitHubFormat
                : DiagnosticOptions.MsBuildFormat);
        return new TextBuildReporter(_context.Output, _context.Error, withGitHubAnnotations: chosen == DiagnosticOptions.GitHubFormat,
            ColorOption.Enabled(parseResult, _context), summarised && verbosity == Verbosity.Normal ? Verbosity.Quiet : verbosity);
    }

    private Result UsageError(string message)
    {
        _context.Error.WriteLine($"briefc: error: {message}");
        return new Result(ExitCodes.UsageError, null, null, null);
    }

    /// <summary>
    /// SOURCE_DATE_EPOCH (reproducible-builds.org) pins the PDF dates for every briefing; without it each PDF
    /// takes its current version's date. Never the clock.
    /// </summary>
    private DateTimeOffset? SourceDateEpoch() =>
        long.TryParse(_context.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), out var seconds) && seconds >= 0
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>The editions asked for: the command line's, else briefc.yaml's, else null (every edition).</summary>
    private static IReadOnlySet<string>? Editions(string[]? option, IReadOnlyList<string>? configured)
    {
        var names = option is { Length: > 0 }
            ? option.SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList()
            : configured?.ToList();
        return names is { Count: > 0 } ? names.ToHashSet(StringComparer.Ordinal) : null;
    }
}
