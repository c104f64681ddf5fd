namespace BriefingCompiler.Translation;

/// <summary>
/// Decides, unit by unit, what the translator gets. Without a revision: a unit whose field has as many blocks in the
/// existing translation as in the source takes the block at its place as its target (<c>translated</c>), others go
/// out empty (<c>initial</c>). With the source as it was at a revision (<c>--since REV</c>, the source the
/// translation was made from): a unit whose id (path and text) existed then is unchanged and takes the translation
/// of that block (<c>final</c>); every other unit changed and goes out empty (<c>initial</c>). A translated block
/// is used only when its inline codes are the source's (same Markdown), so no target arrives with broken codes.
/// </summary>
public static class TranslationPlanner
{
    public static IReadOnlyList<PlannedUnit> Plan(TranslationDocument source, TranslationDocument? target, TranslationDocument? sourceAtRevision)
    {
        var planned = new List<PlannedUnit>();
        foreach (var field in source.Fields)
        {
            var translated = target?.Field(field.Field.Path);
            var before = sourceAtRevision?.Field(field.Field.Path);
            foreach (var unit in field.Units)
            {
                IReadOnlyList<InlinePart>? known = null;
                if (sourceAtRevision is null)
                {
                    if (translated is not null && translated.Units.Count == field.Units.Count)
                        known = MatchCodes(translated.Units[unit.Ordinal].Source, unit);
                }
                else if (before is not null && translated is not null && translated.Units.Count == before.Units.Count
                         && before.Units.FirstOrDefault(u => u.Id == unit.Id) is { } old)
                {
                    known = MatchCodes(translated.Units[old.Ordinal].Source, unit);
                }
                var state = known is null ? UnitState.Initial : sourceAtRevision is null ? UnitState.Translated : UnitState.Final;
                planned.Add(new PlannedUnit(unit, known, state));
            }
        }
        return planned;
    }

    /// <summary>
    /// The translated parts with each code renumbered as the source's code with the same Markdown, or null when the
    /// codes are not the source's one for one (another link, a missing bold).
    /// </summary>
    public static IReadOnlyList<InlinePart>? MatchCodes(IReadOnlyList<InlinePart> translated, TranslationUnit source)
    {
        var sourceCodes = source.Codes.ToList();
        var targetCodes = translated.OfType<InlineCode>().ToList();
        if (sourceCodes.Count != targetCodes.Count)
            return null;
        var used = new HashSet<int>();
        var renumber = new Dictionary<int, int>();
        foreach (var code in targetCodes.Where(c => c.Kind != InlineCodeKind.Close))
        {
            var closing = code.Kind == InlineCodeKind.Open ? targetCodes.First(c => c.Kind == InlineCodeKind.Close && c.Id == code.Id).Markup : null;
            var match = sourceCodes.FirstOrDefault(s => s.Kind == code.Kind && !used.Contains(s.Id) && s.Markup == code.Markup
                && (closing is null || sourceCodes.Any(c => c.Kind == InlineCodeKind.Close && c.Id == s.Id && c.Markup == closing)));
            if (match is null)
                return null;
            used.Add(match.Id);
            renumber[code.Id] = match.Id;
        }
        return [.. translated.Select(part => part is InlineCode code ? code with { Id = renumber[code.Id] } : part)];
    }
}
