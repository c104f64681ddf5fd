using System.Text;
using System.Text.RegularExpressions;
using BriefingCompiler.Model;
using BriefingCompiler.Templating;

namespace BriefingCompiler.Diffing;

/// <summary>
/// A redline that looks like the briefing itself: the new briefing rendered through the briefing template,
/// with each changed Markdown field (objective, background, agenda_intro, closing, position and section
/// bodies) shown in place with <c>&lt;del&gt;</c>/<c>&lt;ins&gt;</c> marks, and the complete list of changes
/// (agenda items, titles, statuses, versions…) in an <c>aside</c> at the top of the page.
/// </summary>
/// <remarks>
/// The template renders Markdown itself and escapes everything else, so the changed fields are first
/// replaced in the model by placeholder paragraphs, and the placeholders' <c>&lt;p&gt;</c> elements in the
/// rendered page are then replaced by the redline blocks. Inside a changed block, the marks are set as
/// private-use sentinel characters before the block's Markdown is rendered (so bold, links and the rest
/// still render) and turned into tags afterwards; sentinels already in the text are removed first.
/// </remarks>
public static partial class TemplateRedlineRenderer
{
    private const char DelStart = '\uE000';
    private const char DelEnd = '\uE001';
    private const char InsStart = '\uE002';
    private const char InsEnd = '\uE003';

    /// <summary>The page, or null when the template fails on the redline model (the caller then falls back).</summary>
    public static string? Render(
        BriefingTemplate template, Briefing newBriefing, BriefingDiff diff, DiffSides sides, IReadOnlyDictionary<string, string>? sectionLabels)
    {
        var redlined = newBriefing;
        var fragments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var change in diff.Changes.Where(c => c.Kind is ChangeKind.Changed or ChangeKind.Added && c.New is TextNode { Kind: TextNodeKind.Markdown }))
        {
            var placeholder = $"briefcredline{fragments.Count:D6}x";
            var replaced = WithMarkdown(redlined, change.NewPath!, placeholder);
            if (replaced is not null)
            {
                redlined = replaced;
                fragments[placeholder] = Blocks(change.Text);
            }
        }

        var rendered = template.Render(redlined);
        if (rendered.Html is null)
        {
            return null;
        }
        var html = rendered.Html;
        foreach (var (placeholder, fragment) in fragments)
        {
            html = html.Replace($"<p>{placeholder}</p>", fragment, StringComparison.Ordinal);
        }

        var aside = new StringBuilder();
        aside.Append("\n<aside class=\"briefc-changes\">\n<h2>Changes</h2>\n<p class=\"sides\"><del class=\"side\">")
            .Append(HtmlRedlineRenderer.Escape(sides.OldName)).Append("</del> → <ins class=\"side\">")
            .Append(HtmlRedlineRenderer.Escape(sides.NewName)).Append("</ins></p>\n<p class=\"summary\">")
            .Append(HtmlRedlineRenderer.Escape(diff.HasChanges ? TextDiffRenderer.Summary(diff) : "No changes.")).Append("</p>\n");
        HtmlRedlineRenderer.AppendSections(aside, diff, sectionLabels);
        aside.Append("</aside>\n");

        // At the top of the main content (under the page header), or else at the top of the body.
        html = MainStart().IsMatch(html) ? InsertAfter(html, MainStart(), aside.ToString()) : InsertAfter(html, BodyStart(), aside.ToString());
        var style = "<style>\n.briefc-changes { border: 1px solid #c9ced6; padding: 0.5em 1.5em; margin: 1em 0 2em; }\n" +
            "del { color: #a00; background: #fdd; text-decoration: line-through; }\n" +
            "ins { color: #060; background: #dfd; text-decoration: underline; }\n</style>\n";
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? style + html : html.Insert(head, style);
    }

    /// <summary>The briefing with the Markdown field at <paramref name="path"/> replaced, or null for a path that is no Markdown field.</summary>
    private static Briefing? WithMarkdown(Briefing briefing, string path, string text)
    {
        MarkdownText Md(MarkdownText? old) => new(text, old?.Span ?? briefing.Span);
        switch (path)
        {
            case "objective": return briefing with { Objective = Md(briefing.Objective) };
            case "background": return briefing with { Background = Md(briefing.Background) };
            case "agenda_intro": return briefing with { AgendaIntro = Md(briefing.AgendaIntro) };
            case "closing": return briefing with { Closing = Md(briefing.Closing) };
        }
        var match = ItemBody().Match(path);
        if (!match.Success)
        {
            return null;
        }
        var index = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - 1;
        if (match.Groups[1].Value == "positions" && index < briefing.Positions.Count)
        {
            var positions = briefing.Positions.ToList();
            positions[index] = positions[index] with { Body = Md(positions[index].Body) };
            return briefing with { Positions = positions };
        }
        if (match.Groups[1].Value == "sections" && index < briefing.Sections.Count)
        {
            var sections = briefing.Sections.ToList();
            sections[index] = sections[index] with { Body = Md(sections[index].Body) };
            return briefing with { Sections = sections };
        }
        return null;
    }

    /// <summary>The blocks of a changed text as HTML: runs of list items in a list, the rest as rendered Markdown.</summary>
    private static string Blocks(IReadOnlyList<BlockDiff> blocks)
    {
        var html = new StringBuilder();
        var inList = false;
        foreach (var block in blocks)
        {
            var isItem = block.Type == "list-item";
            if (isItem != inList)
            {
                html.Append(isItem ? "<ul>\n" : "</ul>\n");
                inList = isItem;
            }
            var body = Block(block);
            html.Append(isItem ? $"<li class=\"{JsonDiffWriter.Name(block.Kind)}\">{body}</li>\n" : body);
        }
        if (inList)
        {
            html.Append("</ul>\n");
        }
        return html.ToString();
    }

    private static string Block(BlockDiff block)
    {
        var marked = new StringBuilder();
        foreach (var segment in block.Segments)
        {
            var text = Sentinels().Replace(segment.Text, "");
            marked.Append(segment.Op switch
            {
                SegmentOp.Deleted => DelStart + text + DelEnd,
                SegmentOp.Inserted => InsStart + text + InsEnd,
                _ => text,
            });
        }
        // Code and tables keep their lines; prose was folded to one line and renders as one paragraph.
        var markdown = block.Type switch
        {
            "heading" => "### " + marked,
            "quote" => "> " + marked,
            _ => marked.ToString(),
        };
        return MarkdownRenderer.ToHtml(markdown, 4)
            .Replace(DelStart.ToString(), "<del>").Replace(DelEnd.ToString(), "</del>")
            .Replace(InsStart.ToString(), "<ins>").Replace(InsEnd.ToString(), "</ins>");
    }

    private static string InsertAfter(string html, Regex pattern, string insertion)
    {
        var match = pattern.Match(html);
        return match.Success ? html.Insert(match.Index + match.Length, insertion) : insertion + html;
    }

    [GeneratedRegex(@"^(positions|sections)\[(\d+)\]\.body$")]
    private static partial Regex ItemBody();

    [GeneratedRegex("[\uE000-\uE003]")]
    private static partial Regex Sentinels();

    [GeneratedRegex(@"<main[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MainStart();

    [GeneratedRegex(@"<body[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BodyStart();
}
