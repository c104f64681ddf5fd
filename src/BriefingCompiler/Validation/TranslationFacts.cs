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
                briefing.CurrentVersion.Span);

    /// <summary>The same facts about the file at <paramref name="path"/> (kept in the manifest without a path).</summary>
    public TranslationFacts At(string path) => this with
    {
        SourcePath = path,
        AgendaSpan = AgendaSpan with { File = path },
        PositionsSpan = PositionsSpan with { File = path },
        CurrentVersionSpan = CurrentVersionSpan with { File = path },
    };
}
