using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Model;

public sealed record ExtraSection(string Title, MarkdownText Body, SourceSpan Span)
{
    /// <summary>The audience this section is restricted to; null: everyone.</summary>
    public string? Audience { get; init; }
}
