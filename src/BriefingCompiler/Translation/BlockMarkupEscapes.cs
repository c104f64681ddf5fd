using System.Text.RegularExpressions;
using BriefingCompiler.Editions;

namespace BriefingCompiler.Translation;

/// <summary>
/// Keeps a translation inside its block. A translator who types <c># </c>, <c>- </c>, <c>1. </c>, <c>&gt; </c>,
/// <c>```</c>, <c>***</c>, a leading <c>|</c> or an audience marker (<c>::: members</c>) at the start of a line of a
/// paragraph would make a heading, a list, a quote, a code block, a rule, a table or an audience block of it in the
/// merged briefing; a <c>|</c> in a table cell would end the cell (and a backtick would open a code span across cells). Merge escapes such a mark with a backslash (CommonMark
/// shows <c>\#</c> as <c>#</c>), extract takes exactly those escapes off, so the translator reads plain text and an
/// unchanged translation comes back byte for byte. Only the text between inline codes is touched, never a code's
/// Markdown. The marks follow CommonMark's rules for what starts a block: any on a paragraph's first line; on a
/// following line only what can interrupt a paragraph (a list item that is not empty, an ordered one only from 1), and
/// a setext underline (<c>---</c>, <c>===</c>) that would turn the paragraph into a heading.
/// </summary>
public static partial class BlockMarkupEscapes
{
    public static IReadOnlyList<InlinePart> Escape(IReadOnlyList<InlinePart> parts, SlotKind kind, bool audienceMarkers)
    {
        // Space before a paragraph's first line would indent it into a code block; a source block never starts with any.
        if (kind == SlotKind.Paragraph && parts is [InlineText first, ..] && first.Text.TrimStart(' ', '\t') is var trimmed && trimmed.Length < first.Text.Length)
            parts = trimmed.Length == 0 ? [.. parts.Skip(1)] : [new InlineText(trimmed), .. parts.Skip(1)];
        parts = EscapeCaptionEnds(parts);
        return Map(parts, kind, (line, firstLine) => EscapeAt(line, firstLine, audienceMarkers) is { } at ? line.Insert(at, "\\") : line,
            text => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal));
    }

    public static IReadOnlyList<InlinePart> Unescape(IReadOnlyList<InlinePart> parts, SlotKind kind, bool audienceMarkers) =>
        Map(parts, kind, (line, firstLine) => UnescapedLine(line, firstLine, audienceMarkers),
            text => text.Replace("\\|", "|", StringComparison.Ordinal).Replace("\\`", "`", StringComparison.Ordinal));

    /// <summary>
    /// A figure's caption (the text after the image's closing code, <c>](url "</c>) ends at its closing quote or bracket:
    /// one the translator typed is escaped, so the caption does not end early and the figure stays a figure. A source
    /// caption never has one (a caption written with escapes stays markup, <see cref="MarkdownSegmenter"/>), so there is
    /// nothing to take off on extract.
    /// </summary>
    private static IReadOnlyList<InlinePart> EscapeCaptionEnds(IReadOnlyList<InlinePart> parts) =>
        [.. parts.Select((part, i) => part is InlineText text && i > 0
            && parts[i - 1] is InlineCode { Kind: InlineCodeKind.Close, Type: "image" } close && CaptionEnd(close.Markup) is { } end
                ? new InlineText(text.Text.Replace(end.ToString(), "\\" + end, StringComparison.Ordinal))
                : part)];

    private static char? CaptionEnd(string closingMarkup) => closingMarkup.Length == 0 ? null : closingMarkup[^1] switch
    {
        '"' => '"',
        '\'' => '\'',
        '(' => ')',
        _ => null,
    };

    /// <summary>The parts with each text's lines (paragraphs) or whole text (table cells) rewritten.</summary>
    private static IReadOnlyList<InlinePart> Map(IReadOnlyList<InlinePart> parts, SlotKind kind, Func<string, bool, string> line, Func<string, string> cell)
    {
        if (kind is SlotKind.Plain or SlotKind.Heading)
            return parts;
        var result = new List<InlinePart>(parts.Count);
        var atLineStart = true;
        var firstLine = true;
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] is not InlineText text)
            {
                result.Add(parts[i]);
                atLineStart = false;
                continue;
            }
            if (kind == SlotKind.TableCell)
            {
                result.Add(new InlineText(cell(text.Text)));
                continue;
            }
            // A code right after the text is content on its line: a stand-in keeps "- " before "**bold**" a list item's start.
            var followed = i + 1 < parts.Count ? "\uFFFC" : "";
            var lines = (text.Text + followed).Split('\n');
            for (var l = 0; l < lines.Length; l++)
            {
                if (l > 0)
                    firstLine = false;
                if (l > 0 || atLineStart)
                    lines[l] = line(lines[l], firstLine);
            }
            var joined = string.Join('\n', lines);
            result.Add(new InlineText(joined[..^followed.Length]));
            atLineStart = text.Text.EndsWith('\n');
            if (text.Text.Contains('\n'))
                firstLine = false;
        }
        return result;
    }

    /// <summary>Where a backslash keeps the line from starting a block, or null when it starts none.</summary>
    private static int? EscapeAt(string line, bool firstLine, bool audienceMarkers)
    {
        // Up to three spaces may come before a block's mark; a tab or four spaces make no block here.
        var indent = 0;
        while (indent < line.Length && line[indent] == ' ')
            indent++;
        if (indent > 3 || (indent < line.Length && line[indent] == '\t'))
            return null;
        if (audienceMarkers && AudienceBlocks.IsMarkerLine(line))
            return line.IndexOf(':', StringComparison.Ordinal);
        return EscapeAtMark(line[indent..], firstLine) is { } at ? indent + at : null;
    }

    private static int? EscapeAtMark(string line, bool firstLine)
    {
        if (line.Length == 0)
            return null;
        if (AtxHeading().IsMatch(line) || line[0] is '>' or '|' || Fence().IsMatch(line) || ThematicBreak().IsMatch(line.Replace("\uFFFC", "x", StringComparison.Ordinal)))
            return 0;
        if (firstLine)
        {
            if (Bullet().IsMatch(line))
                return 0;
            if (Ordered().Match(line) is { Success: true } ordered)
                return ordered.Length;
            return null;
        }
        if (InterruptingBullet().IsMatch(line) || SetextUnderline().IsMatch(line))
            return 0;
        if (InterruptingOrdered().Match(line) is { Success: true } one)
            return one.Length;
        return null;
    }

    /// <summary>The line without the backslash <see cref="EscapeAt"/> would have put there, if it is there.</summary>
    private static string UnescapedLine(string line, bool firstLine, bool audienceMarkers)
    {
        var at = line.IndexOf('\\', StringComparison.Ordinal);
        if (at < 0 || at > 10)
            return line;
        var without = line.Remove(at, 1);
        return EscapeAt(without, firstLine, audienceMarkers) == at ? without : line;
    }

    [GeneratedRegex(@"^#{1,6}(?:[ \t]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^(?:`{3,}|~{3,})", RegexOptions.CultureInvariant)]
    private static partial Regex Fence();

    [GeneratedRegex(@"^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$", RegexOptions.CultureInvariant)]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^[-+*](?:[ \t]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^[0-9]{1,9}(?=[.)](?:[ \t]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex Ordered();

    [GeneratedRegex(@"^[-+*][ \t]+\S", RegexOptions.CultureInvariant)]
    private static partial Regex InterruptingBullet();

    [GeneratedRegex(@"^0{0,8}1(?=[.)][ \t]+\S)", RegexOptions.CultureInvariant)]
    private static partial Regex InterruptingOrdered();

    [GeneratedRegex(@"^(?:=+|-+)[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SetextUnderline();
}
