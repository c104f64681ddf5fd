using System.CommandLine;
using System.ComponentModel;
using System.Diagnostics;
using BriefingCompiler.Building;
using Briefc.Watching;

namespace Briefc.Commands;

/// <summary>
/// <c>briefc watch [PATH...] [build options] [--serve] [--open]</c>: builds as <c>briefc build</c> does, then again after
/// every save, until Ctrl+C. Each rebuild is an ordinary incremental build — the project and the sources are resolved
/// anew, the manifest decides what changed — so only what changed is compiled, and new, deleted and renamed briefings
/// and folders are followed. One line per rebuild, after its diagnostics (<see cref="WatchSummary"/>); an invalid
/// briefing leaves its outputs as they were and the watch goes on. <c>--serve</c> serves the output folder on
/// 127.0.0.1 with pages that reload themselves (<see cref="PreviewServer"/>); <c>--open</c> opens the first output
/// (its served page with <c>--serve</c>) with the desktop's handler. The parsed template and the loaded fonts are kept
/// between rebuilds (<see cref="BuildEngineCache"/>) until the template, a font or briefc.yaml changes. With
/// <c>--json</c>, standard output carries one JSON report per build (JSON Lines) and nothing else; the lines for people
/// (summaries, "Watching", "Serving") go to standard error.
/// </summary>
public static class WatchCommand
{
    /// <summary>How long the file events of one save take to settle: editors write, rename and touch within a few ms.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(20);

    /// <summary>A file written without pause for longer than this is built anyway.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(500);

    public static Command Create(CliContext context)
    {
        var options = new BuildOptions(context);
        var serve = new Option<bool>("--serve") { Description = "Serve the output folder on 127.0.0.1 (a free port, printed) with pages that reload when a rebuild rewrites them" };
        var open = new Option<bool>("--open") { Description = "Open the first output with the desktop's handler (with --serve: its page in the browser)" };
        var command = new Command("watch", "Build, then rebuild what changed after every save, until Ctrl+C; optionally serve the outputs with live reload.");
        options.AddTo(command);
        command.Add(serve);
        command.Add(open);
        command.SetAction(parseResult => Run(context, options, parseResult, parseResult.GetValue(serve), parseResult.GetValue(open)));
        return command;
    }

    private static int Run(CliContext context, BuildOptions options, ParseResult parseResult, bool serve, bool open)
    {
        // Standard output is for the reports when they are JSON; people read standard error then.
        var people = options.IsJson(parseResult) ? context.Error : context.Output;
        using var engines = new BuildEngineCache();
        var stopwatch = Stopwatch.StartNew();
        var first = options.Run(parseResult, interactive: false, summarised: true, engines: engines);
        if (first.ExitCode == ExitCodes.UsageError)
            return ExitCodes.UsageError;
        people.WriteLine(WatchSummary.Describe(first.Report, stopwatch.Elapsed));

        var outputFolder = first.OutputFolder ?? context.FullPath(BuildCommand.DefaultOutputFolder);
        var watched = WatchedFolders(context, first.ProjectFolder);
        // Before "Watching" is printed: a save made as soon as it is read must be seen.
        using var watcher = new SourceWatcher(watched, [outputFolder]);
        using var server = serve ? PreviewServer.Start(outputFolder) : null;
        if (server is not null)
            people.WriteLine($"Serving {ProjectSources.Shown(context, outputFolder)} on {server.Address} (127.0.0.1 only)");
        if (open && FirstOutput(first.Report, outputFolder) is { } output)
            Open(context, people, server is null ? output : server.Address + "view/" + Path.GetRelativePath(outputFolder, output).Replace('\\', '/'));
        people.WriteLine($"Watching {string.Join(", ", watched.Select(f => ProjectSources.Shown(context, f)))} for changes; Ctrl+C stops.");
        context.Output.Flush();
        people.Flush();

        var debouncer = new ChangeDebouncer(Quiet, Longest);
        WatchLoop.RunAsync(watcher.Changes, debouncer, context.Clock, () =>
        {
            stopwatch.Restart();
            var result = options.Run(parseResult, interactive: false, summarised: true, engines: engines);
            people.WriteLine(WatchSummary.Describe(result.Report, stopwatch.Elapsed));
            context.Output.Flush();
            people.Flush();
            server?.Announce(Written(result.Report, result.OutputFolder ?? outputFolder));
        }, context.Stop).GetAwaiter().GetResult();
        return ExitCodes.Success;
    }

    /// <summary>The project's folder (briefc.yaml's, with its briefings, template and fonts), else the working directory.</summary>
    private static IReadOnlyList<string> WatchedFolders(CliContext context, string? projectFolder) =>
        [projectFolder ?? context.WorkingDirectory];

    private static string? FirstOutput(BuildReport? report, string outputFolder)
    {
        var outputs = report?.Sources.SelectMany(s => s.Outputs).ToList() ?? [];
        // Outputs are shown relative to the working directory; the first HTML, else the first PDF.
        var chosen = outputs.FirstOrDefault(o => o.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
                     ?? outputs.FirstOrDefault(o => o.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
        if (chosen is not null)
            return Path.Combine(outputFolder, Path.GetFileName(chosen));
        return Directory.Exists(outputFolder)
            ? Directory.EnumerateFiles(outputFolder, "*.html").Concat(Directory.EnumerateFiles(outputFolder, "*.pdf")).Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
    }

    /// <summary>The file names (relative to the output folder) a build wrote, for the served pages.</summary>
    private static IEnumerable<string> Written(BuildReport? report, string outputFolder) =>
        report?.Sources.Where(s => s.Status == BuildStatus.Built).SelectMany(s => s.Outputs).Select(Path.GetFileName).OfType<string>() ?? [];

    private static void Open(CliContext context, TextWriter people, string target)
    {
        try
        {
            context.OpenWithDesktop(target);
            people.WriteLine($"Opened {target}");
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
        {
            context.Error.WriteLine($"briefc: warning: could not open {target} ({e.Message}); open it yourself");
        }
    }
}
