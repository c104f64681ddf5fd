using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Loading;

/// <summary>
/// The YAML source as a tree in which every node keeps where it came from. Aliases are already expanded
/// (within the spec's limit), so later stages never see anchors.
/// </summary>
public abstract record SourceNode(SourceSpan Span);

/// <summary>
/// A scalar exactly as written. <see cref="IsPlain"/> tells a plain scalar (which YAML may resolve to a
/// number, boolean or null) from a quoted or block one (always a string); the text itself is never
/// reinterpreted, so <c>version: 1.10</c> stays "1.10".
/// </summary>
public sealed record ScalarNode(string Value, bool IsPlain, SourceSpan Span) : SourceNode(Span)
{
    /// <summary>A literal block (<c>|</c>): its lines are the source's lines, the first one on the line after the indicator.</summary>
    public bool IsLiteral { get; init; }
}

public sealed record SequenceNode(IReadOnlyList<SourceNode> Items, SourceSpan Span) : SourceNode(Span);

/// <summary>A mapping in source order. Keys are scalars; duplicate keys were reported and the first kept.</summary>
public sealed record MappingNode(IReadOnlyList<MappingEntry> Entries, SourceSpan Span) : SourceNode(Span)
{
    public MappingEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key.Value == key);
}

public sealed record MappingEntry(ScalarNode Key, SourceNode Value);
