namespace Briefc.Reporting;

/// <summary>How much a command says besides its diagnostics, which are always printed.</summary>
public enum Verbosity
{
    /// <summary><c>--quiet</c>: diagnostics and failures only, no file list, no summary.</summary>
    Quiet,

    /// <summary>The files written and a summary.</summary>
    Normal,

    /// <summary><c>--verbose</c>: also every file that was up to date or valid.</summary>
    Verbose,
}
