namespace BriefingCompiler.Conformance;

/// <summary>
/// A test of the snapshot that is wrong as written (<see cref="InvalidTestsFile"/>): its suite-relative path, what is
/// wrong with it, and the upstream evidence that it was corrected because of that.
/// </summary>
public sealed record InvalidTest(string Path, string Reason, string Evidence)
{
    /// <summary>The reason and the evidence in one line, as results.json gives them.</summary>
    public string Description => $"{Reason} (upstream: {Evidence})";
}
