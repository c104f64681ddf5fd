using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Loading;

/// <summary>
/// The source tree of one file and what was found while reading it. <see cref="Root"/> is null when the file
/// could not be read as one YAML mapping; it may be present alongside errors that do not stop reading
/// (a duplicate key, an oversized scalar), so that validation can still report everything else.
/// </summary>
public sealed record SourceLoadResult(string Path, MappingNode? Root, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
