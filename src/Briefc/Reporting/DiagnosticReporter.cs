using BriefingCompiler;

namespace Briefc.Reporting;

/// <summary>Prints the diagnostics of loaded briefings in one of the output formats.</summary>
public abstract class DiagnosticReporter
{
    public abstract void Report(IReadOnlyList<LoadResult> results);

    /// <summary>The errors of the project file (briefc.yaml), which stopped the check before any briefing was read.</summary>
    public abstract void ReportProjectFile(LoadResult project);
}
