using System.Diagnostics;

namespace BriefingCompiler.Tests.Native;

/// <summary>
/// briefc published the way users get it (<c>dotnet publish src/Briefc</c>: Native AOT), built once per test run
/// into the test output folder with its own artifacts folder, so it never touches the repository's bin/ and obj/.
/// A rebuild of unchanged sources is incremental (MSBuild skips the native compiler).
/// </summary>
internal sealed class NativeBriefc
{
    public NativeBriefc(string executable) => Executable = executable;

    public string Executable { get; }

    public static NativeBriefc Publish()
    {
        var folder = Path.Combine(TestPaths.Output, "native");
        var executable = Path.Combine(folder, "bin", "briefc");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "publish", Path.Combine(TestPaths.RepositoryRoot, "src", "Briefc", "Briefc.csproj"), "-c", "Release",
                "--artifacts-path", Path.Combine(folder, "artifacts"), "-o", Path.Combine(folder, "bin"),
                "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Started from a test host that `dotnet test` launched: drop the MSBuild settings it may have inherited.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var run = Run(start, TimeSpan.FromMinutes(10));
        if (run.ExitCode != 0 || !File.Exists(executable))
            Assert.Fail($"dotnet publish of the native briefc failed (exit {run.ExitCode}):\n{run.Output}\n{run.Error}");
        return new NativeBriefc(executable);
    }

    /// <summary>Runs the native briefc in <paramref name="workingDirectory"/> with only the given environment (plus PATH).</summary>
    public ProcessRun Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        var path = Environment.GetEnvironmentVariable("PATH");
        start.Environment.Clear();
        if (path is not null)
            start.Environment["PATH"] = path;
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        return Run(start, TimeSpan.FromMinutes(2));
    }

    private static ProcessRun Run(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}");
        }

        return new ProcessRun(process.ExitCode, output.Result, error.Result);
    }
}

internal sealed record ProcessRun(int ExitCode, string Output, string Error);
