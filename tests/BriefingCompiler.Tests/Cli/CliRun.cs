using Briefc;

namespace BriefingCompiler.Tests.Cli;

/// <summary>briefc run in-process with captured output, as a user would see it.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => With(new Dictionary<string, string>(), args);

    public static CliRun With(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Run(environment, null, args);

    /// <summary>briefc run as if started in <paramref name="workingDirectory"/> (the process's own stays as it is: tests run in parallel).</summary>
    public static CliRun In(string workingDirectory, params string[] args) =>
        Run(new Dictionary<string, string>(), workingDirectory, args);

    public static CliRun In(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Run(environment, workingDirectory, args);

    /// <summary>briefc run in <paramref name="workingDirectory"/> with a context <paramref name="adjust"/> changed (another clock, another briefc).</summary>
    public static CliRun In(string workingDirectory, Func<CliContext, CliContext> adjust, params string[] args) =>
        Run(new Dictionary<string, string>(), workingDirectory, args, adjust);

    private static CliRun Run(IReadOnlyDictionary<string, string> environment, string? workingDirectory, string[] args,
        Func<CliContext, CliContext>? adjust = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, name => environment.GetValueOrDefault(name));
        if (workingDirectory is not null)
            context = context with { WorkingDirectory = workingDirectory };
        if (adjust is not null)
            context = adjust(context);
        var exitCode = BriefcApp.Run(args, context);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
