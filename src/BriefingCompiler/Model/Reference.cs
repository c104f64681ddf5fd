using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Model;

/// <summary>A reference document; <see cref="Url"/> is an absolute http or https URL.</summary>
public sealed record Reference(string Title, string Url, SourceSpan Span)
{
    /// <summary>The audience this reference is restricted to; null: everyone.</summary>
    public string? Audience { get; init; }
}
