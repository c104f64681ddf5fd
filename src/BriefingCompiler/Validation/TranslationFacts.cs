using System.Globalization;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Model;

namespace BriefingCompiler.Validation;

/// <summary>
/// What <see cref="TranslationConsistency"/> compares of a briefing, and where to point: small enough to keep in
/// the build manifest, so that an incremental build compares a rebuilt briefing with language versions it did
/// not load again.
/// </summary>
/// <param name="Versions">The version history as <c>version of YYYY-MM-DD</c>, oldest first.</param>
public sealed record TranslationFacts(
    string SourcePath,
    string Symbol,
    string Language,
    string? OriginalLanguage,
    int AgendaCount,
    SourceSpan AgendaSpan,
    int PositionCount,
    SourceSpan PositionsSpan,
    IReadOnlyList<string> Versions,
    DateOnly CurrentDate,
    SourceSpan CurrentVersionSpan)
{
    /// <summary>
    /// With numbered paragraphs (<c>numbered_paragraphs</c>), how many each numbered field has (the background, then each
    /// position), in document order: where two versions differ, paragraph N is no longer the same paragraph in both.
    /// Null when the briefing does not number its paragraphs.
    /// </summary>
    public IReadOnlyList<NumberedField>? NumberedFields { get; init; }

    /// <summary>The facts of a briefing that has a symbol (only those have language versions to compare); else null.</summary>
    public static TranslationFacts? Of(Briefing briefing) =>
        string.IsNullOrWhiteSpace(briefing.Symbol)
            ? null
            : new TranslationFacts(
                briefing.SourcePath,
                briefing.Symbol.Trim(),
                briefing.Language,
                briefing.DocumentControl.OriginalLanguage,
                briefing.Agenda.Count,
                briefing.Agenda.Count > 0 ? briefing.Agenda[0].Span : briefing.Span,
                briefing.Positions.Count,
                briefing.Positions.Count > 0 ? briefing.Positions[0].Span : briefing.Span,
                [.. briefing.DocumentControl.Versions.Select(v => $"{v.Version} of {v.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}")],
                briefing.CurrentVersion.Date,
                briefing.CurrentVersion.Span)
            {
                NumberedFields = briefing.NumberedParagraphs == true ? NumberedFieldsOf(briefing) : null,
            };

    /// <summary>The numbered fields as every edition numbers them: content restricted to an audience is not numbered.</summary>
    private static List<NumberedField> NumberedFieldsOf(Briefing briefing)
    {
        var editions = briefing.DocumentControl.Audiences.Count > 0;
        int count(MarkdownText text) => Templating.MarkdownRenderer.OwnParagraphCount(
            editions ? Editions.AudienceBlocks.Filter(text.Source, _ => false) : text.Source);
        var fields = new List<NumberedField>();
        if (briefing.Background is { } background)
            fields.Add(new NumberedField("the background", count(background), background.Span));
        fields.AddRange(briefing.Positions.Select((position, index) =>
            new NumberedField($"position {index + 1}", position.Audience is null ? count(position.Body) : 0, position.Body.Span)));
        return fields;
    }

    /// <summary>The same facts about the file at <paramref name="path"/> (kept in the manifest without a path).</summary>
    public TranslationFacts At(string path) => this with
    {
        SourcePath = path,
        AgendaSpan = AgendaSpan with { File = path },
        PositionsSpan = PositionsSpan with { File = path },
        CurrentVersionSpan = CurrentVersionSpan with { File = path },
        NumberedFields = NumberedFields?.Select(f => f with { Span = f.Span with { File = path } }).ToList(),
    };
}

/// <summary>A field whose paragraphs are numbered: its name as messages say it, how many numbered paragraphs it has, where it is.</summary>
public sealed record NumberedField(string Name, int Count, SourceSpan Span);
