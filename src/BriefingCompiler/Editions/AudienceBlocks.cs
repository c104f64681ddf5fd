using System.Text.RegularExpressions;

namespace BriefingCompiler.Editions;

/// <summary>
/// Paragraph blocks restricted to an audience inside a Markdown field: a line <c>::: members</c> opens one, a line
/// <c>:::</c> closes it. Recognised only in documents that declare <c>document_control.audiences</c>, so Markdown
/// written before editions existed keeps its meaning. Works on lines, before Markdown is parsed: an edition's text
/// never contains the restricted lines at all, so no later stage (Markdown, template, PDF) can leak them.
/// </summary>
public static partial class AudienceBlocks
{
    /// <summary>A line that opens or closes an audience block, or a structural mistake; <c>Line</c> is 0-based within the value.</summary>
    public sealed record Problem(int Line, string Message);

    /// <summary>A block's name and the 0-based line it opens on.</summary>
    public sealed record Block(string Audience, int Line);

    /// <summary>
    /// The text as <paramref name="sees"/>'s edition reads it: a block it may not see goes with all its lines; a marker
    /// line becomes an empty line, so a block it sees stays a block of its own (never joined to the paragraph before it).
    /// </summary>
    /// <param name="keptRestricted">Where to add the 0-based lines of the result that come from blocks the edition sees.</param>
    public static string Filter(string markdown, Func<string, bool> sees, ISet<int>? keptRestricted = null)
    {
        if (!markdown.Contains(":::", StringComparison.Ordinal))
            return markdown;

        var lines = markdown.Split('\n');
        var kept = new List<string>(lines.Length);
        string? open = null;
        foreach (var line in lines)
        {
            if (OpeningName(line) is { } name && open is null)
            {
                open = name;
                if (sees(name))
                    kept.Add("");
                continue;
            }

            if (open is not null && IsClosing(line))
            {
                if (sees(open))
                    kept.Add("");
                open = null;
                continue;
            }

            if (open is not null && sees(open))
                keptRestricted?.Add(kept.Count);
            if (open is null || sees(open))
                kept.Add(line);
        }

        return string.Join('\n', kept);
    }

    /// <summary>The blocks of a value and what is wrong with its markers (unclosed, nested, stray or inline <c>:::</c>).</summary>
    public static (IReadOnlyList<Block> Blocks, IReadOnlyList<Problem> Problems) Read(string markdown)
    {
        var blocks = new List<Block>();
        var problems = new List<Problem>();
        if (!markdown.Contains(":::", StringComparison.Ordinal))
            return (blocks, problems);

        var lines = markdown.Split('\n');
        Block? open = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (OpeningName(line) is { } name)
            {
                if (open is not null)
                {
                    problems.Add(new Problem(i, $"an audience block opens here inside the `{open.Audience}` block opened on the line {i - open.Line} above; close that one first with a line `:::` (blocks do not nest)"));
                    continue;
                }

                open = new Block(name, i);
                blocks.Add(open);
            }
            else if (IsClosing(line))
            {
                if (open is null)
                    problems.Add(new Problem(i, "`:::` closes no audience block; open one with a line such as `::: members` before it, or remove it"));
                open = null;
            }
            else if (line.Contains(":::", StringComparison.Ordinal))
            {
                problems.Add(new Problem(i,
                    "`:::` marks audience blocks: write `::: NAME` and `:::` each on a line of its own, in a literal block (`|`); a folded or quoted value joins the lines and would show the restricted text to everyone"));
            }
        }

        if (open is not null)
            problems.Add(new Problem(open.Line, $"the `{open.Audience}` block opened here is never closed; end it with a line `:::`"));
        return (blocks, problems);
    }

    /// <summary>Whether a line opens or closes an audience block (what the translation workflow keeps as structure).</summary>
    public static bool IsMarkerLine(string line) => OpeningLine().IsMatch(line) || ClosingLine().IsMatch(line);

    private static string? OpeningName(string line)
    {
        var match = OpeningLine().Match(line);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static bool IsClosing(string line) => ClosingLine().IsMatch(line);

    [GeneratedRegex(@"^ {0,3}:::[ \t]*([A-Za-z][A-Za-z0-9_-]*)[ \t]*\r?$", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningLine();

    [GeneratedRegex(@"^ {0,3}:::[ \t]*\r?$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingLine();
}
