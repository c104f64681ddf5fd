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

    /// <summary>
    /// The audience whose edition this is (<see cref="Editions.EditionFilter"/> made it, restricted content already
    /// removed), or null: the source as written, every audience's content in it.
    /// </summary>
    public string? Edition { get; init; }

    /// <summary>
    /// <c>toc</c>: whether the document opens with a contents list (linked in the HTML, with page numbers in the PDF);
    /// null when the briefing does not say (briefc.yaml's <c>toc</c> decides, else none).
    /// </summary>
    public bool? Toc { get; init; }

    /// <summary>
    /// <c>numbered_paragraphs</c>: whether the paragraphs of the background and the positions are numbered UN-style
    /// (1., 2., … through the document), so that "paragraph 12" means the same paragraph in every language version;
    /// null when the briefing does not say (briefc.yaml's <c>numbered_paragraphs</c> decides, else none).
    /// </summary>
    public bool? NumberedParagraphs { get; init; }

    /// <summary>
    /// The images the Markdown shows, read from the briefing's folder and checked (<see cref="Assets.FigureReader"/>),
    /// by the address the Markdown writes; null when the briefing was loaded without a folder to read them from (then
    /// its images stay links, as the Word document shows them, and a diff cannot tell whether they changed).
    /// </summary>
    public IReadOnlyDictionary<string, Assets.ImageAsset>? Figures { get; init; }

    /// <summary>
    /// The document's date — of the PDF, and <c>date.now</c> in a template: <paramref name="sourceDate"/>
    /// (SOURCE_DATE_EPOCH) when the build pins one, otherwise the current version's date at midnight UTC. Never the clock.
    /// </summary>
    public DateTimeOffset DocumentDate(DateTimeOffset? sourceDate) =>
        sourceDate ?? new DateTimeOffset(CurrentVersion.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
