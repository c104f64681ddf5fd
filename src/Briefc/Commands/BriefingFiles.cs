using BriefingCompiler.Building;
using BriefingCompiler.Projects;

namespace Briefc.Commands;

/// <summary>
/// The briefing files named on the command line: files as given, folders searched recursively for briefings
/// (<see cref="BriefingFileName"/>, the rule briefc.yaml's sources follow too). Relative paths
/// are resolved against the working directory; messages show them as the user wrote them.
/// </summary>
public sealed record BriefingFiles(IReadOnlyList<BuildSource> Sources, string? Error)
{
    /// <summary>The paths as messages show them.</summary>
    public IReadOnlyList<string> Paths => [.. Sources.Select(s => s.DisplayPath)];

    public static BriefingFiles Find(IEnumerable<string> requested) => Find(requested, Directory.GetCurrentDirectory());

    public static BriefingFiles Find(IEnumerable<string> requested, string workingDirectory)
    {
        var sources = new List<BuildSource>();
        foreach (var path in requested)
        {
            var full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                sources.Add(new BuildSource(path, full));
            }
            else if (Directory.Exists(full))
            {
                var found = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                    .Where(BriefingFileName.IsBriefing)
                    .Select(f => new BuildSource(Path.Join(path, Path.GetRelativePath(full, f)), f))
                    .OrderBy(s => s.DisplayPath, StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    return new BriefingFiles([], $"no briefings (*.yaml, *.yml) found in '{path}'");
                }

                sources.AddRange(found);
            }
            else
            {
                return new BriefingFiles([], $"no such file or folder: '{path}'");
            }
        }

        return new BriefingFiles([.. sources.DistinctBy(s => s.FullPath, StringComparer.Ordinal)], null);
    }
}
