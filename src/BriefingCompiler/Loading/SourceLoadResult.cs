using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Loading;

/// <summary>
/// The source tree of one file and what was found while reading it. <see cref="Root"/> is null when the file
/// could not be read as one YAML mapping; it may be present alongside errors that do not stop reading
/// (a duplicate key, an oversized scalar), so that validation can still report everything else.
/// <see cref="ReportedNodes"/> are nodes the loader already reported (such as the empty stand-in for an
/// undefined alias): validation stays silent about them, so one mistake gives one diagnostic.
/// </summary>
public sealed record SourceLoadResult(
    string Path, MappingNode? Root, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlySet<SourceNode> ReportedNodes)
{
    public SourceLoadResult(string path, MappingNode? root, IReadOnlyList<Diagnostic> diagnostics)
        : this(path, root, diagnostics, new HashSet<SourceNode>())
    {
    }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The decoded text the tree was read from (null when the file could not be decoded): later stages
    /// place findings inside a value by it.</summary>
    public SourceText? Text { get; init; }
}
