using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingCompiler.Importing;

/// <summary>
/// Writes Word blocks back as the Markdown of a briefing field: paragraphs separated by blank lines, Word headings as
/// <c>#</c> headings, Word lists (numbered or bulleted, nested by level, further paragraphs indented) as Markdown lists,
/// bold and italic runs as <c>**</c> and <c>*</c>, links as <c>[text](url)</c>, quotes, code, rules and tables as pipe
/// tables. The inverse of the Word writer's Markdown, so a document it wrote comes back as the same Markdown.
/// </summary>
public static partial class MarkdownComposer
{
    /// <param name="headingOffset">How many Word levels lie above the field: heading (offset + 1) becomes <c>#</c>.</param>
    public static string Compose(IReadOnlyList<WordBlock> blocks, int headingOffset)
    {
        var output = new StringBuilder();
        var markerWidths = new Dictionary<int, int>();
        var counters = new Dictionary<(int List, int Level), int>();
        var inList = false;
        var lastLevel = 0;

        void Separate(bool tight)
        {
            if (output.Length > 0)
                output.Append(tight ? "\n" : "\n\n");
        }

        foreach (var block in blocks)
        {
            if (block is WordTableBlock table)
            {
                Separate(false);
                output.Append(Table(table));
                inList = false;
                continue;
            }
            var paragraph = TypedListItem((WordParagraph)block);
            if (paragraph.List is { } list && !IsContinuation(paragraph))
            {
                Separate(inList);
                foreach (var deeper in counters.Keys.Where(k => k.Level > list.Level).ToList())
                    counters.Remove(deeper);
                var number = counters[(list.NumberingId, list.Level)] = counters.GetValueOrDefault((list.NumberingId, list.Level)) + 1;
                var marker = list.Ordered ? number.ToString(CultureInfo.InvariantCulture) + ". " : "- ";
                markerWidths[list.Level] = marker.Length;
                output.Append(Indent(markerWidths, list.Level)).Append(marker).Append(Inline(paragraph, Indent(markerWidths, list.Level + 1)));
                inList = true;
                lastLevel = list.Level;
                continue;
            }
            if (paragraph.IsEmpty)
            {
                if (paragraph.HasBottomBorder)
                {
                    Separate(false);
                    output.Append("---");
                    inList = false;
                }
                continue;
            }
            if (inList && IsContinuation(paragraph))
            {
                Separate(false);
                var indent = Indent(markerWidths, lastLevel + 1);
                output.Append(indent).Append(Inline(paragraph, indent));
                continue;
            }
            Separate(false);
            inList = false;
            counters.Clear();
            output.Append(Block(paragraph, headingOffset));
        }
        AppendNotes(blocks, output, headingOffset);
        return output.Length == 0 ? "" : output.Append('\n').ToString();
    }

    /// <summary>
    /// The notes of the footnotes called in <paramref name="blocks"/>, after them in the order of their first call, as
    /// Markdown notes (<c>[^label]: text</c>, further blocks indented by four spaces): where a briefing keeps them.
    /// </summary>
    private static void AppendNotes(IReadOnlyList<WordBlock> blocks, StringBuilder output, int headingOffset)
    {
        var notes = new List<WordFootnote>();
        foreach (var paragraph in Paragraphs(blocks))
        {
            foreach (var span in paragraph.Lines.SelectMany(line => line))
            {
                if (span.Note is { } note && notes.All(n => n.Label != note.Label))
                    notes.Add(note);
            }
        }
        foreach (var note in notes)
        {
            var text = Compose(note.Blocks, headingOffset).TrimEnd('\n');
            if (output.Length > 0)
                output.Append("\n\n");
            output.Append("[^").Append(note.Label).Append("]: ")
                .Append(string.Join("\n", text.Split('\n').Select((line, i) => i == 0 || line.Length == 0 ? line : "    " + line)));
        }
    }

