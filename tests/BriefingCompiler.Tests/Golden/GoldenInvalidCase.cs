namespace BriefingCompiler.Tests.Golden;

/// <summary>
/// One invalid input and the diagnostics it must give, as <c>line:col CODE</c> lines in source order. File cases
/// come from Golden/Invalid/NNN-name.yaml with NNN-name.expected; the limit cases are generated at run time so
/// that multi-megabyte inputs are not committed.
/// </summary>
public sealed record GoldenInvalidCase(string Name, Func<byte[]> Content, IReadOnlyList<string> Expected)
{
    public override string ToString() => Name;
}
