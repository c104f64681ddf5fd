using System.CommandLine;

namespace Briefc.Reporting;

/// <summary>The options that choose how diagnostics are printed, shared by every command that reports them.</summary>
public static class DiagnosticOptions
{
    public const string MsBuildFormat = "msbuild";
    public const string GitHubFormat = "github";

    public static Option<string?> CreateFormatOption()
    {
        var option = new Option<string?>("--diagnostics-format")
        {
            Description = "How to print diagnostics: msbuild (path(line,col): error CODE: message) or github " +
                          "(also ::error annotations; the default when GITHUB_ACTIONS=true)",
            HelpName = "msbuild|github",
        };
        option.AcceptOnlyFromAmong(MsBuildFormat, GitHubFormat);
        return option;
    }

    public static Option<bool> CreateJsonOption() =>
        new("--json") { Description = "Print a JSON report on standard output instead of text" };

    public static DiagnosticReporter CreateReporter(
        ParseResult parseResult, Option<string?> format, Option<bool> json, CliContext context, Verbosity verbosity = Verbosity.Normal)
    {
        if (parseResult.GetValue(json))
        {
            return new JsonDiagnosticReporter(context.Output);
        }

        var chosen = parseResult.GetValue(format)
            ?? (string.Equals(context.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase)
                ? GitHubFormat
                : MsBuildFormat);
        return new TextDiagnosticReporter(context.Output, context.Error, withGitHubAnnotations: chosen == GitHubFormat, ColorOption.Enabled(parseResult, context), verbosity);
    }
}
