using BriefingCompiler.Templating;

namespace BriefingCompiler.Building;

/// <summary>
/// Everything one build needs, already resolved from the command line and briefc.yaml.
/// </summary>
/// <param name="OutputFolder">Absolute folder the outputs and the manifest go to.</param>
/// <param name="OutputFolderDisplay">The same folder as messages show it.</param>
/// <param name="TemplatePath">A custom template (absolute), or null for the built-in one.</param>
/// <param name="FontFolders">Absolute folders of extra fonts.</param>
/// <param name="SourceDate">SOURCE_DATE_EPOCH when set: the date of every PDF.</param>
/// <param name="ConfigurationHash">SHA-256 of briefc.yaml when one is used: changing it rebuilds everything.</param>
/// <param name="ToolIdentity">Which briefc builds: its version and the hash of the sources it was built from, so a briefc
/// built from other sources rebuilds everything.</param>
/// <param name="Force">Rebuild every source, whatever the manifest says.</param>
/// <param name="WarningsAsErrors">A source with warnings fails: nothing of it is written.</param>
/// <param name="TemplateDisplay">The custom template as messages show it (as the user gave it); null: <paramref name="TemplatePath"/>.</param>
/// <param name="TemplateBudget">How much one render may spend (briefc.yaml's template_budget); null: the defaults.
/// Part of the fingerprint through <paramref name="ConfigurationHash"/>, as it comes from briefc.yaml.</param>
/// <param name="Editions">The audiences whose editions to build (<c>--audience</c>, briefc.yaml's <c>editions</c>), or null
/// for every edition of each briefing that declares audiences.</param>
/// <param name="PdfStandard">The standards the PDFs claim (<c>--pdf-standard</c>, briefc.yaml's <c>pdf_standard</c>); null: the default, ua-1.</param>
/// <param name="Emblem">briefc.yaml's emblem for the template, or null.</param>
/// <param name="Toc">Whether briefings that do not say open with a contents list (briefc.yaml's <c>toc</c>); part of the
/// fingerprint through <paramref name="ConfigurationHash"/>.</param>
/// <param name="NumberedParagraphs">Whether briefings that do not say number their paragraphs (briefc.yaml's
/// <c>numbered_paragraphs</c>); part of the fingerprint through <paramref name="ConfigurationHash"/>.</param>
/// <param name="FontFoldersDisplay">The font folders as messages show them (as the user gave them), one per folder; null: <paramref name="FontFolders"/>.</param>
/// <param name="SystemFontFolders">The system's font folders when the build may use them (<c>--system-fonts</c>,
/// <see cref="Pdf.Fonts.SystemFontFolders.Find"/>); null: it may not (the default, so builds are reproducible).</param>
public sealed record BuildRequest(
    IReadOnlyList<BuildSource> Sources,
    string OutputFolder,
    string OutputFolderDisplay,
    OutputFormats Formats,
    string? TemplatePath,
    IReadOnlyList<string> FontFolders,
    DateTimeOffset? SourceDate,
    string? ConfigurationHash,
    string ToolIdentity,
    bool Force = false,
    bool WarningsAsErrors = false,
    string? TemplateDisplay = null,
    TemplateBudget? TemplateBudget = null,
    IReadOnlyList<string>? FontFoldersDisplay = null,
    IReadOnlySet<string>? Editions = null,
    Pdf.PdfStandard? PdfStandard = null,
    Projects.ProjectEmblem? Emblem = null,
    bool Toc = false,
    bool NumberedParagraphs = false,
    IReadOnlyList<string>? SystemFontFolders = null);
