using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Model;

/// <summary>
/// A validated briefing (format version 1). Built only by the model builder from a document that passed
/// validation, so every required value is present and well-formed. Markdown fields hold the Markdown source.
/// </summary>
public sealed record Briefing(
    string SourcePath,
    string Language,
    string? Symbol,
    Meeting Meeting,
    Session Session,
    MarkdownText Objective,
    MarkdownText? Background,
    MarkdownText? AgendaIntro,
    IReadOnlyList<AgendaItem> Agenda,
    IReadOnlyList<Position> Positions,
    MarkdownText? Closing,
    IReadOnlyList<ExtraSection> Sections,
    IReadOnlyList<Reference> References,
    IReadOnlyDictionary<string, string> Labels,
    DocumentControl DocumentControl,
    SourceSpan Span)
{
    /// <summary>The last entry of the version history.</summary>
    public VersionEntry CurrentVersion => DocumentControl.Versions[^1];
}
