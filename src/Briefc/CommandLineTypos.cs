using System.CommandLine;
using System.Text.RegularExpressions;
using BriefingCompiler.Validation;

namespace Briefc;

/// <summary>
/// The parser's complaint about a word it did not know, with the command or option that was probably meant:
/// <c>briefc biuld</c> → unknown command 'biuld'; did you mean 'build'? The same closeness rule as the
/// "did you mean" of unknown fields in a briefing (<see cref="NameSuggestion"/>).
/// </summary>
public static partial class CommandLineTypos
{
    [GeneratedRegex(@"^Unrecognized (?<what>command or argument|option) '(?<token>.*)'\.$")]
    private static partial Regex Unrecognized();

    public static string Explain(string message, Command command, Command root)
    {
        if (Unrecognized().Match(message) is not { Success: true } match)
            return message;
        var token = match.Groups["token"].Value;
        var where = command == root ? "" : $" for 'briefc {command.Name}'";
        if (token.StartsWith('-'))
        {
            var options = command.Options.Concat(root.Options.Where(o => o.Recursive))
                .SelectMany(o => o.Aliases.Prepend(o.Name))
                .Where(name => name.StartsWith("--", StringComparison.Ordinal));
            return $"unknown option '{token}'{where}{Suggestion(token.TrimStart('-'), options.Select(o => o[2..]), "--")}";
        }

        if (command == root)
        {
            var commands = root.Subcommands.Select(c => c.Name);
            return $"unknown command '{token}'{Suggestion(token, commands, "")}";
        }

        return $"unexpected argument '{token}'{where}";
    }

    private static string Suggestion(string token, IEnumerable<string> known, string prefix) =>
        NameSuggestion.Closest(token, known) is { } closest ? $"; did you mean '{prefix}{closest}'?" : "";
}
