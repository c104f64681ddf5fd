using BriefingCompiler;

namespace Briefc.Reporting;

/// <summary>Prints the diagnostics of loaded briefings in one of the output formats.</summary>
public abstract class DiagnosticReporter
{
    public abstract void Report(IReadOnlyList<LoadResult> results);
}
