using System.Text.RegularExpressions;

namespace BriefingCompiler.Translation;

/// <summary>
/// The author's comments of a YAML file as the translation workflow uses them: the comment lines right above a key
/// or list item (no blank line between, indented no deeper than it, so a Markdown heading at the end of a literal
/// block is never taken for one), and the comment lines at the top of the file.
/// </summary>
public static partial class YamlComments
{
    /// <param name="lines">The file's lines.</param>
    /// <param name="line">The 1-based line of the key or item.</param>
    /// <param name="column">Its 1-based column.</param>
    public static IReadOnlyList<string> Above(IReadOnlyList<string> lines, int line, int column)
    {
        var comments = new List<string>();
        for (var i = line - 2; i >= 0 && i < lines.Count && CommentLine().Match(lines[i]) is { Success: true } match && match.Groups[1].Length < column; i--)
            comments.Insert(0, lines[i].TrimStart());
        return comments;
    }

    /// <summary>The comment (and blank) lines before the first key, as written.</summary>
    public static IReadOnlyList<string> Header(IReadOnlyList<string> lines) =>
        [.. lines.TakeWhile(line => line.Trim().Length == 0 || line.TrimStart().StartsWith('#')).Where(line => line.Trim().Length > 0)];

    /// <summary>A comment's text without its <c>#</c> and the space after it.</summary>
    public static string TextOf(string comment) => CommentLine().Match(comment) is { Success: true } match ? match.Groups[2].Value.TrimEnd() : comment;

    [GeneratedRegex(@"^([ \t]*)#[ ]?(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex CommentLine();
}
