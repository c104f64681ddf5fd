using BriefingCompiler.Loading;

namespace BriefingCompiler.Translation;

/// <summary>A briefing's source tree and text with its translatable fields cut into units.</summary>
public sealed record TranslationDocument(string Path, MappingNode Root, string Text, IReadOnlyList<FieldUnits> Fields)
{
    public string Language => (Root.Find("language")?.Value as ScalarNode)?.Value ?? "";

    public IEnumerable<TranslationUnit> Units => Fields.SelectMany(f => f.Units);

    /// <summary>A document with no units: the source at a revision where it did not exist yet (or was not YAML).</summary>
    public static TranslationDocument Empty(string path) => new(path, new MappingNode([], Diagnostics.SourceSpan.StartOf(path)), "", []);

    public FieldUnits? Field(string path) => Fields.FirstOrDefault(f => f.Field.Path == path);
}
