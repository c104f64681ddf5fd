using System.Globalization;
using BriefingCompiler.Templating;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using WordTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace BriefingCompiler.Word;

/// <summary>
/// Writes a briefing's Markdown as Word paragraphs and tables: the tree the HTML renderer uses (with its link rules),
/// walked block by block. Headings become Word headings, lists numbered or bulleted paragraphs with real Word
/// numbering (nested by level), emphasis bold and italic runs, links hyperlinks, pipe tables Word tables, footnote
/// calls Word footnotes.
/// </summary>
/// <param name="paragraphStyle">The style of plain paragraphs: Normal in the body, footnote text in a note.</param>
internal sealed class WordMarkdown(WordContext context, string paragraphStyle = WordStyles.Normal)
{
    /// <summary>Width of the text area of an A4 page with the template's 20 mm side margins, in twentieths of a point.</summary>
    public const int TextWidth = 9638;

    /// <param name="topHeadingLevel">The Word heading level a <c>#</c> heading becomes.</param>
    public IEnumerable<OpenXmlElement> Blocks(string markdown, int topHeadingLevel)
    {
        // ParseSafe counts in HTML levels, where the section heading is h2 and Word's is heading 1.
        // Figures stay their Markdown, so that a document edited in Word and imported keeps them.
        var document = MarkdownRenderer.ParseSafe(markdown, topHeadingLevel + 1, imagesAsTyped: true);
        var output = new List<OpenXmlElement>();
        foreach (var block in document)
            AddBlock(block, output, new BlockPlace(null, 0, false));
        return output;
    }

    /// <summary>Where a block sits: in a list (its numbering instance and depth) or a quote.</summary>
    private readonly record struct BlockPlace(int? NumberingId, int Depth, bool InQuote);

    private void AddBlock(Block block, List<OpenXmlElement> output, BlockPlace place)
    {
        switch (block)
        {
            case HeadingBlock heading:
                output.Add(context.Paragraph(WordStyles.Heading(heading.Level - 1), Inlines(heading.Inline)));
                break;
            case ParagraphBlock paragraph:
                output.Add(place.NumberingId is null
                    ? context.Paragraph(place.InQuote ? WordStyles.Quote : paragraphStyle, Inlines(paragraph.Inline))
                    : Continuation(Inlines(paragraph.Inline), place.Depth));
                break;
            case ListBlock list:
                AddList(list, output, place);
                break;
            case QuoteBlock quote:
                foreach (var inner in quote)
                    AddBlock(inner, output, place with { InQuote = true });
                break;
            case CodeBlock code:
                output.Add(context.Paragraph(WordStyles.Code, CodeLines(code)));
                break;
            case ThematicBreakBlock:
                output.Add(Rule());
                break;
            case Markdig.Extensions.Tables.Table table:
                output.Add(Table(table));
                break;
            // The notes Markdig gathers at the end are written where they are called (Word footnotes, see AddInline);
            // a note no call uses is not in the group (the HTML leaves it out too).
            case Markdig.Extensions.Footnotes.FootnoteGroup:
                break;
            case ContainerBlock container:
                foreach (var inner in container)
                    AddBlock(inner, output, place);
                break;
            // Link reference definitions and (with raw HTML off) nothing else write no text.
        }
    }

    /// <summary>A note's blocks as footnote paragraphs (in the footnotes part, with its own link relationships).</summary>
    private static List<OpenXmlElement> NoteBlocks(Markdig.Extensions.Footnotes.Footnote note, WordContext noteContext)
    {
        var writer = new WordMarkdown(noteContext, WordStyles.FootnoteText);
        var output = new List<OpenXmlElement>();
        foreach (var block in note)
            writer.AddBlock(block, output, new BlockPlace(null, 0, false));
        return output;
    }

