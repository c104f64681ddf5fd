using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Templating;

namespace BriefingCompiler.Building;

/// <summary>
/// The parsed template and the loaded fonts, kept from one build to the next by a process that builds again and again
/// (<c>briefc watch</c>): parsing the template and opening the fonts cost more than laying out a small briefing.
/// They are kept for one key, the build's shared fingerprint (<see cref="BuildFingerprint.Shared"/>), which changes
/// whenever the template, a partial, a font file or briefc.yaml does; a build with another key loads them anew and the
/// old fonts are closed. Only a template that loaded is kept. Builds that share a cache run one after the other.
/// </summary>
public sealed class BuildEngineCache : IDisposable
{
    private string? _key;
    private TemplateLoadResult? _template;
    private FontCatalog? _fonts;

    /// <summary>Whether a template and fonts are kept for <paramref name="key"/>.</summary>
    public bool Holds(string key) => _key == key && _template is not null && _fonts is not null;

    /// <summary>The template and fonts for <paramref name="key"/>: kept ones, or loaded now (and kept when the template loads).</summary>
    public (TemplateLoadResult Template, FontCatalog? Fonts) Get(string key, Func<TemplateLoadResult> loadTemplate, Func<FontCatalog> loadFonts)
    {
        if (Holds(key))
            return (_template!, _fonts);

        Forget();
        var loaded = loadTemplate();
        if (loaded.Template is null)
            return (loaded, null);
        (_key, _template, _fonts) = (key, loaded, loadFonts());
        return (loaded, _fonts);
    }

    private void Forget()
    {
        _fonts?.Dispose();
        (_key, _template, _fonts) = (null, null, null);
    }

    public void Dispose() => Forget();
}
