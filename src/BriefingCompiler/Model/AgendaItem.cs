using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Model;

public sealed record AgendaItem(string Title, AgendaStatus Status, string? Note, SourceSpan Span)
{
    public bool IsTentative => Status == AgendaStatus.Tentative;

    /// <summary>The audience the whole item is restricted to; null: everyone.</summary>
    public string? Audience { get; init; }

    /// <summary>The audience the <see cref="Note"/> alone is restricted to; null: whoever sees the item.</summary>
    public string? NoteAudience { get; init; }
}

public enum AgendaStatus
{
    Confirmed,
    Tentative,
}
