namespace BriefingCompiler.Conformance;

public enum ReftestStatus
{
    Passed,
    Failed,
    Skipped,
}
