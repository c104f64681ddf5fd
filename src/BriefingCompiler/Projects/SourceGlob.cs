using System.Text;
using System.Text.RegularExpressions;

namespace BriefingCompiler.Projects;

/// <summary>
/// The glob patterns of briefc.yaml's <c>sources</c>: <c>*</c> and <c>?</c> match within one folder name,
/// <c>**</c> any number of folders; paths are '/'-separated and relative to the project folder. They follow the rule of
/// a folder on the command line (<see cref="BriefingFileName"/>): a wildcard pattern's <c>.yaml</c> or <c>.yml</c> ending
/// matches both extensions, a pattern naming a folder takes every briefing below it, and briefc.yaml is never a source.
/// </summary>
public static class SourceGlob
{

    /// <summary>The files under <paramref name="folder"/> that match any pattern, absolute, in ordinal order.</summary>
    public static IReadOnlyList<string> Expand(string folder, IEnumerable<string> patterns)
    {
        var root = Path.GetFullPath(folder);
        patterns = [.. patterns.Select(p => FolderPattern(root, p))];
        var matchers = patterns.Select(ToRegex).ToList();
        // Every folder below, skipping those that cannot be read rather than failing the build.
        var recursive = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        // Walk only below the literal part of each pattern (briefings/ for briefings/**/*.yaml), not the repository.
        var starts = patterns.Select(p => Path.GetFullPath(LiteralPrefix(p), root)).Where(Directory.Exists).Distinct(StringComparer.Ordinal);
        return [.. starts
            .SelectMany(start => Directory.EnumerateFiles(start, "*", recursive))
            .Distinct(StringComparer.Ordinal)
            .Where(file => !BriefingFileName.IsProjectFile(file))
            .Where(file => matchers.Any(m => m.IsMatch(Path.GetRelativePath(root, file).Replace('\\', '/'))))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>A pattern without wildcards that names a folder stands for every briefing below it, as on the command line.</summary>
    private static string FolderPattern(string root, string pattern) =>
        pattern.IndexOfAny(['*', '?']) < 0 && Directory.Exists(Path.GetFullPath(pattern, root))
            ? pattern.TrimEnd('/') + "/**/*.yaml"
            : pattern;

    /// <summary>The folders before the first wildcard: <c>briefings/2024</c> for <c>briefings/2024/*.yaml</c>.</summary>
    public static string LiteralPrefix(string pattern)
    {
        var segments = pattern.Split('/');
        var literal = segments.Take(segments.Length - 1).TakeWhile(s => s.IndexOfAny(['*', '?']) < 0);
        var prefix = string.Join('/', literal);
        return prefix.Length == 0 ? "." : prefix;
    }

    internal static Regex ToRegex(string pattern)
    {
        var text = new StringBuilder("^");
        var normalized = pattern.StartsWith("./", StringComparison.Ordinal) ? pattern[2..] : pattern;
        // The two YAML extensions are one: a .yml briefing is never skipped by a *.yaml pattern, nor the reverse. A file
        // named exactly (no wildcard in its name) is that file.
        var name = normalized[(normalized.LastIndexOf('/') + 1)..];
        var extension = name.IndexOfAny(['*', '?']) < 0
            ? null
            : BriefingFileName.Extensions.FirstOrDefault(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
        if (extension is not null)
            normalized = normalized[..^extension.Length];
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c == '*' && i + 1 < normalized.Length && normalized[i + 1] == '*')
            {
                var followedBySlash = i + 2 < normalized.Length && normalized[i + 2] == '/';
                text.Append(followedBySlash ? "(?:[^/]+/)*" : ".*");
                i += followedBySlash ? 2 : 1;
            }
            else if (c == '*')
            {
                text.Append("[^/]*");
            }
            else if (c == '?')
            {
                text.Append("[^/]");
            }
            else
            {
                text.Append(Regex.Escape(c.ToString()));
            }
        }

        if (extension is not null)
            text.Append(@"\.(?i:yaml|yml)");
        return new Regex(text.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
