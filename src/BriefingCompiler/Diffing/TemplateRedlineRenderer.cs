using System.Text;
using System.Text.RegularExpressions;
using BriefingCompiler.Model;
using BriefingCompiler.Templating;

namespace BriefingCompiler.Diffing;

/// <summary>
/// A redline that looks like the briefing itself: the new briefing rendered through the briefing template,
/// with each changed Markdown field (objective, background, agenda_intro, closing, position and section
/// bodies) and each changed plain-text field (titles, topics, notes, audience, marking…) shown in place with
/// <c>&lt;del&gt;</c>/<c>&lt;ins&gt;</c> marks, and the complete list of changes (including statuses, dates and
/// versions, which are not marked in place) in an <c>aside</c> at the top of the page.
/// </summary>
/// <remarks>
/// The template renders Markdown itself and escapes everything else, so the changed fields are first
/// replaced in the model by placeholders, letters and digits only, which every escaping leaves as they are.
/// A Markdown placeholder renders as a paragraph, replaced by the redline blocks. Inside a changed block, the
/// marks are set as private-use sentinel characters before the block's Markdown is rendered (so bold, links
/// and the rest still render) and turned into tags afterwards; sentinels already in the text are removed first.
/// A plain-text placeholder may land anywhere (a heading, the <c>&lt;title&gt;</c>, an attribute, the running
/// header's CSS string), so the page is parsed and each is replaced for where it is: marks in the body's text,
/// the new text elsewhere.
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
        var redlined = WithVersionChange(newBriefing, sides);
        var changes = diff.Changes.SelectMany(FieldsOfAddedItem).ToList();
        var fragments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var change in changes.Where(c => c.Kind is ChangeKind.Changed or ChangeKind.Added && c.New is TextNode { Kind: TextNodeKind.Markdown }))
        {
            var placeholder = $"briefcredline{fragments.Count:D6}x";
            var replaced = WithMarkdown(redlined, change.NewPath!, placeholder);
            if (replaced is not null)
            {
                redlined = replaced;
                fragments[placeholder] = Blocks(change.Text);
            }
        }

        var plain = new Dictionary<string, BlockDiff>(StringComparer.Ordinal);
        // A plain text's diff is one block (Change.Text).
        foreach (var change in changes.Where(c => c.Kind is ChangeKind.Changed or ChangeKind.Added && c.New is TextNode { Kind: TextNodeKind.Plain } && c.Text.Count == 1))
        {
            var placeholder = $"briefcredlinetext{plain.Count:D6}x";
            var replaced = WithPlainText(redlined, change.NewPath!, placeholder);
            if (replaced is not null)
            {
                redlined = replaced;
                plain[placeholder] = change.Text[0];
            }
        }

        var rendered = template.Render(redlined);
        if (rendered.Html is null)
        {
            return null;
        }
        var html = rendered.Html;
        // The redline is one page, read wherever it is opened: the briefing's images go inside it.
        foreach (var image in redlined.Figures?.Values.DistinctBy(i => i.Address) ?? [])
            html = html.Replace(image.Address, image.DataUri, StringComparison.Ordinal);
        foreach (var (placeholder, fragment) in fragments)
        {
            html = html.Replace($"<p>{placeholder}</p>", fragment, StringComparison.Ordinal);
        }
        if (plain.Count > 0)
        {
            html = PlainTextMarks.Apply(html, plain);
        }
        // A template that transformed a placeholder (upper-cased or cut it) would show it: the caller falls back instead.
        if (html.Contains("briefcredline", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var aside = new StringBuilder();
        aside.Append("\n<aside class=\"briefc-changes\">\n<h2>Changes</h2>\n<p class=\"sides\"><del class=\"side\">")
            .Append(HtmlRedlineRenderer.Escape(sides.OldName)).Append("</del> → <ins class=\"side\">")
            .Append(HtmlRedlineRenderer.Escape(sides.NewName)).Append("</ins></p>\n");
        HtmlRedlineRenderer.AppendVersions(aside, sides, sectionLabels);
        aside.Append("<p class=\"summary\">")
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

    /// <summary>
    /// An added agenda item, position, section or reference as the additions of its text fields (<c>agenda[3].title</c>,
    /// <c>positions[2].body</c>…), so the item is marked inserted where the document shows it; any other change as it is.
    /// </summary>
    private static IEnumerable<Change> FieldsOfAddedItem(Change change)
    {
        if (change is not { Kind: ChangeKind.Added, New: RecordNode record, NewPath: { } path } || !AddedItem().IsMatch(path))
        {
            yield return change;
            yield break;
        }
        foreach (var field in record.Fields)
        {
            if (field.Value is TextNode text)
            {
                var fieldPath = $"{path}.{field.Name}";
                yield return new Change(fieldPath, ChangeKind.Added, null, fieldPath, null, text, BlockAligner.Whole(text, BlockDiffKind.Added));
            }
        }
    }

    /// <summary>
    /// The new briefing with its current version shown as "old → new" ("Version 1 → 2") when the versions differ: the
    /// version line and the running header of the redline then say which two versions it compares.
    /// </summary>
    private static Briefing WithVersionChange(Briefing briefing, DiffSides sides)
    {
        if (sides.OldVersion is not { } old || sides.NewVersion is not { } current || old == current)
            return briefing;
        var versions = briefing.DocumentControl.Versions;
        return briefing with
        {
            DocumentControl = briefing.DocumentControl with
            {
                Versions = Replace(versions, versions.Count - 1, v => v with { Version = $"{old} → {current}" }),
            },
        };
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
        return match.Groups[1].Value switch
        {
            "positions" when index < briefing.Positions.Count => briefing with { Positions = Replace(briefing.Positions, index, p => p with { Body = Md(p.Body) }) },
            "sections" when index < briefing.Sections.Count => briefing with { Sections = Replace(briefing.Sections, index, s => s with { Body = Md(s.Body) }) },
            _ => null,
        };
    }

    /// <summary>The briefing with the plain-text field at <paramref name="path"/> replaced, or null for a path that is none.</summary>
    private static Briefing? WithPlainText(Briefing briefing, string path, string text)
    {
        switch (path)
        {
            case "session.title": return briefing with { Session = briefing.Session with { Title = text } };
            case "meeting.name": return briefing with { Meeting = briefing.Meeting with { Name = text } };
            case "meeting.place": return briefing with { Meeting = briefing.Meeting with { Place = text } };
            case "document_control.title": return briefing with { DocumentControl = briefing.DocumentControl with { Title = text } };
            case "document_control.audience": return briefing with { DocumentControl = briefing.DocumentControl with { Audience = text } };
            case "document_control.marking": return briefing with { DocumentControl = briefing.DocumentControl with { Marking = text } };
        }
        var match = ItemText().Match(path);
        if (!match.Success)
        {
            return null;
        }
        var index = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - 1;
        return (match.Groups[1].Value, match.Groups[3].Value) switch
        {
            ("agenda", "title") when index < briefing.Agenda.Count => briefing with { Agenda = Replace(briefing.Agenda, index, i => i with { Title = text }) },
            ("agenda", "note") when index < briefing.Agenda.Count => briefing with { Agenda = Replace(briefing.Agenda, index, i => i with { Note = text }) },
            ("positions", "topic") when index < briefing.Positions.Count => briefing with { Positions = Replace(briefing.Positions, index, p => p with { Topic = text }) },
            ("sections", "title") when index < briefing.Sections.Count => briefing with { Sections = Replace(briefing.Sections, index, s => s with { Title = text }) },
            ("references", "title") when index < briefing.References.Count => briefing with { References = Replace(briefing.References, index, r => r with { Title = text }) },
            ("document_control.versions", "note") when index < briefing.DocumentControl.Versions.Count => briefing with
            {
                DocumentControl = briefing.DocumentControl with { Versions = Replace(briefing.DocumentControl.Versions, index, v => v with { Note = text }) },
            },
            _ => null,
        };
    }

    private static List<T> Replace<T>(IReadOnlyList<T> items, int index, Func<T, T> change)
    {
        var list = items.ToList();
        list[index] = change(list[index]);
        return list;
    }

    /// <summary>
    /// The blocks of a changed text as HTML: runs of list items in a list — numbered from the first item's own number
    /// when the source numbers them, bulleted otherwise — the rest as rendered Markdown.
    /// </summary>
    private static string Blocks(IReadOnlyList<BlockDiff> blocks)
    {
        var html = new StringBuilder();
        string? open = null;
        foreach (var block in blocks)
        {
            var list = block.Type != "list-item" ? null : block.Ordered ? "ol" : "ul";
            if (list != open)
            {
                if (open is not null)
                    html.Append($"</{open}>\n");
                if (list is not null)
                    html.Append(list == "ol" && block.Item is { } start and not 1 ? $"<ol start=\"{start}\">\n" : $"<{list}>\n");
                open = list;
            }
            var body = Block(block);
            html.Append(list is not null ? $"<li class=\"{JsonDiffWriter.Name(block.Kind)}\">{body}</li>\n" : body);
        }
        if (open is not null)
        {
            html.Append($"</{open}>\n");
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

    [GeneratedRegex(@"^(agenda|positions|sections|references)\[\d+\]$")]
    private static partial Regex AddedItem();

    [GeneratedRegex(@"^(positions|sections)\[(\d+)\]\.body$")]
    private static partial Regex ItemBody();

    [GeneratedRegex(@"^(agenda|positions|sections|references|document_control\.versions)\[(\d+)\]\.(title|note|topic)$")]
    private static partial Regex ItemText();

    [GeneratedRegex("[\uE000-\uE003]")]
    private static partial Regex Sentinels();

    [GeneratedRegex(@"<main[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MainStart();

    [GeneratedRegex(@"<body[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BodyStart();
}