    private static IEnumerable<WordParagraph> Paragraphs(IReadOnlyList<WordBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is WordParagraph paragraph)
                yield return paragraph;
            else if (block is WordTableBlock table)
            {
                foreach (var cell in table.Rows.SelectMany(row => row).SelectMany(cell => cell))
                    yield return cell;
            }
        }
    }

    /// <summary>
    /// A paragraph typed as a list item ("• text", "- text", "1. text") without Word numbering becomes one: the marker
    /// leaves the text and the paragraph joins a list of its own kind.
    /// </summary>
    public static WordParagraph TypedListItem(WordParagraph paragraph)
    {
        if (paragraph.List is not null || paragraph.HeadingLevel is not null || paragraph.Lines.Count == 0 || paragraph.Lines[0].Count == 0)
            return paragraph;
        var first = paragraph.Lines[0][0];
        var match = TypedMarker().Match(first.Text);
        if (!match.Success)
            return paragraph;
        var ordered = char.IsAsciiDigit(match.Value.Trim()[0]);
        var lines = paragraph.Lines.ToList();
        var spans = lines[0].ToList();
        spans[0] = first with { Text = first.Text[match.Length..] };
        if (spans[0].Text.Length == 0)
            spans.RemoveAt(0);
        lines[0] = spans;
        return paragraph with { Lines = lines, List = new WordListLevel(ordered ? -2 : -3, 0, ordered) };
    }

    private static bool IsContinuation(WordParagraph paragraph) =>
        paragraph.StyleId == "ListContinue" || paragraph.StyleName.StartsWith("List Continue", StringComparison.OrdinalIgnoreCase);

    private static string Indent(Dictionary<int, int> markerWidths, int level)
    {
        var width = 0;
        for (var l = 0; l < level; l++)
            width += markerWidths.GetValueOrDefault(l, 2);
        return new string(' ', width);
    }

    private static string Block(WordParagraph paragraph, int headingOffset)
    {
        if (paragraph.HeadingLevel is { } level and > 0)
            return new string('#', Math.Clamp(level - headingOffset, 1, 6)) + " " + Inline(paragraph, "", inHeading: true);
        if (paragraph.StyleId is "Code" || paragraph.StyleName.Equals("HTML Preformatted", StringComparison.OrdinalIgnoreCase))
            return "```\n" + paragraph.Text + "\n```";
        if (paragraph.StyleId is "Quote" or "IntenseQuote" || paragraph.StyleName.Equals("Quote", StringComparison.OrdinalIgnoreCase))
            return "> " + Inline(paragraph, "> ");
        return Inline(paragraph, "");
    }

    /// <summary>A paragraph's text as inline Markdown; line breaks become hard breaks, continued with <paramref name="continuation"/>.</summary>
    public static string Inline(WordParagraph paragraph, string continuation, bool inHeading = false)
    {
        var lines = paragraph.Lines.Select(line => Spans(line, inHeading)).ToList();
        while (lines.Count > 1 && lines[^1].Length == 0)
            lines.RemoveAt(lines.Count - 1);
        var text = string.Join("\\\n" + continuation, lines);
        return EscapeLineStart(text);
    }

    private static string Spans(IReadOnlyList<WordSpan> spans, bool inHeading)
    {
        var output = new StringBuilder();
        for (var i = 0; i < spans.Count;)
        {
            if (spans[i].Link is { } link)
            {
                var inner = new List<WordSpan>();
                while (i < spans.Count && spans[i].Link == link)
                    inner.Add(spans[i++]);
                var text = string.Concat(inner.Select(s => s.Text));
                output.Append(Autolink(link, text) ?? "[" + Formatted(inner, inHeading) + "](" + LinkDestination(link) + ")");
                continue;
            }
            var plain = new List<WordSpan>();
            while (i < spans.Count && spans[i].Link is null)
                plain.Add(spans[i++]);
            output.Append(Formatted(plain, inHeading));
        }
        return output.ToString();
    }

    private static string? Autolink(string link, string text) =>
        link == text && (link.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || link.StartsWith("https:", StringComparison.OrdinalIgnoreCase)) ? "<" + link + ">"
        : link == "mailto:" + text ? "<" + text + ">"
        : null;

    private static string LinkDestination(string url) =>
        url.Any(c => c is ' ' or '(' or ')' or '<' or '>') ? "<" + url.Replace(">", "%3E", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal) + ">" : url;

    private static string Formatted(IReadOnlyList<WordSpan> spans, bool inHeading)
    {
        var output = new StringBuilder();
        foreach (var span in spans)
        {
            if (span.Code)
            {
                var fence = span.Text.Contains('`', StringComparison.Ordinal) ? "`` " : "`";
                output.Append(fence).Append(span.Text).Append(fence.Trim() == "``" ? " ``" : "`");
                continue;
            }
            var text = Escape(span.Text);
            var marker = (span.Bold && !inHeading, span.Italic) switch
            {
                (true, true) => "***",
                (true, false) => "**",
                (false, true) => "*",
                _ => "",
            };
            if (marker.Length == 0 || string.IsNullOrWhiteSpace(text))
            {
                output.Append(text);
                continue;
            }
            // Emphasis markers must touch the text: spaces at either end stay outside them.
            var leading = text[..(text.Length - text.TrimStart().Length)];
            var trailing = text[text.TrimEnd().Length..];
            output.Append(leading).Append(marker).Append(text.Trim()).Append(marker).Append(trailing);
        }
        return output.ToString();
    }

    /// <summary>Backslashes the characters that would otherwise start Markdown syntax inside a line.</summary>
    private static string Escape(string text)
    {
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // A footnote call or note label as the Word writer writes it ("[^label]") stays Markdown, and so does a
            // figure, which the Word document shows as its Markdown (![alt](assets/map.png "caption")).
            if (c == '[' && FootnoteLabel().Match(text, i) is { Success: true, Index: var at } label && at == i)
            {
                output.Append(label.Value);
                i += label.Length - 1;
                continue;
            }

            if (c == '!' && Figure().Match(text, i) is { Success: true, Index: var start } figure && start == i)
            {
                output.Append(figure.Value);
                i += figure.Length - 1;
                continue;
            }

            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            var escape = c switch
            {
                '\\' or '*' or '`' => true,
                '_' => !char.IsLetterOrDigit(before) || !char.IsLetterOrDigit(after),
                '[' or ']' => true,
                '<' => char.IsLetter(after) || after is '/' or '!' or '?',
                _ => false,
            };
            if (escape)
                output.Append('\\');
            output.Append(c);
        }
        return output.ToString();
    }

    [GeneratedRegex(@"\G\[\^[^\]\s\[]+\]")]
    private static partial Regex FootnoteLabel();

    [GeneratedRegex(@"\G!\[[^\[\]\n]*\]\([^()\s]+(?:\s+""[^""\n]*"")?\)")]
    private static partial Regex Figure();

    /// <summary>A paragraph whose text starts like a heading, list item, quote or rule gets that character escaped.</summary>
    private static string EscapeLineStart(string text)
    {
        var match = BlockStart().Match(text);
        if (!match.Success)
            return text;
        var at = match.Groups[1].Index;
        // "1. " is escaped as "1\. ", the others before their first character.
        if (char.IsAsciiDigit(text[at]))
            at = text.IndexOfAny(['.', ')'], at);
        return text[..at] + "\\" + text[at..];
    }

    private static string Table(WordTableBlock table)
    {
        var rows = table.Rows.Select(row => row.Select(Cell).ToList()).Where(row => row.Count > 0).ToList();
        if (rows.Count == 0)
            return "";
        var columns = rows.Max(r => r.Count);
        var lines = new List<string> { Row(rows[0], columns), Row(Enumerable.Repeat("---", columns).ToList(), columns) };
        lines.AddRange(rows.Skip(1).Select(row => Row(row, columns)));
        return string.Join("\n", lines);
    }

    private static string Cell(IReadOnlyList<WordParagraph> paragraphs) =>
        string.Join(" ", paragraphs.Where(p => !p.IsEmpty).Select(p => Inline(p, "").Replace("\\\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)));

    private static string Row(List<string> cells, int columns) =>
        "| " + string.Join(" | ", cells.Concat(Enumerable.Repeat("", columns - cells.Count))) + " |";

    [GeneratedRegex(@"^\s*(?:[•·▪◦‣–]\s*|[-*+]\s+|\d{1,3}[.)]\s+)")]
    private static partial Regex TypedMarker();

    [GeneratedRegex(@"^\s*(#{1,6}(?:\s|$)|[-+>](?:\s|$)|\d{1,9}[.)](?:\s|$)|={3,}\s*$|-{3,}\s*$)")]
    private static partial Regex BlockStart();
}
