using BriefingCompiler.Building;

namespace Briefc.Reporting;

/// <summary>Prints the result of <c>briefc build</c>: text for people and CI logs, or JSON for tools.</summary>
public abstract class BuildReporter
{
    /// <param name="elapsed">Shown only where a person reads it; never in the JSON report, which stays deterministic.</param>
    public abstract void Report(BuildReport report, TimeSpan elapsed);
}
