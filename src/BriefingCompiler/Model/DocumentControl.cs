using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Model;

public sealed record DocumentControl(
    string Title,
    string Audience,
    IReadOnlyList<VersionEntry> Versions,
    string? Marking,
    DocumentStatus Status,
    string? OriginalLanguage,
    SourceSpan Span)
{
    public bool IsDraft => Status == DocumentStatus.Draft;

    /// <summary>
    /// The editions of this document, from the innermost circle to the widest (e.g. members, then public); empty when
    /// the document has one edition for everyone. Content restricted to an audience is seen by it and by those before it.
    /// </summary>
    public IReadOnlyList<Audience> Audiences { get; init; } = [];
}

public enum DocumentStatus
{
    Final,
    Draft,
}
