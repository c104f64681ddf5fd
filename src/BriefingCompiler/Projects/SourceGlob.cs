using System.Text;
using System.Text.RegularExpressions;

namespace BriefingCompiler.Projects;

/// <summary>
/// The glob patterns of briefc.yaml's <c>sources</c>: <c>*</c> and <c>?</c> match within one folder name,
/// <c>**</c> any number of folders; paths are '/'-separated and relative to the project folder.
/// </summary>
public static class SourceGlob
{

    /// <summary>The files under <paramref name="folder"/> that match any pattern, absolute, in ordinal order.</summary>
    public static IReadOnlyList<string> Expand(string folder, IEnumerable<string> patterns)
    {
        var matchers = patterns.Select(ToRegex).ToList();
        var root = Path.GetFullPath(folder);
        // Every folder below, skipping those that cannot be read rather than failing the build.
        var recursive = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        // Walk only below the literal part of each pattern (briefings/ for briefings/**/*.yaml), not the repository.
        var starts = patterns.Select(p => Path.GetFullPath(LiteralPrefix(p), root)).Where(Directory.Exists).Distinct(StringComparer.Ordinal);
        return [.. starts
            .SelectMany(start => Directory.EnumerateFiles(start, "*", recursive))
            .Distinct(StringComparer.Ordinal)
            .Where(file => matchers.Any(m => m.IsMatch(Path.GetRelativePath(root, file).Replace('\\', '/'))))
            .Order(StringComparer.Ordinal)];
    }

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

        return new Regex(text.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
