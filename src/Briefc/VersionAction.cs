using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Briefc;

/// <summary>
/// Prints briefc's own version and which sources it was built from (<see cref="ToolIdentity"/>): two builds of version
/// 0.1.0 differ, and a bug report should say which one it is. The default action prints the entry assembly's version,
/// which is the test host's when briefc runs in-process.
/// </summary>
public sealed class VersionAction : SynchronousCommandLineAction
{
    public static string Version =>
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(ToolIdentity.VersionLine(Version, ToolIdentity.SourceHash));
        return ExitCodes.Success;
    }
}
