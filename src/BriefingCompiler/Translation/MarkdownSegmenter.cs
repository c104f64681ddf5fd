using System.Text.RegularExpressions;
using BriefingCompiler.Editions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingCompiler.Translation;

/// <summary>
/// Splits a Markdown field into its translatable blocks — paragraphs, list items, headings, table cells — with
/// Markdig (the dialect the templates render: CommonMark + pipe tables), and each block's text into words and inline
/// codes: emphasis and links are paired codes around the text they format, code spans, autolinks, raw HTML and
/// footnote calls (<c>[^1]</c>, found in the text, so a footnote extension elsewhere changes nothing here) standalone
/// ones. Each block's sentences are cut by <see cref="SentenceSegmenter"/> when it is written out.
/// </summary>
public static partial class MarkdownSegmenter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>A plain text field: one slot, all text.</summary>
    public static FieldLayout PlainText(string text) =>
        new(text, text.Length == 0 ? [] : [new FieldSlot(0, text.Length, "", false, [new InlineText(text)]) { Markdown = text }]);

    /// <param name="markdown">The field's value.</param>
    /// <param name="audienceMarkers">Whether <c>::: NAME</c> / <c>:::</c> lines are audience block markers (the document declares audiences): they stay structure.</param>
    public static FieldLayout Split(string markdown, bool audienceMarkers)
    {
        var text = markdown.ReplaceLineEndings("\n");
        // Marker lines become blank lines of the same length, as AudienceBlocks.Filter makes them empty: offsets stay
        // those of the field, and a marker is never read as part of the paragraph it touches.
        var parsed = audienceMarkers ? BlankMarkerLines(text) : text;
        var document = Markdown.Parse(parsed, Pipeline);
        var slots = new List<FieldSlot>();
        Walk(document, text, slots, audienceMarkers);
        slots.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new FieldLayout(text, slots);
    }

    private static string BlankMarkerLines(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (AudienceBlocks.IsMarkerLine(lines[i]))
                lines[i] = new string(' ', lines[i].Length);
        }
        return string.Join('\n', lines);
    }

    private static void Walk(ContainerBlock container, string text, List<FieldSlot> slots, bool audienceMarkers)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ContainerBlock inner:
                    Walk(inner, text, slots, audienceMarkers);
                    break;
                case ParagraphBlock or HeadingBlock when ((LeafBlock)block).Inline is { FirstChild: not null } inline:
                    var kind = block is HeadingBlock ? SlotKind.Heading : block.Parent is TableCell ? SlotKind.TableCell : SlotKind.Paragraph;
                    if (SlotOf(inline, text, kind) is { } slot)
                        slots.Add(slot with { Parts = BlockMarkupEscapes.Unescape(slot.Parts, kind, audienceMarkers) });
                    break;
            }
        }
    }

    private static FieldSlot? SlotOf(ContainerInline inline, string text, SlotKind kind)
    {
        var start = inline.FirstChild!.Span.Start;
        var end = LastDescendantEnd(inline);
        if (start < 0 || end <= start || end > text.Length)
            return null;
        // A table cell's inlines take the padding around it: the spaces stay structure.
        while (start < end && text[start] is ' ' or '\t')
            start++;
        while (end > start && text[end - 1] is ' ' or '\t')
            end--;
        if (start == end)
            return null;
        var codes = new List<(int Start, int End, InlineCodeKind Kind, int Id, string Type)>();
        var nextId = 1;
        CollectCodes(inline, text, codes, ref nextId);
        codes.Sort((a, b) => a.Start.CompareTo(b.Start));

        var parts = new List<InlinePart>();
        var position = start;
        foreach (var code in codes)
        {
            if (code.Start < position || code.End > end)
            {
                // Spans that do not nest as expected: the block goes out as text, its Markdown visible, rather than
                // with codes guessed wrong.
                parts.Clear();
                nextId = 1;
                position = start;
                break;
            }
            AddText(parts, text[position..code.Start], ref nextId);
            parts.Add(new InlineCode(code.Kind, code.Id, text[code.Start..code.End], code.Type));
            position = code.End;
        }
        AddText(parts, text[position..end], ref nextId);
        return new FieldSlot(start, end, ContinuationPrefix(text, start, end), kind is SlotKind.Heading or SlotKind.TableCell, parts)
        {
            Kind = kind,
            Markdown = FieldLayout.MarkdownOf(parts),
        };
    }

    private static int LastDescendantEnd(ContainerInline inline)
    {
        var end = -1;
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
            end = Math.Max(end, child.Span.End + 1);
        return end;
    }

    private static void CollectCodes(ContainerInline container, string text, List<(int, int, InlineCodeKind, int, string)> codes, ref int nextId)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case CodeInline:
                    codes.Add((inline.Span.Start, inline.Span.End + 1, InlineCodeKind.Standalone, nextId++, "code"));
                    break;
                case AutolinkInline:
                    codes.Add((inline.Span.Start, inline.Span.End + 1, InlineCodeKind.Standalone, nextId++, "link"));
                    break;
                case HtmlInline:
                    codes.Add((inline.Span.Start, inline.Span.End + 1, InlineCodeKind.Standalone, nextId++, "html"));
                    break;
                case LinkInline { FirstChild: null } empty:
                    codes.Add((empty.Span.Start, empty.Span.End + 1, InlineCodeKind.Standalone, nextId++, empty.IsImage ? "image" : "link"));
                    break;
                case EmphasisInline or LinkInline:
                    var wrapper = (ContainerInline)inline;
                    var innerStart = wrapper.FirstChild!.Span.Start;
                    var innerEnd = LastDescendantEnd(wrapper);
                    var type = wrapper switch
                    {
                        LinkInline { IsImage: true } => "image",
                        LinkInline => "link",
                        EmphasisInline { DelimiterCount: >= 2 } => "bold",
                        _ => "italic",
                    };
                    if (innerStart <= wrapper.Span.Start || innerEnd > wrapper.Span.End)
                    {
                        codes.Add((wrapper.Span.Start, wrapper.Span.End + 1, InlineCodeKind.Standalone, nextId++, type));
                        break;
                    }
                    var id = nextId++;
                    codes.Add((wrapper.Span.Start, innerStart, InlineCodeKind.Open, id, type));
                    CollectCodes(wrapper, text, codes, ref nextId);
                    // A figure's caption (the image's title) is text to translate, between the closing code and one
                    // after it: `](assets/x.svg "` Caption `")`.
                    if (wrapper is LinkInline { IsImage: true } image && CaptionIn(text, innerEnd, wrapper.Span.End + 1, image.Title) is { } caption)
                    {
                        codes.Add((innerEnd, caption.Start, InlineCodeKind.Close, id, type));
                        codes.Add((caption.End, wrapper.Span.End + 1, InlineCodeKind.Standalone, nextId++, type));
                        break;
                    }
                    codes.Add((innerEnd, wrapper.Span.End + 1, InlineCodeKind.Close, id, type));
                    break;
                case ContainerInline other:
                    CollectCodes(other, text, codes, ref nextId);
                    break;
            }
        }
    }

    /// <summary>
    /// Where an image's title is in its closing markup (<c>](url "title")</c>, between <paramref name="start"/> and
    /// <paramref name="end"/>), when it is written as it reads — in quotes or brackets, without escapes or line breaks;
    /// otherwise null, and the title stays part of the markup.
    /// </summary>
    private static (int Start, int End)? CaptionIn(string text, int start, int end, string? title)
    {
        if (string.IsNullOrEmpty(title) || title.Contains('\n') || end > text.Length || end - start < title.Length + 4 || text[end - 1] != ')')
            return null;
        var closing = end - 2;
        while (closing > start && text[closing] is ' ' or '\t' or '\n')
            closing--;
        var opening = text[closing] switch { '"' => '"', '\'' => '\'', ')' => '(', _ => '\0' };
        var captionStart = closing - title.Length;
        if (opening == '\0' || captionStart <= start || text[captionStart - 1] != opening || !text.AsSpan(captionStart, title.Length).SequenceEqual(title))
            return null;
        return (captionStart, closing);
    }

    /// <summary>Text between codes: footnote calls become codes; a line's container prefix after a line break goes (Fill puts it back).</summary>
    private static void AddText(List<InlinePart> parts, string text, ref int nextId)
    {
        if (text.Length == 0)
            return;
        text = LinePrefix().Replace(text, "\n");
        var position = 0;
        foreach (Match call in FootnoteCall().Matches(text))
        {
            if (call.Index > position)
                parts.Add(new InlineText(text[position..call.Index]));
            parts.Add(new InlineCode(InlineCodeKind.Standalone, nextId++, call.Value, "footnote"));
            position = call.Index + call.Length;
        }
        if (position < text.Length)
            parts.Add(new InlineText(text[position..]));
    }

    /// <summary>What starts the block's second line before its content; for a one-line block, what would (the first line's prefix with only its quote markers kept).</summary>
    private static string ContinuationPrefix(string text, int start, int end)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (start == 0)
            lineStart = 0;
        var firstPrefix = text[lineStart..start];
        var newline = text.IndexOf('\n', start, end - start);
        if (newline >= 0)
        {
            var match = LinePrefix().Match(text, newline);
            if (match.Success && match.Index == newline)
                return match.Value[1..];
        }
        return string.Concat(firstPrefix.Select(c => c == '>' ? '>' : ' '));
    }

    [GeneratedRegex(@"\n[ \t]*(?:>[ \t]?)*[ \t]*", RegexOptions.CultureInvariant)]
    private static partial Regex LinePrefix();

    [GeneratedRegex(@"\[\^[^\]\s]+\]:?", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteCall();
}
