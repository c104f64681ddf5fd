using System.CommandLine;

namespace Briefc.Commands;

/// <summary>
/// <c>briefc xliff extract|merge</c>: the translation round trip through the translators' CAT tools (docs/translation.md).
/// </summary>
public static class XliffCommand
{
    public static Command Create(CliContext context) =>
        new("xliff", "Send a briefing to translators as XLIFF and take their translation back (docs/translation.md).")
        {
            XliffExtractCommand.Create(context),
            XliffMergeCommand.Create(context),
            XliffStatusCommand.Create(context),
        };

    /// <summary>What <c>xliff</c>'s subcommands print before a problem that is not a diagnostic of a file.</summary>
    internal static int Fail(CliContext context, string command, string message, int exitCode)
    {
        context.Error.WriteLine($"briefc xliff {command}: error: {message}");
        return exitCode;
    }

    /// <summary>A briefing file's path with its language suffix (<c>x.en.yaml</c> → <c>x</c>) taken off, when it has that language's.</summary>
    internal static string Stem(string path, string language)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        var suffix = "." + language;
        var name = stem.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? stem[..^suffix.Length] : stem;
        return Path.Combine(Path.GetDirectoryName(path) ?? "", name);
    }
}
