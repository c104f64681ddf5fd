using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingCompiler.Importing;

/// <summary>
/// Reads a Word document's body into <see cref="WordBlock"/>s: paragraphs with their style names, heading levels,
/// list levels (from Word numbering or the list styles), bookmarks and formatted text (bold, italic, code, links;
/// field results but not field instructions; tracked insertions but not deletions), and tables. Content controls
/// are looked through. Everything the SDK reads is bounded (<see cref="DocxPackageGuard"/> first, then the SDK's
/// own part size limit; DTDs are prohibited).
/// </summary>
public sealed class WordBlockReader
{
    /// <summary>More paragraphs than a briefing ever has (the founding briefing has about 40).</summary>
    public const int MaxParagraphs = 20_000;

    private readonly Dictionary<string, StyleFacts> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Func<int, bool>> _ordered = [];
    private readonly MainDocumentPart _main;
    private readonly Dictionary<long, Footnote> _footnoteElements = [];
    private readonly Dictionary<long, WordFootnote> _footnotes = [];
    private readonly HashSet<string> _footnoteLabels = new(StringComparer.Ordinal);
    // The part whose relationships name the hyperlinks being read: the body's, or the footnotes part's inside a note.
    private OpenXmlPart _part;
    private bool _inFootnote;
    private int _paragraphs;

    private sealed record StyleFacts(string Name, string? BasedOn, int? OutlineLevel, int? NumberingId, int? NumberingLevel);

    private WordBlockReader(MainDocumentPart main)
    {
        _main = main;
        _part = main;
        if (main.FootnotesPart?.Footnotes is { } footnotes)
        {
            foreach (var note in footnotes.Elements<Footnote>())
            {
                // The separators (ids -1 and 0, typed) are not notes.
                if (note.Id?.Value is { } id && (note.Type is null || note.Type.Value == FootnoteEndnoteValues.Normal))
                    _footnoteElements.TryAdd(id, note);
            }
        }
        ReadStyles(main.StyleDefinitionsPart?.Styles);
        ReadNumbering(main.NumberingDefinitionsPart?.Numbering);
    }

