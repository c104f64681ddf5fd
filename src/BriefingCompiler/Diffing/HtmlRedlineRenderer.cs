using System.Text;
using BriefingCompiler.Templating;

namespace BriefingCompiler.Diffing;

/// <summary>
/// The diff as a self-contained HTML redline: changes grouped by section, each changed text shown whole
/// with <c>&lt;del&gt;</c> and <c>&lt;ins&gt;</c> marks. Every piece of briefing text is HTML-escaped here,
/// so nothing an author wrote can become markup.
/// </summary>
public static class HtmlRedlineRenderer
{
    /// <summary>The redline's own styles (also added to a template-rendered redline).</summary>
    public const string Style = """
        body { font-family: "Noto Sans", "Noto Sans CJK SC", "Source Han Sans", sans-serif; max-width: 50em; margin: 2em auto; line-height: 1.5; color: #222; }
        h1 { font-size: 1.4em; } h2 { font-size: 1.15em; border-bottom: 1px solid #ccc; margin-top: 2em; }
        h3 { font-size: 1em; font-weight: normal; margin: 1.2em 0 0.3em; }
        code { font-family: monospace; font-size: 0.9em; }
        .kind { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.05em; color: #555; }
        del { color: #a00; background: #fdd; text-decoration: line-through; }
        ins { color: #060; background: #dfd; text-decoration: underline; }
        .block { margin: 0.3em 0; }
        .block.unchanged { color: #666; }
        .block.list-item::before { content: "• "; }
        .block.depth-2 { margin-left: 1.5em; } .block.depth-3 { margin-left: 3em; }
        pre.block { white-space: pre-wrap; background: #f6f6f6; padding: 0.4em; }
        dl.value { margin: 0.3em 0; } dl.value dt { font-weight: bold; } dl.value dd { margin-left: 1.5em; }
        """;

    /// <param name="diff">The changes.</param>
    /// <param name="sides">How to name the two versions.</param>
    /// <param name="language">The new briefing's language tag, for <c>lang</c>.</param>
    /// <param name="sectionLabels">
    /// Headings in the briefing's language by field name (the briefing's own labels: <c>agenda</c> → 议程);
    /// a section without one is headed by its field name.
    /// </param>
    public static string Render(BriefingDiff diff, DiffSides sides, string language, IReadOnlyDictionary<string, string>? sectionLabels = null)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Escape(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<title>Changes: ").Append(Escape(sides.NewName)).Append("</title>\n");
        html.Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header>\n<h1>Changes</h1>\n<p class=\"sides\"><del class=\"side\">").Append(Escape(sides.OldName))
            .Append("</del> → <ins class=\"side\">").Append(Escape(sides.NewName)).Append("</ins></p>\n");
        AppendVersions(html, sides, sectionLabels);
        html.Append("<p class=\"summary\">")
            .Append(Escape(diff.HasChanges ? TextDiffRenderer.Summary(diff) : "No changes."))
            .Append("</p>\n</header>\n");
        AppendSections(html, diff, sectionLabels);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// "Version 1 → 2": the two sides' current versions, old deleted and new inserted, in the document's version
    /// wording (<c>labels.version</c>) when given; the same version on both sides is shown once.
    /// </summary>
    public static void AppendVersions(StringBuilder html, DiffSides sides, IReadOnlyDictionary<string, string>? labels)
    {
        if (sides.OldVersion is not { } old || sides.NewVersion is not { } current)
            return;
        var pattern = labels?.GetValueOrDefault("version") is { } label && label.Contains("{0}", StringComparison.Ordinal) ? label : "Version {0}";
        var value = old == current
            ? Escape(current)
            : "<del class=\"version\">" + Escape(old) + "</del> → <ins class=\"version\">" + Escape(current) + "</ins>";
        var at = pattern.IndexOf("{0}", StringComparison.Ordinal);
        html.Append("<p class=\"versions\">").Append(Escape(pattern[..at])).Append(value).Append(Escape(pattern[(at + 3)..])).Append("</p>\n");
    }