    private void AddList(ListBlock list, List<OpenXmlElement> output, BlockPlace place)
    {
        var start = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var first) ? first : 1;
        var numberingId = context.Numbering.NewList(list.IsOrdered, start);
        var depth = place.NumberingId is null ? 0 : place.Depth + 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var numbered = false;
            foreach (var inner in item)
            {
                if (!numbered && inner is ParagraphBlock paragraph)
                {
                    output.Add(context.Paragraph(WordStyles.ListStyle(list.IsOrdered, depth), Inlines(paragraph.Inline), WordContext.ListLevel(numberingId, depth)));
                    numbered = true;
                    continue;
                }
                if (!numbered)
                {
                    // An item that starts with something other than a paragraph still shows its number.
                    output.Add(context.Paragraph(WordStyles.ListStyle(list.IsOrdered, depth), [], WordContext.ListLevel(numberingId, depth)));
                    numbered = true;
                }
                AddBlock(inner, output, new BlockPlace(numberingId, depth, place.InQuote));
            }
            if (!numbered)
                output.Add(context.Paragraph(WordStyles.ListStyle(list.IsOrdered, depth), [], WordContext.ListLevel(numberingId, depth)));
        }
    }

    /// <summary>A further paragraph of a list item, indented to the item's text.</summary>
    private Paragraph Continuation(IEnumerable<OpenXmlElement> content, int depth)
    {
        var paragraph = context.Paragraph(WordStyles.ListContinue, content);
        paragraph.ParagraphProperties!.Indentation = new Indentation { Left = (360 * (depth + 1)).ToString(CultureInfo.InvariantCulture) };
        return paragraph;
    }

    private Paragraph Rule()
    {
        var paragraph = context.Paragraph(WordStyles.Normal);
        paragraph.ParagraphProperties!.ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "C6CFDB" });
        return paragraph;
    }

    private IEnumerable<OpenXmlElement> CodeLines(CodeBlock code)
    {
        var lines = code.Lines.Lines.Take(code.Lines.Count).Select(line => line.Slice.ToString()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
                yield return new Run(new Break());
            yield return context.Run(lines[i]);
        }
    }

    private WordTable Table(Markdig.Extensions.Tables.Table table)
    {
        var rows = table.OfType<Markdig.Extensions.Tables.TableRow>().ToList();
        var columns = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Count));
        var properties = new TableProperties(
            new TableStyle { Val = WordStyles.Table },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct });
        if (context.Script.IsRightToLeft)
            properties.BiDiVisual = new BiDiVisual();
        properties.TableLook = new TableLook { Val = "0620" };
        var grid = new TableGrid();
        for (var c = 0; c < columns; c++)
            grid.Append(new GridColumn { Width = (TextWidth / columns).ToString(CultureInfo.InvariantCulture) });
        var word = new WordTable(properties, grid);
        foreach (var row in rows)
        {
            var wordRow = new WordTableRow();
            if (row.IsHeader)
                wordRow.Append(new TableRowProperties(new TableHeader()));
            for (var c = 0; c < columns; c++)
            {
                var cell = c < row.Count ? row[c] as Markdig.Extensions.Tables.TableCell : null;
                var content = new List<OpenXmlElement>();
                if (cell is not null)
                {
                    foreach (var inner in cell)
                        AddBlock(inner, content, new BlockPlace(null, 0, false));
                }
                if (!content.OfType<Paragraph>().Any())
                    content.Add(context.Paragraph(WordStyles.Normal));
                var wordCell = new WordTableCell(new TableCellProperties(new TableCellWidth { Width = (TextWidth / columns).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
                wordCell.Append(content);
                wordRow.Append(wordCell);
            }
            word.Append(wordRow);
        }
        return word;
    }

    /// <summary>The runs (and hyperlinks) of a paragraph's inline content.</summary>
    public List<OpenXmlElement> Inlines(ContainerInline? inlines)
    {
        var output = new List<OpenXmlElement>();
        if (inlines is not null)
            AddInlines(inlines, default, output);
        return output;
    }

    private void AddInlines(ContainerInline container, RunFormat format, List<OpenXmlElement> output)
    {
        foreach (var inline in container)
            AddInline(inline, format, output);
    }

    private void AddInline(Inline inline, RunFormat format, List<OpenXmlElement> output)
    {
        switch (inline)
        {
            case LiteralInline literal:
                AddText(literal.Content.ToString(), format, output);
                break;
            // ~sub~ and ^super^: Word documents do not raise or lower text yet; the text is kept as is.
            case EmphasisInline { DelimiterChar: '~' or '^', DelimiterCount: 1 } shifted:
                AddInlines(shifted, format, output);
                break;
            // A call is a Word footnote holding the note's blocks; inside a note (Word has no notes in notes) a call
            // stays its Markdown, "[^label]" (Markdig keeps the caret in Label).
            case Markdig.Extensions.Footnotes.FootnoteLink footnote:
                var label = footnote.Footnote.Label?.TrimStart('^') ?? "";
                if (footnote.IsBackLink)
                    break;
                if (context.InFootnote)
                    AddText($"[^{label}]", format, output);
                else
                    output.Add(context.Footnotes.Call(label, context, noteContext => NoteBlocks(footnote.Footnote, noteContext)));
                break;
            case EmphasisInline emphasis:
                var inner = emphasis.DelimiterChar == '~' ? format with { Strike = true }
                    : emphasis.DelimiterCount >= 2 ? format with { Bold = true }
                    : format with { Italic = true };
                AddInlines(emphasis, inner, output);
                break;
            case CodeInline code:
                output.Add(context.Run(code.Content, format, WordStyles.CodeChar));
                break;
            case LinkInline link:
                var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? string.Empty;
                var runs = new List<OpenXmlElement>();
                if (link.FirstChild is null)
                    runs.Add(context.Run(url, format, WordStyles.Hyperlink));
                else
                    AddLinkInlines(link, format, runs);
                output.AddRange(context.Link(url, runs));
                break;
            case AutolinkInline autolink:
                output.AddRange(context.Link(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, [context.Run(autolink.Url, format, WordStyles.Hyperlink)]));
                break;
            case LineBreakInline lineBreak:
                if (lineBreak.IsHard)
                    output.Add(new Run(new Break()));
                else
                    AddText(" ", format, output);
                break;
            case HtmlEntityInline entity:
                AddText(entity.Transcoded.ToString(), format, output);
                break;
            case ContainerInline nested:
                AddInlines(nested, format, output);
                break;
            default:
                AddText(inline.ToString() ?? string.Empty, format, output);
                break;
        }
    }

    // Inside a link every run carries the Hyperlink character style.
    private void AddLinkInlines(ContainerInline link, RunFormat format, List<OpenXmlElement> output)
    {
        var inner = new List<OpenXmlElement>();
        AddInlines(link, format, inner);
        foreach (var run in inner.OfType<Run>())
        {
            run.RunProperties ??= new RunProperties();
            run.RunProperties.RunStyle ??= new RunStyle { Val = WordStyles.Hyperlink };
        }
        output.AddRange(inner);
    }

    private void AddText(string text, RunFormat format, List<OpenXmlElement> output)
    {
        if (text.Length > 0)
            output.Add(context.Run(text, format, format.Code ? WordStyles.CodeChar : null));
    }
}
