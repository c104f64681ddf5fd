using System.CommandLine;
using System.Globalization;
using Briefc.Reporting;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Projects;

namespace Briefc.Commands;

/// <summary><c>briefc fonts [--fonts DIR]… [--system-fonts] [--project FILE] [--json]</c>: the font families a build can
/// use, their styles, the scripts each draws and where each comes from (a <c>--fonts</c> folder or briefc.yaml's
/// <c>fonts</c>, which take precedence, bundled, or — with <c>--system-fonts</c> — the system's), and the font files that
/// cannot be used.</summary>
public static class FontsCommand
{
    public static Command Create(CliContext context)
    {
        var fonts = new Option<string[]>("--fonts")
        {
            Description = "A folder of extra .ttf fonts, as for build (repeatable; default: the fonts of briefc.yaml, if any)",
            AllowMultipleArgumentsPerToken = false,
        };
        var systemFonts = new Option<bool>("--system-fonts") { Description = "Also list the fonts installed on this machine, as build --system-fonts uses them" };
        var project = new Option<string>("--project") { Description = $"The project file whose fonts to list (default: the nearest {ProjectConfiguration.FileName})" };
        var json = new Option<bool>("--json") { Description = "Print the list as JSON" };
        var command = new Command("fonts", "List the font families briefc can draw with: styles, scripts, and where each comes from (bundled, --fonts folder, briefc.yaml).")
        {
            fonts, systemFonts, project, json,
        };
        command.SetAction(parseResult =>
        {
            var given = parseResult.GetValue(fonts) ?? [];
            List<string> folders;
            List<string> shown;
            string source;
            if (given.Length > 0)
            {
                folders = [.. given.Select(context.FullPath)];
                shown = [.. given];
                source = "--fonts";
            }
            else
            {
                var projectOption = parseResult.GetValue(project);
                var projectPath = projectOption is not null ? context.FullPath(projectOption) : ProjectFile.Find(context.WorkingDirectory);
                if (projectOption is not null && !File.Exists(projectPath))
                    return UsageError(context, $"no such project file: '{projectOption}'");
                var configuration = projectPath is null ? null : ProjectFile.Load(projectPath, ProjectSources.Shown(context, projectPath)).Configuration;
                if (projectPath is not null && configuration is null)
                    return UsageError(context, $"the project file '{ProjectSources.Shown(context, projectPath)}' is not valid; 'briefc check' says why");
                folders = [.. configuration?.Fonts ?? []];
                shown = [.. folders.Select(f => ProjectSources.Shown(context, f))];
                source = ProjectConfiguration.FileName;
            }

            if (folders.Select((f, i) => (f, i)).FirstOrDefault(f => !Directory.Exists(f.f)) is { f: not null } missing)
                return UsageError(context, $"no such font folder: '{shown[missing.i]}'");
            using var catalog = new FontCatalog(folders, shown, parseResult.GetValue(systemFonts) ? context.SystemFontFolders() : null);
            var faces = catalog.Describe();
            IReadOnlyList<(string Path, string Reason)> rejected = [.. catalog.RejectedFiles, .. catalog.RejectedSystemFiles];
            if (parseResult.GetValue(json)) WriteJson(context, faces, rejected, source);
            else WriteText(context, faces, rejected, source);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Style(FontDescription face) =>
        face.Weight.ToString(CultureInfo.InvariantCulture) + (face.Italic ? " italic" : "");

    private static void WriteText(CliContext context, IReadOnlyList<FontDescription> faces, IReadOnlyList<(string Path, string Reason)> rejected, string source)
    {
        foreach (var family in faces.GroupBy(f => (f.Family, f.Origin)))
        {
            var from = family.Key.Origin switch
            {
                FontOrigin.Bundled => "bundled",
                FontOrigin.System => $"system: {string.Join(", ", family.Select(f => f.File).Distinct())}",
                _ => $"{source}: {string.Join(", ", family.Select(f => f.File).Distinct())}",
            };
            context.Output.WriteLine($"{family.Key.Family}  [{string.Join(", ", family.Select(Style))}]  {string.Join(' ', family.SelectMany(f => f.Scripts).Distinct())}  ({from})");
        }

        foreach (var (path, reason) in rejected)
            context.Output.WriteLine($"not usable: {path}: {reason}");
        context.Output.WriteLine("Generic families: sans-serif and serif → Noto Sans, monospace → Noto Sans Mono, emoji → Noto Emoji, math → Noto Sans Math. "
            + "A character no listed family has is drawn by the bundled family of its script (Han by the text's lang: SC, TC, HK, JP, KR).");
    }

    private static void WriteJson(CliContext context, IReadOnlyList<FontDescription> faces, IReadOnlyList<(string Path, string Reason)> rejected, string source) =>
        JsonReport.Write(context.Output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("faces");
            foreach (var face in faces)
            {
                writer.WriteStartObject();
                writer.WriteString("family", face.Family);
                writer.WriteNumber("weight", face.Weight);
                writer.WriteBoolean("italic", face.Italic);
                writer.WriteStartArray("scripts");
                foreach (var script in face.Scripts) writer.WriteStringValue(script);
                writer.WriteEndArray();
                writer.WriteString("source", face.Origin switch { FontOrigin.Bundled => "bundled", FontOrigin.System => "system", _ => source });
                if (face.File is { } file) writer.WriteString("file", file);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("rejected");
            foreach (var (path, reason) in rejected)
            {
                writer.WriteStartObject();
                writer.WriteString("file", path);
                writer.WriteString("reason", reason);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static int UsageError(CliContext context, string message)
    {
        context.Error.WriteLine($"briefc: error: {message}");
        return ExitCodes.UsageError;
    }
}
