using Briefc;

namespace BriefingCompiler.Tests.Cli;

/// <summary>briefc run in-process with captured output, as a user would see it.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => With(new Dictionary<string, string>(), args);

    public static CliRun With(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = BriefcApp.Run(args, new CliContext(output, error, name => environment.GetValueOrDefault(name)));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
