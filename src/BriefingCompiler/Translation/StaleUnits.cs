namespace BriefingCompiler.Translation;

/// <summary>
/// The units of a source whose translation is stale: changed since the baseline, the revision the translation was made
/// from — their id (field and text) is not among the units of their field in the source at that revision —, unless the
/// translation of their field was itself rewritten since then (a merge not yet committed, a translator's edit: the field
/// was translated again). What <c>briefc xliff status</c> and <c>briefc check</c> report.
/// </summary>
/// <remarks>
/// A unit that was already in the source at the baseline is not stale, whatever its translation looks like: a
/// translation that leaves out a field or a block, or words a block with other Markdown, was so when it was committed,
/// and "changed since" would be untrue of it. (<see cref="TranslationPlanner"/> sends such units out to translate, as it
/// must — it has no translation to give them —, so its <c>initial</c> units are not the stale ones.)
/// </remarks>
public static class StaleUnits
{
    /// <param name="source">The source as it is.</param>
    /// <param name="translation">The translation as it is.</param>
    /// <param name="sourceAtBaseline">The source at the baseline revision (<see cref="TranslationDocument.Empty"/> when it did not exist then).</param>
    /// <param name="translationAtBaseline">The translation at the baseline revision, when it existed then.</param>
    public static IReadOnlyList<TranslationUnit> Of(
        TranslationDocument source, TranslationDocument translation, TranslationDocument sourceAtBaseline, TranslationDocument? translationAtBaseline) =>
        [.. source.Units
            .Where(unit => !ExistedAt(sourceAtBaseline, unit))
            .Where(unit => translationAtBaseline is null
                || translation.Field(unit.FieldPath)?.Field.Node.Value == translationAtBaseline.Field(unit.FieldPath)?.Field.Node.Value)];

    private static bool ExistedAt(TranslationDocument sourceAtBaseline, TranslationUnit unit) =>
        sourceAtBaseline.Field(unit.FieldPath)?.Units.Any(before => before.Id == unit.Id) == true;
}
