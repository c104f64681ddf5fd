using BriefingCompiler.Diagnostics;
using BriefingCompiler.Loading;

namespace BriefingCompiler.Translation;

/// <summary>
/// Briefings read for the translation workflow: a source or a translation must be a valid briefing (what
/// <c>briefc check</c> says, errors and all, comes back otherwise); the source at a git revision need only be YAML,
/// as it was whatever it was then.
/// </summary>
public static class TranslationSources
{
    /// <summary>A valid briefing cut into units, or null with its diagnostics.</summary>
    public static (TranslationDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) Load(string displayPath, byte[] bytes)
    {
        var loaded = BriefingLoader.Load(displayPath, bytes);
        if (loaded.HasErrors)
            return (null, loaded.Diagnostics);
        return (Read(displayPath, bytes), loaded.Diagnostics);
    }

    /// <summary>Any YAML mapping cut into units (null when it is not one), for the source as it was at a revision.</summary>
    public static TranslationDocument? Read(string displayPath, byte[] bytes)
    {
        var tree = YamlSourceLoader.Load(displayPath, bytes);
        var (text, _) = SourceDecoder.Decode(displayPath, bytes);
        return tree.Root is null || text is null ? null : TranslationExtractor.Read(displayPath, tree.Root, text.Text);
    }
}
