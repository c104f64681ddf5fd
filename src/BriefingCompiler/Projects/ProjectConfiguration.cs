using BriefingCompiler.Templating;

namespace BriefingCompiler.Projects;

/// <summary>
/// The settings of briefc.yaml, with every path made absolute against the file's folder. A setting the file does
/// not give is null (the command line or the built-in default decides).
/// </summary>
/// <param name="Path">The project file, absolute.</param>
/// <param name="Folder">Its folder: the root the globs and paths are relative to.</param>
/// <param name="Sources">Glob patterns relative to <paramref name="Folder"/>, '/'-separated.</param>
/// <param name="ContentHash">SHA-256 of the file's bytes, hex: part of every briefing's build inputs.</param>
/// <param name="Editions">The audiences whose editions `build` makes when the command line names none; null: every edition.</param>
/// <param name="TemplateBudget">The template_budget settings over the defaults, or null when the file has none.</param>
/// <param name="PdfStandard">The standards the PDFs claim (pdf_standard); null: the command line's or the default.</param>
/// <param name="Emblem">The organisation's emblem and name for the built-in template (emblem), or null.</param>
/// <param name="Toc">Whether briefings that do not say open with a contents list (toc); null: the file does not say.</param>
/// <param name="NumberedParagraphs">Whether briefings that do not say number their paragraphs (numbered_paragraphs); null: the file does not say.</param>
public sealed record ProjectConfiguration(
    string Path,
    string Folder,
    IReadOnlyList<string> Sources,
    string? Output,
    IReadOnlyList<string>? Formats,
    string? Template,
    IReadOnlyList<string> Fonts,
    string ContentHash,
    TemplateBudget? TemplateBudget = null,
    IReadOnlyList<string>? Editions = null,
    Pdf.PdfStandard? PdfStandard = null,
    ProjectEmblem? Emblem = null,
    bool? Toc = null,
    bool? NumberedParagraphs = null)
{
    public const string FileName = "briefc.yaml";

    /// <summary>Where briefings are when the file does not say.</summary>
    public static readonly IReadOnlyList<string> DefaultSources = ["briefings/**/*.yaml"];
}
