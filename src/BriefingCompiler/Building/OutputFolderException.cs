namespace BriefingCompiler.Building;

/// <summary>
/// The output folder cannot be made or written to (a file in its place, no permission, a read-only or full disk):
/// a fault of the machine, not of a briefing, so the build stops at once with the folder or file and the cause.
/// </summary>
public sealed class OutputFolderException(string shownPath, string cause, Exception inner)
    : IOException($"cannot write to '{shownPath}': {cause}", inner)
{
    public string ShownPath { get; } = shownPath;
}
