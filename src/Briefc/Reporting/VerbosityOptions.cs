using System.CommandLine;

namespace Briefc.Reporting;

/// <summary><c>-q/--quiet</c> and <c>-v/--verbose</c>, as <c>dotnet</c> and <c>git</c> users expect them, on the commands that report files.</summary>
public sealed class VerbosityOptions
{
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print only diagnostics and failures: no list of files written, no summary" };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Also name every briefing that was up to date or valid" };

    /// <summary>Adds both options to <paramref name="command"/>, which refuses them together.</summary>
    public void AddTo(Command command)
    {
        command.Add(Quiet);
        command.Add(Verbose);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Quiet) && result.GetValue(Verbose))
                result.AddError("--quiet and --verbose cannot be used together; choose one.");
        });
    }

    public Verbosity Read(ParseResult parseResult) =>
        parseResult.GetValue(Quiet) ? Verbosity.Quiet : parseResult.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal;
}
