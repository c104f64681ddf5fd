namespace Briefc;

/// <summary>What briefc's exit status means; scripts and CI rely on these numbers.</summary>
public static class ExitCodes
{
    /// <summary>Everything checked is valid (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>At least one briefing has an error.</summary>
    public const int ValidationFailed = 1;

    /// <summary>The command line was wrong: unknown option, missing path, nothing to check.</summary>
    public const int UsageError = 2;

    /// <summary>A bug in briefc: an unexpected exception, reported as one line instead of a stack trace.</summary>
    public const int InternalError = 3;
}
