namespace Briefc.Commands;

/// <summary>The briefing files named on the command line: files as given, folders searched recursively.</summary>
public sealed record BriefingFiles(IReadOnlyList<string> Paths, string? Error)
{
    private static readonly string[] Extensions = [".yaml", ".yml"];

    public static BriefingFiles Find(IEnumerable<string> requested)
    {
        var paths = new List<string>();
        foreach (var path in requested)
        {
            if (File.Exists(path))
            {
                paths.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    return new BriefingFiles([], $"no briefings (*.yaml, *.yml) found in '{path}'");
                }

                paths.AddRange(found);
            }
            else
            {
                return new BriefingFiles([], $"no such file or folder: '{path}'");
            }
        }

        return new BriefingFiles([.. paths.Distinct(StringComparer.Ordinal)], null);
    }
}
