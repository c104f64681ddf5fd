namespace BriefingCompiler.Translation;

/// <summary>A translatable field, its layout (structure and slots) and one unit per slot, in order.</summary>
public sealed record FieldUnits(TranslatableField Field, FieldLayout Layout, IReadOnlyList<TranslationUnit> Units);