    /// <summary>The body's blocks and the document's core-properties language (or null).</summary>
    public static (IReadOnlyList<WordBlock> Blocks, string? Language, string? Title) Read(byte[] docx)
    {
        DocxPackageGuard.Check(docx);
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false, new OpenSettings
            {
                MaxCharactersInPart = DocxPackageGuard.MaxInflatedBytes / 2,
                AutoSave = false,
            });
            var main = document.MainDocumentPart
                ?? throw new WordImportException("it has no main document part (word/document.xml); it is not a Word document");
            var body = main.Document?.Body
                ?? throw new WordImportException("its main document part has no body");
            var reader = new WordBlockReader(main);
            var blocks = new List<WordBlock>();
            reader.AddBlocks(body, blocks);
            string? language = null, title = null;
            try
            {
                language = document.PackageProperties.Language;
                title = document.PackageProperties.Title;
            }
            catch (XmlException)
            {
                // Damaged core properties only cost the language hint.
            }
            return (blocks, string.IsNullOrWhiteSpace(language) ? null : language, string.IsNullOrWhiteSpace(title) ? null : title);
        }
        catch (OpenXmlPackageException e)
        {
            throw new WordImportException($"it is not a valid Word package ({e.Message.TrimEnd('.')})");
        }
        catch (XmlException e)
        {
            throw new WordImportException($"its XML is not well-formed or declares a DTD ({e.Message.TrimEnd('.')})");
        }
        catch (InvalidDataException e)
        {
            throw new WordImportException($"a part of it is damaged ({e.Message.TrimEnd('.')})");
        }
        catch (IOException e) when (e is not FileNotFoundException)
        {
            throw new WordImportException($"a part of it cannot be read ({e.Message.TrimEnd('.')})");
        }
    }

    private void AddBlocks(OpenXmlElement container, List<WordBlock> blocks)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    blocks.Add(ReadParagraph(paragraph));
                    break;
                case Table table:
                    blocks.Add(ReadTable(table));
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    AddBlocks(content, blocks);
                    break;
                case CustomXmlBlock custom:
                    AddBlocks(custom, blocks);
                    break;
            }
        }
    }

    private WordTableBlock ReadTable(Table table)
    {
        var rows = new List<IReadOnlyList<IReadOnlyList<WordParagraph>>>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<IReadOnlyList<WordParagraph>>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var inner = new List<WordBlock>();
                AddBlocks(cell, inner);
                cells.Add([.. inner.OfType<WordParagraph>()]);
            }
            rows.Add(cells);
        }
        return new WordTableBlock(rows);
    }

    private WordParagraph ReadParagraph(Paragraph paragraph)
    {
        if (++_paragraphs > MaxParagraphs)
            throw new WordImportException($"it has more than {MaxParagraphs:N0} paragraphs; a briefing has a few hundred at most");
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value ?? "Normal";
        var style = Style(styleId);
        var name = style?.Name ?? styleId;
        var outline = properties?.OutlineLevel?.Val?.Value ?? Inherited(styleId, s => s.OutlineLevel);

        int? heading = null;
        if (name.Equals("Title", StringComparison.OrdinalIgnoreCase))
            heading = 0;
        else if (HeadingNumber(name) is { } level)
            heading = level;
        else if (outline is >= 0 and < 9)
            heading = outline + 1;

        var lines = new List<List<WordSpan>> { new() };
        var bookmarks = new List<string>();
        ReadInlines(paragraph, lines, bookmarks, link: null, new FieldState());
        return new WordParagraph(styleId, name, heading, ListLevel(properties, styleId, name), bookmarks,
            [.. lines.Select(line => (IReadOnlyList<WordSpan>)Merge(line))], properties?.ParagraphBorders?.BottomBorder is not null);
    }

    // Tracks complex fields: their instructions are not text; their results are.
    private sealed class FieldState
    {
        public int Depth;
        public bool InInstruction;
    }

    private void ReadInlines(OpenXmlElement container, List<List<WordSpan>> lines, List<string> bookmarks, string? link, FieldState field)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Run run:
                    ReadRun(run, lines, link, field);
                    break;
                case Hyperlink hyperlink:
                    ReadInlines(hyperlink, lines, bookmarks, HyperlinkTarget(hyperlink) ?? link, field);
                    break;
                case BookmarkStart bookmark when bookmark.Name?.Value is { } name:
                    bookmarks.Add(name);
                    break;
                case DeletedRun or MoveFromRun:
                    break;
                case SimpleField or InsertedRun or MoveToRun or CustomXmlRun:
                    ReadInlines(element, lines, bookmarks, link, field);
                    break;
                case SdtRun sdt when sdt.SdtContentRun is { } content:
                    ReadInlines(content, lines, bookmarks, link, field);
                    break;
            }
        }
    }

    private void ReadRun(Run run, List<List<WordSpan>> lines, string? link, FieldState field)
    {
        var properties = run.RunProperties;
        var characterStyle = properties?.RunStyle?.Val?.Value;
        var bold = IsOn(properties?.Bold) || characterStyle is "Strong";
        var italic = IsOn(properties?.Italic) || characterStyle is "Emphasis";
        var code = characterStyle is "CodeChar" or "HTMLCode" || properties?.RunFonts?.Ascii?.Value is { } font && font.Contains("Mono", StringComparison.OrdinalIgnoreCase) || properties?.RunFonts?.Ascii?.Value is "Courier New" or "Consolas";
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case FieldChar fieldChar:
                    var type = fieldChar.FieldCharType?.Value;
                    if (type == FieldCharValues.Begin)
                    {
                        field.Depth++;
                        field.InInstruction = true;
                    }
                    else if (type == FieldCharValues.Separate)
                    {
                        field.InInstruction = false;
                    }
                    else if (type == FieldCharValues.End)
                    {
                        field.Depth = Math.Max(0, field.Depth - 1);
                        field.InInstruction = false;
                    }
                    break;
                case Text text when !field.InInstruction:
                    lines[^1].Add(new WordSpan(text.Text, bold, italic, code, link, characterStyle));
                    break;
                case TabChar when !field.InInstruction:
                    lines[^1].Add(new WordSpan("\t", bold, italic, code, link, characterStyle));
                    break;
                case NoBreakHyphen when !field.InInstruction:
                    lines[^1].Add(new WordSpan("-", bold, italic, code, link, characterStyle));
                    break;
                case Break brk when !field.InInstruction && (brk.Type?.Value is null || brk.Type.Value == BreakValues.TextWrapping):
                    lines.Add([]);
                    break;
                case CarriageReturn when !field.InInstruction:
                    lines.Add([]);
                    break;
                case FootnoteReference reference when !field.InInstruction && !_inFootnote
                    && reference.Id?.Value is { } id && Footnote(id) is { } note:
                    lines[^1].Add(new WordSpan($"[^{note.Label}]", false, false, false, null, null, note));
                    break;
            }
        }
    }

    /// <summary>
    /// The Markdown note a Word footnote is: its label from briefc's bookmark, else the label of an earlier note with
    /// the same text (briefc writes a note called twice as two Word notes), else the next free number.
    /// </summary>
    private WordFootnote? Footnote(long id)
    {
        if (_footnotes.TryGetValue(id, out var known))
            return known;
        if (!_footnoteElements.TryGetValue(id, out var element))
            return null;
        var blocks = new List<WordBlock>();
        var (part, inFootnote) = (_part, _inFootnote);
        (_part, _inFootnote) = (_main.FootnotesPart!, true);
        try
        {
            AddBlocks(element, blocks);
        }
        finally
        {
            (_part, _inFootnote) = (part, inFootnote);
        }
        blocks = WithoutLeadingSpace(blocks);
        var bookmark = blocks.OfType<WordParagraph>().SelectMany(p => p.Bookmarks)
            .FirstOrDefault(b => b.StartsWith(Word.WordFootnotes.LabelBookmarkPrefix, StringComparison.Ordinal) && b.Length > Word.WordFootnotes.LabelBookmarkPrefix.Length);
        string label;
        if (bookmark is not null && !_footnoteLabels.Contains(bookmark[Word.WordFootnotes.LabelBookmarkPrefix.Length..]))
            label = bookmark[Word.WordFootnotes.LabelBookmarkPrefix.Length..];
        else if (_footnotes.Values.FirstOrDefault(n => SameText(n.Blocks, blocks)) is { } twin)
            label = twin.Label;
        else
        {
            var number = _footnoteLabels.Count + 1;
            while (_footnoteLabels.Contains(number.ToString(CultureInfo.InvariantCulture)))
                number++;
            label = number.ToString(CultureInfo.InvariantCulture);
        }
        _footnoteLabels.Add(label);
        return _footnotes[id] = new WordFootnote(label, blocks);
    }

    private static bool SameText(IReadOnlyList<WordBlock> a, IReadOnlyList<WordBlock> b) =>
        a.Count == b.Count && a.Zip(b).All(pair => pair.First is WordParagraph x && pair.Second is WordParagraph y ? x.Text == y.Text : pair.First.Equals(pair.Second));

    // Word puts a space between the note's number (w:footnoteRef, not text) and its text.
    private static List<WordBlock> WithoutLeadingSpace(List<WordBlock> blocks)
    {
        if (blocks.FirstOrDefault() is not WordParagraph { Lines: [[var first, ..], ..] } paragraph)
            return blocks;
        var trimmed = first.Text.TrimStart();
        var line = paragraph.Lines[0].ToList();
        if (trimmed.Length == 0)
            line.RemoveAt(0);
        else
            line[0] = first with { Text = trimmed };
        var lines = paragraph.Lines.ToList();
        lines[0] = line;
        return [paragraph with { Lines = lines }, .. blocks.Skip(1)];
    }

    private static bool IsOn(OnOffType? value) => value is not null && (value.Val is null || value.Val.Value);

    private string? HyperlinkTarget(Hyperlink hyperlink)
    {
        if (hyperlink.Id?.Value is { } id)
        {
            var relationship = _part.HyperlinkRelationships.FirstOrDefault(r => r.Id == id);
            if (relationship is not null)
                return relationship.Uri.IsAbsoluteUri ? relationship.Uri.AbsoluteUri : relationship.Uri.OriginalString;
        }
        return hyperlink.Anchor?.Value is { } anchor ? "#" + anchor : null;
    }

    /// <summary>Adjacent spans with the same formatting become one.</summary>
    private static List<WordSpan> Merge(List<WordSpan> spans)
    {
        var merged = new List<WordSpan>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && merged[^1] is var last && last with { Text = span.Text } == span)
                merged[^1] = last with { Text = last.Text + span.Text };
            else
                merged.Add(span);
        }
        return merged;
    }

    private WordListLevel? ListLevel(ParagraphProperties? properties, string styleId, string styleName)
    {
        var numberingId = properties?.NumberingProperties?.NumberingId?.Val?.Value ?? Inherited(styleId, s => s.NumberingId);
        var level = properties?.NumberingProperties?.NumberingLevelReference?.Val?.Value ?? Inherited(styleId, s => s.NumberingLevel) ?? 0;
        if (numberingId is { } id and > 0)
        {
            var ordered = _ordered.TryGetValue(id, out var isOrdered) ? isOrdered(level) : styleName.StartsWith("List Number", StringComparison.OrdinalIgnoreCase);
            return new WordListLevel(id, level, ordered);
        }
        // List styles without numbering of their own (typed lists, or a document whose numbering part was lost).
        if (styleName.StartsWith("List Number", StringComparison.OrdinalIgnoreCase) || styleName.StartsWith("List Bullet", StringComparison.OrdinalIgnoreCase))
        {
            var depth = styleName.Length > 0 && char.IsDigit(styleName[^1]) ? styleName[^1] - '1' : 0;
            return new WordListLevel(-1, Math.Max(0, depth), styleName.StartsWith("List Number", StringComparison.OrdinalIgnoreCase));
        }
        return null;
    }

    private static int? HeadingNumber(string styleName)
    {
        var name = styleName.Replace(" ", "", StringComparison.Ordinal);
        return name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) && name.Length == 8 && char.IsDigit(name[7]) && name[7] != '0'
            ? name[7] - '0'
            : null;
    }

    private StyleFacts? Style(string id) => _styles.GetValueOrDefault(id);

    /// <summary>A style property from the style or the styles it is based on (at most ten deep: chains may loop).</summary>
    private int? Inherited(string styleId, Func<StyleFacts, int?> property)
    {
        var id = styleId;
        for (var depth = 0; depth < 10 && id is not null && Style(id) is { } style; depth++)
        {
            if (property(style) is { } value)
                return value;
            id = style.BasedOn;
        }
        return null;
    }

    private void ReadStyles(Styles? styles)
    {
        if (styles is null)
            return;
        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is not { } id || _styles.ContainsKey(id))
                continue;
            var paragraph = style.StyleParagraphProperties;
            _styles[id] = new StyleFacts(
                style.StyleName?.Val?.Value ?? id,
                style.BasedOn?.Val?.Value,
                paragraph?.OutlineLevel?.Val?.Value,
                paragraph?.NumberingProperties?.NumberingId?.Val?.Value,
                paragraph?.NumberingProperties?.NumberingLevelReference?.Val?.Value);
        }
    }

    private void ReadNumbering(Numbering? numbering)
    {
        if (numbering is null)
            return;
        var definitions = new Dictionary<int, AbstractNum>();
        foreach (var definition in numbering.Elements<AbstractNum>())
        {
            if (definition.AbstractNumberId?.Value is { } id)
                definitions.TryAdd(id, definition);
        }
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not { } numId || instance.AbstractNumId?.Val?.Value is not { } abstractId
                || !definitions.TryGetValue(abstractId, out var definition))
                continue;
            var formats = definition.Elements<Level>()
                .Where(l => l.LevelIndex?.Value is not null)
                .GroupBy(l => l.LevelIndex!.Value)
                .ToDictionary(g => g.Key, g => g.First().NumberingFormat?.Val?.Value);
            _ordered.TryAdd(numId, level => formats.TryGetValue(level, out var format) && format is { } f && f != NumberFormatValues.Bullet && f != NumberFormatValues.None);
        }
    }

}
