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
}

public enum DocumentStatus
{
    Final,
    Draft,
}
