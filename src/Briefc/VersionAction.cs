using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Briefc;

/// <summary>
/// Prints briefc's own version. The default action prints the entry assembly's, which is the test host when
/// briefc runs in-process.
/// </summary>
public sealed class VersionAction : SynchronousCommandLineAction
{
    public static string Version =>
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Success;
    }
}
