namespace BriefingCompiler.Importing;

/// <summary>What an import found and where it put it, and what a person should look at: printed after the draft is written.</summary>
public sealed class ImportReport
{
    public List<string> Found { get; } = [];
    public List<string> NeedsALook { get; } = [];

    public void Place(string what) => Found.Add(what);

    public void Flag(string what) => NeedsALook.Add(what);
}
