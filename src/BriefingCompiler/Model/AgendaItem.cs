using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Model;

public sealed record AgendaItem(string Title, AgendaStatus Status, string? Note, SourceSpan Span)
{
    public bool IsTentative => Status == AgendaStatus.Tentative;
}

public enum AgendaStatus
{
    Confirmed,
    Tentative,
}
