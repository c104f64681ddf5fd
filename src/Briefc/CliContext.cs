namespace Briefc;

/// <summary>
/// Where a command writes and what it reads from the environment: the real console in <c>Program</c>,
/// string writers in tests, so commands run in-process and their output can be read back.
/// </summary>
public sealed record CliContext(TextWriter Output, TextWriter Error, Func<string, string?> GetEnvironmentVariable)
{
    /// <summary>
    /// The folder relative paths are resolved against and where the search for <c>briefc.yaml</c> starts. Tests set
    /// it instead of changing the process's current directory, which all tests running in parallel share.
    /// </summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>
    /// Which briefc this is, for the build fingerprint (<see cref="Briefc.ToolIdentity"/>); tests set another to stand for
    /// a briefc built from other sources.
    /// </summary>
    public string ToolIdentity { get; init; } = Briefc.ToolIdentity.Current;

    /// <summary>
    /// The clock, read only by scaffolding (<c>briefc new</c> dates version 1 today); what <c>build</c> writes never
    /// depends on it. Tests set a fixed one.
    /// </summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>A person watches the output (not redirected to a file or a CI log): progress may be drawn in place.</summary>
    public bool IsInteractive { get; init; }

    /// <summary>Stops a long-running command (<c>briefc watch</c>): Ctrl+C in <c>Program</c>, the test's own token in tests.</summary>
    public CancellationToken Stop { get; init; }

    /// <summary>
    /// Opens a file or address with the desktop's handler (<c>watch --open</c>): the browser, the PDF viewer. Tests
    /// record what would be opened instead.
    /// </summary>
    public Action<string> OpenWithDesktop { get; init; } = DesktopOpener.Open;

    /// <summary>
    /// The system's font folders, read when a command is given <c>--system-fonts</c>: the machine's own
    /// (<see cref="BriefingCompiler.Pdf.Fonts.SystemFontFolders.Find"/>) in <c>Program</c>, a test's folder in tests.
    /// </summary>
    public Func<IReadOnlyList<string>> SystemFontFolders { get; init; } = BriefingCompiler.Pdf.Fonts.SystemFontFolders.Find;

    /// <summary>A path given by the user, made absolute against <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
