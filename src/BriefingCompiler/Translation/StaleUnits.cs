namespace BriefingCompiler.Translation;

/// <summary>
/// The units of a source whose translation is stale: changed since the baseline, the revision the translation was made
/// from (<see cref="TranslationPlanner"/> with the source at that revision: what <c>--since</c> would send), unless the
/// translation of their field was itself rewritten since then (a merge not yet committed, a translator's edit: the field
/// was translated again). What <c>briefc xliff status</c> and <c>briefc check</c> report.
/// </summary>
public static class StaleUnits
{
    /// <param name="source">The source as it is.</param>
    /// <param name="translation">The translation as it is.</param>
    /// <param name="sourceAtBaseline">The source at the baseline revision (<see cref="TranslationDocument.Empty"/> when it did not exist then).</param>
    /// <param name="translationAtBaseline">The translation at the baseline revision, when it existed then.</param>
    public static IReadOnlyList<TranslationUnit> Of(
        TranslationDocument source, TranslationDocument translation, TranslationDocument sourceAtBaseline, TranslationDocument? translationAtBaseline) =>
        [.. TranslationPlanner.Plan(source, translation, sourceAtBaseline)
            .Where(p => p.State == UnitState.Initial)
            .Select(p => p.Unit)
            .Where(unit => translationAtBaseline is null
                || translation.Field(unit.FieldPath)?.Field.Node.Value == translationAtBaseline.Field(unit.FieldPath)?.Field.Node.Value)];
}
