using System.CommandLine;

namespace Briefc.Reporting;

/// <summary>
/// <c>--color auto|always|never</c>, on every command: whether diagnostics are coloured. <c>auto</c> colours only a
/// terminal a person watches, and not when <c>NO_COLOR</c> is set (no-color.org) or <c>TERM=dumb</c>; the option,
/// given explicitly, wins over both.
/// </summary>
public static class ColorOption
{
    public const string Name = "--color";

    public static Option<string> Create()
    {
        var option = new Option<string>(Name)
        {
            Description = "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always, never",
            HelpName = "auto|always|never",
            DefaultValueFactory = _ => "auto",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong("auto", "always", "never");
        return option;
    }

    public static bool Enabled(ParseResult parseResult, CliContext context) =>
        Enabled(parseResult.GetValue<string>(Name), context);

    public static bool Enabled(string? choice, CliContext context) => choice switch
    {
        "always" => true,
        "never" => false,
        _ => context.IsInteractive
             && string.IsNullOrEmpty(context.GetEnvironmentVariable("NO_COLOR"))
             && context.GetEnvironmentVariable("TERM") != "dumb",
    };
}
