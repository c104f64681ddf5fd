namespace BriefingCompiler.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
