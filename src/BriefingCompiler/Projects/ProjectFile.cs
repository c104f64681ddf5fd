using System.Globalization;
using System.Security.Cryptography;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Loading;
using BriefingCompiler.Pdf.Resources;
using BriefingCompiler.Templating;
using BriefingCompiler.Validation;

namespace BriefingCompiler.Projects;

/// <summary>
/// Finds and reads briefc.yaml: the same loader as briefings (positions, limits, duplicate keys), the same
/// schema machinery with the project schema, then a check that the files and folders it names exist.
/// </summary>
public static class ProjectFile
{
    /// <summary>The nearest briefc.yaml in <paramref name="folder"/> or a folder above it, or null.</summary>
    public static string? Find(string folder)
    {
        for (var current = new DirectoryInfo(Path.GetFullPath(folder)); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, ProjectConfiguration.FileName);
            if (File.Exists(candidate))
                return candidate;
        }

        return null;
    }

    /// <summary>Reads the project file at <paramref name="path"/>; <paramref name="displayPath"/> names it in diagnostics.</summary>
    public static ProjectLoadResult Load(string path, string displayPath)
    {
        byte[] bytes;
        try
        {
            bytes = RegularFile.ReadAllBytes(path, SourceLimits.MaxFileBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ProjectLoadResult(null, [new Diagnostic(Severity.Error, DiagnosticCodes.FileUnreadable,
                $"cannot read the file: {e.Message}", SourceSpan.StartOf(displayPath))]);
        }

        var source = YamlSourceLoader.Load(displayPath, bytes);
        if (source.Root is not { } root)
            return new ProjectLoadResult(null, source.Diagnostics);

        var schema = SchemaValidator.Validate(root, source.ReportedNodes, ProjectSchema.Instance);
        var diagnostics = source.Diagnostics.Concat(schema.Diagnostics).ToList();
        if (diagnostics.Any(d => d.IsError))
            return new ProjectLoadResult(null, InOrder(diagnostics));

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        string Resolve(ScalarNode node) => Path.GetFullPath(node.Value, folder);

        var template = root.Find("template")?.Value as ScalarNode;
        if (template is not null && !File.Exists(Resolve(template)))
            diagnostics.Add(Missing(template, "template file"));
        var fonts = Strings(root.Find("fonts")?.Value);
        diagnostics.AddRange(fonts.Where(f => !Directory.Exists(Resolve(f))).Select(f => Missing(f, "font folder")));
        var emblem = root.Find("emblem")?.Value is MappingNode emblemNode ? Emblem(emblemNode, folder, diagnostics) : null;
        if (diagnostics.Any(d => d.IsError))
            return new ProjectLoadResult(null, InOrder(diagnostics));

        var sources = Strings(root.Find("sources")?.Value).Select(s => s.Value.Replace('\\', '/')).ToList();
        var formats = root.Find("formats")?.Value is SequenceNode formatList
            ? formatList.Items.OfType<ScalarNode>().Select(f => f.Value).ToList()
            : null;
        var configuration = new ProjectConfiguration(
            full,
            folder,
            sources.Count > 0 ? sources : ProjectConfiguration.DefaultSources,
            root.Find("output")?.Value is ScalarNode output ? Resolve(output) : null,
            formats,
            template is null ? null : Resolve(template),
            [.. fonts.Select(Resolve)],
            Convert.ToHexStringLower(SHA256.HashData(bytes)),
            root.Find("template_budget")?.Value is MappingNode budget ? Budget(budget) : null,
            root.Find("editions")?.Value is SequenceNode editionList ? [.. editionList.Items.OfType<ScalarNode>().Select(e => e.Value)] : null,
            // The schema's pattern admits only lists PdfStandard reads.
            root.Find("pdf_standard")?.Value is ScalarNode standard ? Pdf.PdfStandard.TryParse(standard.Value, out _) : null,
            emblem,
            root.Find("toc")?.Value is ScalarNode toc ? YamlCoreSchema.IsTrue(toc) : null,
            root.Find("numbered_paragraphs")?.Value is ScalarNode numbered ? YamlCoreSchema.IsTrue(numbered) : null);
        return new ProjectLoadResult(configuration, InOrder(diagnostics));
    }

    /// <summary>
    /// The emblem (the schema checked its shape): the image is read now, from inside the project's folder only (a
    /// <c>..</c> path, an absolute path or a symbolic link out of the folder is refused), at most
    /// <see cref="Assets.ImageAsset.MaxBytes"/>, and must be an image the PDF engine reads; the names' keys must be
    /// language tags. Null, with errors added, when it cannot be used.
    /// </summary>
    private static ProjectEmblem? Emblem(MappingNode node, string folder, List<Diagnostic> diagnostics)
    {
        Diagnostic Error(SourceNode at, string message) => new(Severity.Error, DiagnosticCodes.EmblemUnusable, message, at.Span);

        var errors = diagnostics.Count;
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        switch (node.Find("organisation")?.Value)
        {
            case ScalarNode single:
                names[""] = single.Value.Trim();
                break;
            case MappingNode byLanguage:
                foreach (var entry in byLanguage.Entries)
                {
                    if (entry.Key.Value != "*" && !Validation.LanguageTag.IsWellFormed(entry.Key.Value))
                        diagnostics.Add(Error(entry.Key, $"'{entry.Key.Value}' is not a language tag; give the organisation's name per language (en: …, zh: …), or under '*' for every other language"));
                    else if (entry.Value is ScalarNode name)
                        names[entry.Key.Value == "*" ? "" : entry.Key.Value] = name.Value.Trim();
                }

                break;
        }

        if (node.Find("image")?.Value is not ScalarNode imageNode)
            return null;
        byte[] bytes = [];
        var confined = new ConfinedFolder(folder);
        if (confined.Resolve(imageNode.Value, out var problem) is not { } real)
        {
            diagnostics.Add(Error(imageNode, $"cannot use the emblem image '{imageNode.Value}': {problem}; put the image in the project's folder (next to briefc.yaml or below it) and name it by a relative path"));
        }
        else
        {
            try
            {
                bytes = RegularFile.ReadAllBytes(real, Assets.ImageAsset.MaxBytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Error(imageNode, e is FileTooLargeException
                    ? $"the emblem image '{imageNode.Value}' is larger than {Assets.ImageAsset.MaxBytes / 1024 / 1024} MiB; save a smaller one (an SVG, or a PNG of a few hundred pixels)"
                    : $"cannot read the emblem image '{imageNode.Value}': {e.Message}"));
            }
        }

        var format = Pdf.Images.ImageLoader.Sniff(bytes);
        if (diagnostics.Count == errors && format is null)
            diagnostics.Add(Error(imageNode, $"the emblem image '{imageNode.Value}' is not a PNG, JPEG, GIF, WebP or SVG image (read from its first bytes); save it in one of those formats"));
        if (diagnostics.Count > errors || format is null)
            return null;
        var everyPage = node.Find("every_page")?.Value is ScalarNode flag && YamlCoreSchema.IsTrue(flag);
        return new ProjectEmblem(Assets.ImageAsset.Of(bytes, format.Value, "emblem"), names, everyPage);
    }

    /// <summary>The template budget, each setting the file leaves out taken from the defaults (the schema checked the numbers).</summary>
    private static TemplateBudget Budget(MappingNode node)
    {
        long Setting(string key, long fallback) =>
            node.Find(key)?.Value is ScalarNode value && long.TryParse(value.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? number
                : fallback;
        var defaults = TemplateBudget.Default;
        return new TemplateBudget(
            Setting("steps", defaults.Steps),
            Setting("characters", defaults.Characters),
            (int)Setting("seconds", defaults.Seconds));
    }

    private static List<ScalarNode> Strings(SourceNode? node) =>
        node is SequenceNode sequence ? [.. sequence.Items.OfType<ScalarNode>()] : [];

    private static Diagnostic Missing(ScalarNode node, string what) =>
        new(Severity.Error, DiagnosticCodes.ProjectPathMissing, $"no such {what}: '{node.Value}' (paths are relative to the project file's folder)", node.Span);

    private static IReadOnlyList<Diagnostic> InOrder(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column)];
}

/// <summary>The project's settings, or null with the diagnostics saying why the file cannot be used.</summary>
public sealed record ProjectLoadResult(ProjectConfiguration? Configuration, IReadOnlyList<Diagnostic> Diagnostics);
