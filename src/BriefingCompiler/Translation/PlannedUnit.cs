namespace BriefingCompiler.Translation;

/// <summary>A unit as it goes to the translator: its source, the translation already known (codes numbered as the source's), its state.</summary>
public sealed record PlannedUnit(TranslationUnit Unit, IReadOnlyList<InlinePart>? Target, UnitState State);
