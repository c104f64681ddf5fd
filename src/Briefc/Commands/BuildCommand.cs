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

    private static readonly IReadOnlyDictionary<string, OutputFormats> FormatNames = new Dictionary<string, OutputFormats>
    {
        ["html"] = OutputFormats.Html,
        ["pdf"] = OutputFormats.Pdf,
        ["png"] = OutputFormats.Png,
        ["docx"] = OutputFormats.Docx,
    };

    public static Command Create(CliContext context)
    {
        var options = new BuildOptions(context);
        var command = new Command("build", "Compile briefings to HTML and PDF, one file of each per briefing: <DIR>/<name>.html, <DIR>/<name>.pdf.");
        options.AddTo(command);
        command.SetAction(parseResult => options.Run(parseResult, interactive: context.IsInteractive).ExitCode);
        return command;
    }

    internal static (OutputFormats Formats, string? Error) ParseFormats(string? text)
    {
        var formats = OutputFormats.None;
        foreach (var name in (text ?? DefaultFormats).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!FormatNames.TryGetValue(name.ToLowerInvariant(), out var one))
                return (OutputFormats.None, $"Unknown output format '{name}'; use html, pdf, png or docx, comma-separated (e.g. --format html,pdf).");
            formats |= one;
        }

        return formats == OutputFormats.None ? (formats, "--format names no output format; use html, pdf, png or docx.") : (formats, null);
    }
}