    /// <summary>The changes grouped by section, as <c>&lt;section class="diff-section"&gt;</c> elements.</summary>
    public static void AppendSections(StringBuilder html, BriefingDiff diff, IReadOnlyDictionary<string, string>? sectionLabels)
    {
        foreach (var section in diff.BySection())
        {
            html.Append("<section class=\"diff-section\" id=\"section-").Append(Escape(section.Key)).Append("\">\n");
            html.Append("<h2>");
            // Pattern labels ("Session {0}") are not headings.
            if (sectionLabels?.GetValueOrDefault(section.Key) is { Length: > 0 } heading && !heading.Contains('{'))
            {
                html.Append(Escape(heading)).Append(" <code class=\"field\">").Append(Escape(section.Key)).Append("</code>");
            }
            else
            {
                html.Append(Escape(section.Key));
            }
            html.Append("</h2>\n");
            foreach (var change in section)
            {
                WriteChange(html, change);
            }
            html.Append("</section>\n");
        }
    }

    private static void WriteChange(StringBuilder html, Change change)
    {
        var kind = JsonDiffWriter.Name(change.Kind);
        html.Append("<article class=\"change ").Append(kind).Append("\" data-path=\"").Append(Escape(change.Path)).Append("\">\n");
        html.Append("<h3><code>").Append(Escape(change.Path)).Append("</code> <span class=\"kind\">").Append(kind).Append("</span>");
        if (change.OldPath is not null && change.NewPath is not null && change.OldPath != change.NewPath)
        {
            html.Append(" <span class=\"was\">(was <code>").Append(Escape(change.OldPath)).Append("</code>)</span>");
        }
        html.Append("</h3>\n");
        if (change.Text.Count > 0)
        {
            html.Append("<div class=\"text\">\n");
            foreach (var block in change.Text)
            {
                WriteBlock(html, block);
            }
            html.Append("</div>\n");
        }
        else if (change.Kind is ChangeKind.Added or ChangeKind.Removed && (change.New ?? change.Old) is { } node)
        {
            WriteValue(html, node, change.Kind == ChangeKind.Added ? "ins" : "del");
        }
        html.Append("</article>\n");
    }

    private static void WriteBlock(StringBuilder html, BlockDiff block)
    {
        if (block.Kind == BlockDiffKind.Unchanged && block.Type == "table")
        {
            // Unchanged, a table is context: shown as the table it is, not as its Markdown source. (A changed one keeps
            // its source lines, where the marks can go.) The renderer escapes any HTML in it.
            html.Append("<div class=\"block unchanged table depth-").Append(block.Depth).Append("\">")
                .Append(MarkdownRenderer.ToHtml(block.NewText, 4)).Append("</div>\n");
            return;
        }

        var element = block.Type is "code" or "table" or "html" ? "pre" : "p";
        html.Append('<').Append(element).Append(" class=\"block ").Append(JsonDiffWriter.Name(block.Kind)).Append(' ')
            .Append(Escape(block.Type)).Append(" depth-").Append(block.Depth).Append("\">");
        AppendSegments(html, block.Segments);
        html.Append("</").Append(element).Append(">\n");
    }

    private static void AppendSegments(StringBuilder html, IReadOnlyList<TextSegment> segments)
    {
        foreach (var segment in segments)
        {
            var tag = segment.Op switch { SegmentOp.Deleted => "del", SegmentOp.Inserted => "ins", _ => null };
            if (tag is not null)
            {
                html.Append('<').Append(tag).Append('>');
            }
            html.Append(Escape(segment.Text));
            if (tag is not null)
            {
                html.Append("</").Append(tag).Append('>');
            }
        }
    }

    private static void WriteValue(StringBuilder html, ComparableNode node, string tag)
    {
        switch (node)
        {
            case TextNode text:
                foreach (var block in text.Blocks)
                {
                    html.Append("<p class=\"block ").Append(Escape(block.Kind)).Append("\"><").Append(tag).Append('>')
                        .Append(Escape(block.Text)).Append("</").Append(tag).Append("></p>\n");
                }
                break;
            case RecordNode record:
                html.Append("<dl class=\"value\">\n");
                foreach (var field in record.Fields.Where(f => f.Value is not null))
                {
                    html.Append("<dt>").Append(Escape(field.Name)).Append("</dt>\n<dd>");
                    WriteValue(html, field.Value!, tag);
                    html.Append("</dd>\n");
                }
                html.Append("</dl>\n");
                break;
            case ListNode list:
                html.Append("<ol class=\"value\">\n");
                foreach (var item in list.Items)
                {
                    html.Append("<li>");
                    WriteValue(html, item, tag);
                    html.Append("</li>\n");
                }
                html.Append("</ol>\n");
                break;
        }
    }

    /// <summary>Escapes text for element content and double-quoted attributes.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
