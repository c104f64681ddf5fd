namespace BriefingCompiler.Translation;

/// <summary>
/// One thing a translator translates: a plain field, or one block of a Markdown field (a paragraph, a list item, a
/// heading, a table cell). <see cref="Id"/> is the field's path and a hash of the block's source text, so an unchanged
/// paragraph keeps its id whatever is edited around it; <see cref="Ordinal"/> is the block's place in its field (0-based).
/// </summary>
public sealed record TranslationUnit(string Id, string FieldPath, int Ordinal, IReadOnlyList<InlinePart> Source)
{
    /// <summary>The author's YAML comments above the field, for the translator.</summary>
    public IReadOnlyList<string> Comments { get; init; } = [];

    /// <summary>The source block's Markdown exactly as written (what the id's hash is taken of).</summary>
    public required string SourceMarkdown { get; init; }

    public IEnumerable<InlineCode> Codes => Source.OfType<InlineCode>();
}
