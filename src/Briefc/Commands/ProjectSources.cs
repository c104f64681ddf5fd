using BriefingCompiler;
using BriefingCompiler.Building;
using BriefingCompiler.Projects;

namespace Briefc.Commands;

/// <summary>
/// Which briefings a command works on and under which project: the project file (<c>--project</c>, or the nearest
/// briefc.yaml from the working directory up), then the sources — the paths on the command line, else the
/// project's globs, else <c>briefings/</c>. A project file named among the paths (<c>briefc build briefc.yaml</c>) is
/// taken as <c>--project</c>: it is never compiled as a briefing. Exactly one of <see cref="ProjectErrors"/>, <see cref="UsageError"/>
/// or the sources is the answer.
/// </summary>
public sealed record ProjectSources(
    ProjectConfiguration? Configuration, IReadOnlyList<BuildSource> Sources, LoadResult? ProjectErrors, string? UsageError)
{
    public static ProjectSources Resolve(IReadOnlyList<string> requested, string? projectOption, CliContext context)
    {
        // briefc.yaml on the command line means "this project", as --project does; the rest are its briefings.
        var named = requested.Where(p => BriefingFileName.IsProjectFile(p) && File.Exists(context.FullPath(p))).ToList();
        if (named.Count > 0)
        {
            var distinct = named.Select(context.FullPath).Append(projectOption is null ? null : context.FullPath(projectOption))
                .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (distinct.Count > 1)
                return Usage($"more than one project file given ({string.Join(", ", named.Append(projectOption).OfType<string>().Distinct())}); " +
                             "name one, either as a path or with --project");
            projectOption = named[0];
            requested = [.. requested.Except(named)];
        }

        ProjectConfiguration? configuration = null;
        var projectPath = projectOption is not null ? context.FullPath(projectOption) : ProjectFile.Find(context.WorkingDirectory);
        if (projectPath is not null)
        {
            if (!File.Exists(projectPath))
                return Usage($"no such project file: '{projectOption}'");
            var shown = Shown(context, projectPath);
            var loaded = ProjectFile.Load(projectPath, shown);
            if (loaded.Configuration is null)
                return new ProjectSources(null, [], new LoadResult(shown, null, loaded.Diagnostics), null);
            configuration = loaded.Configuration;
        }

        if (requested.Count > 0 || configuration is null)
        {
            var files = BriefingFiles.Find(requested.Count > 0 ? requested : [CheckCommand.DefaultFolder], context.WorkingDirectory);
            return files.Error is not null ? Usage(files.Error) : new ProjectSources(configuration, files.Sources, null, null);
        }

        var sources = SourceGlob.Expand(configuration.Folder, configuration.Sources).Select(f => new BuildSource(Shown(context, f), f)).ToList();
        return sources.Count == 0
            ? Usage($"no briefings match the sources of {Shown(context, configuration.Path)} ({string.Join(", ", configuration.Sources)})")
            : new ProjectSources(configuration, sources, null, null);
    }

    /// <summary>A path as messages show it: relative to the working directory (no machine paths in logs).</summary>
    public static string Shown(CliContext context, string fullPath) => Path.GetRelativePath(context.WorkingDirectory, fullPath);

    private static ProjectSources Usage(string message) => new(null, [], null, message);
}
