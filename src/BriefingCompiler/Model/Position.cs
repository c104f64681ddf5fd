using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Model;

/// <summary>A position on a topic; <see cref="Agenda"/> is the 1-based number of its agenda item.</summary>
public sealed record Position(string Topic, int? Agenda, MarkdownText Body, SourceSpan Span)
{
    /// <summary>The audience this position is restricted to (it and the audiences listed before it see it); null: everyone.</summary>
    public string? Audience { get; init; }
}
