using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Resources;
using BriefingCompiler.Templating;

namespace BriefingCompiler.Building;

/// <summary>
/// SHA-256 fingerprints of what a build's outputs depend on. The shared part covers everything but the source:
/// which briefc builds (its version and source hash), the formats, SOURCE_DATE_EPOCH, the template (the built-in one's text, or a custom template and
/// the partials it includes: <see cref="TemplateInputs"/>), the extra fonts (every file's name and bytes),
/// briefc.yaml and whether warnings are errors. A source's fingerprint is the shared one plus its own bytes.
/// Computing them never loads the template engine, the PDF engine or a font.
/// </summary>
public static class BuildFingerprint
{
    public static string Shared(BuildRequest request)
    {
        var text = new StringBuilder()
            .Append("briefc-build-inputs 1\n")
            .Append("tool ").Append(request.ToolIdentity).Append('\n')
            .Append("formats ").Append(((int)request.Formats).ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("date ").Append(request.SourceDate?.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) ?? "-").Append('\n')
            .Append("template ").Append(Template(request.TemplatePath)).Append('\n')
            .Append("config ").Append(request.ConfigurationHash ?? "-").Append('\n')
            // Not an input of the outputs, but of the verdict: a briefing built with warnings under the other setting
            // must be looked at again, or --warnings-as-errors would let it pass as up to date.
            .Append("warnings-as-errors ").Append(request.WarningsAsErrors ? "yes" : "no").Append('\n')
            .Append("editions ").Append(request.Editions is null ? "*" : string.Join(',', request.Editions.Order(StringComparer.Ordinal))).Append('\n')
            .Append("pdf-standard ").Append((request.PdfStandard ?? Pdf.PdfStandard.Default).ToString()).Append('\n')
            // briefc.yaml's hash covers the emblem's settings, not the image file's bytes.
            .Append("emblem ").Append(request.Emblem?.Image.ContentHash ?? "-").Append('\n');
        foreach (var folder in request.FontFolders)
            text.Append("fonts ").Append(Folder(folder, file => FontCatalog.FontFileExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))).Append('\n');
        foreach (var folder in request.SystemFontFolders ?? [])
            text.Append("system-fonts ").Append(folder).Append(' ').Append(Listing(folder)).Append('\n');
        return Hash(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>The fingerprint of one source: the shared inputs and the source's bytes.</summary>
    public static string Source(string shared, byte[] sourceBytes) =>
        Hash(Encoding.UTF8.GetBytes($"{shared}\n{Hash(sourceBytes)}"));

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string Template(string? templatePath)
    {
        if (templatePath is null)
        {
            using var stream = typeof(BriefingTemplate).Assembly.GetManifestResourceStream(BriefingTemplate.BuiltInResource)
                ?? throw new InvalidOperationException($"resource {BriefingTemplate.BuiltInResource} is missing from the assembly");
            return "built-in " + Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        // A missing template is reported when it is loaded; here it only has to differ from any real one.
        return File.Exists(templatePath) ? "custom " + TemplateInputs.Describe(templatePath) : "missing " + templatePath;
    }

    /// <summary>
    /// The font files of a system font folder by name, length and last change, not by their bytes: a desktop's fonts run
    /// to gigabytes, and every build (an up-to-date one too) computes this. A font installed, removed or replaced changes
    /// it, and the build again; the manifest records the bytes of the fonts a PDF used (<see cref="ManifestEntry.Fonts"/>).
    /// </summary>
    private static string Listing(string folder)
    {
        if (!Directory.Exists(folder))
            return "missing";
        var text = new StringBuilder();
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                     .Where(f => FontCatalog.FontFileExtensions.Contains(f.Extension, StringComparer.OrdinalIgnoreCase))
                     .OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            text.Append(Path.GetRelativePath(folder, file.FullName).Replace('\\', '/')).Append(' ')
                .Append(file.Length.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(file.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append(';');
        }

        return Hash(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>
    /// Every chosen file in a folder and below that can be read from it (<see cref="ConfinedFolder"/>: links out of it,
    /// pipes and devices are named, not read): its relative name and the hash of its bytes, in ordinal order.
    /// </summary>
    private static string Folder(string folder, Func<string, bool> include)
    {
        if (!Directory.Exists(folder))
            return "missing";
        var confined = new ConfinedFolder(folder);
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                     .Where(include)
                     .Select(f => (Full: f, Relative: Path.GetRelativePath(folder, f).Replace('\\', '/')))
                     .OrderBy(f => f.Relative, StringComparer.Ordinal))
        {
            text.Append(file.Relative).Append(' ');
            try
            {
                text.Append(confined.ResolveFull(file.Full, out _) is { } real ? HashFile(real) : "refused");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                text.Append("unreadable");
            }

            text.Append('\n');
        }

        return Hash(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
