using BriefingCompiler.Diagnostics;
using BriefingCompiler.Model;

namespace BriefingCompiler.Validation;

/// <summary>
/// Briefings that share a <c>symbol</c> are language versions of one document. When one of them has a different
/// number of agenda items or positions, or a different version history, a translation has fallen behind: each
/// version that differs from the reference gets a warning. The reference is the version in the original language
/// (<c>document_control.original_language</c>) when the group has it; otherwise the one with the latest current
/// version, then the first by path. A pure function of the loaded briefings of one run.
/// </summary>
public static class TranslationConsistency
{
    public static IReadOnlyList<Diagnostic> Check(IEnumerable<Briefing> briefings) =>
        Check(briefings.Select(TranslationFacts.Of).OfType<TranslationFacts>());

    public static IReadOnlyList<Diagnostic> Check(IEnumerable<TranslationFacts> briefings) =>
        [.. Pairs(briefings).SelectMany(pair => Compare(pair.Version, pair.Reference))];

    /// <summary>
    /// Each language version with the version it is compared with (its group's reference), groups by symbol, members
    /// by path: what the warnings here compare, and what <c>briefc check</c>'s stale-paragraph report
    /// (<see cref="Translation.StaleTranslationCheck"/>) reads against its git baseline.
    /// </summary>
    public static IEnumerable<(TranslationFacts Version, TranslationFacts Reference)> Pairs(IEnumerable<TranslationFacts> briefings)
    {
        var groups = briefings
            .GroupBy(b => b.Symbol, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var members = group.OrderBy(b => b.SourcePath, StringComparer.Ordinal).ToList();
            var reference = Reference(members);
            foreach (var other in members.Where(b => !ReferenceEquals(b, reference)))
                yield return (other, reference);
        }
    }

    /// <summary>The loaded briefings with the warnings of <see cref="Check(IEnumerable{Briefing})"/> added to each file's diagnostics, in source order.</summary>
    public static IReadOnlyList<LoadResult> AddWarnings(IReadOnlyList<LoadResult> results)
    {
        var warnings = Check(results.Select(r => r.Briefing).OfType<Briefing>()).ToLookup(d => d.Span.File, StringComparer.Ordinal);
        return [.. results.Select(r => warnings[r.Path].Any()
            ? r with { Diagnostics = [.. r.Diagnostics.Concat(warnings[r.Path]).OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column)] }
            : r)];
    }

    private static TranslationFacts Reference(IReadOnlyList<TranslationFacts> members)
    {
        var original = members
            .Select(b => b.OriginalLanguage)
            .FirstOrDefault(language => language is not null && members.Any(b => SameLanguage(b.Language, language)));
        return original is not null
            ? members.First(b => SameLanguage(b.Language, original))
            : members.OrderByDescending(b => b.CurrentDate).ThenBy(b => b.SourcePath, StringComparer.Ordinal).First();
    }

    private static IEnumerable<Diagnostic> Compare(TranslationFacts version, TranslationFacts reference)
    {
        var other = $"the {reference.Language} version ({reference.SourcePath})";
        if (version.AgendaCount != reference.AgendaCount)
        {
            yield return Warning(DiagnosticCodes.TranslationAgendaDiffers,
                $"the agenda has {Items(version.AgendaCount, "item")} but {other} has {reference.AgendaCount}; is this translation behind?",
                version.AgendaSpan);
        }

        if (version.PositionCount != reference.PositionCount)
        {
            yield return Warning(DiagnosticCodes.TranslationPositionsDiffer,
                $"there {(version.PositionCount == 1 ? "is" : "are")} {Items(version.PositionCount, "position")} but {other} has {reference.PositionCount}; is this translation behind?",
                version.PositionsSpan);
        }

        if (MismatchedField(version, reference) is var (field, referenceField, first))
        {
            yield return Warning(DiagnosticCodes.TranslationParagraphsDiffer,
                $"{field.Name} has {Items(field.Count, "numbered paragraph")} but in {other} it has {referenceField.Count}, so paragraph numbers from {first} on "
                + "no longer name the same paragraphs in both; split or join paragraphs as the original does",
                field.Span);
        }

        var mine = string.Join(", ", version.Versions);
        var theirs = string.Join(", ", reference.Versions);
        if (mine != theirs)
        {
            yield return Warning(DiagnosticCodes.TranslationVersionsDiffer,
                $"the version history ({mine}) differs from {other} ({theirs}); is this translation behind?",
                version.CurrentVersionSpan);
        }
    }

    /// <summary>
    /// The first numbered field whose paragraph count differs between the versions (both number their paragraphs and have
    /// the same fields — a missing position is BRF3102's), with the other's field and the first paragraph number affected.
    /// </summary>
    private static (NumberedField Mine, NumberedField Theirs, int First)? MismatchedField(TranslationFacts version, TranslationFacts reference)
    {
        if (version.NumberedFields is not { } mine || reference.NumberedFields is not { } theirs || mine.Count != theirs.Count)
            return null;
        var before = 0;
        for (var i = 0; i < mine.Count; i++)
        {
            if (mine[i].Count != theirs[i].Count)
                return (mine[i], theirs[i], before + Math.Min(mine[i].Count, theirs[i].Count) + 1);
            before += mine[i].Count;
        }

        return null;
    }

    private static bool SameLanguage(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Items(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static Diagnostic Warning(string code, string message, SourceSpan span) => new(Severity.Warning, code, message, span);
}
