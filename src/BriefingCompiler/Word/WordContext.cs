using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingCompiler.Word;

/// <summary>
/// What the parts of one Word document being written share: its writing systems (every run and paragraph is made
/// here, so East Asian fonts and right-to-left flags are never forgotten), its numbering, bookmarks and footnotes,
/// and the hyperlink relationships of the part being written (the body's, or the footnotes part's: a relationship
/// belongs to the part whose XML names it). Ids are counters, never random: the same briefing gives the same document.
/// </summary>
internal sealed class WordContext
{
    private readonly WordScript script;
    private readonly OpenXmlPart part;
    private readonly Dictionary<string, string> _links = new(StringComparer.Ordinal);
    private readonly DocumentState _document;

    /// <summary>What every part of the document shares: one numbering, one bookmark id sequence, one footnotes part.</summary>
    private sealed class DocumentState(MainDocumentPart main)
    {
        public WordNumbering Numbering { get; } = new();
        public int Bookmarks;
        public WordFootnotes Footnotes { get; } = new(main);
    }

    /// <summary>The context of the main document part (the body, headers and footers).</summary>
    public WordContext(WordScript script, MainDocumentPart main)
        : this(script, main, new DocumentState(main), inFootnote: false)
    {
    }

    private WordContext(WordScript script, OpenXmlPart part, DocumentState document, bool inFootnote)
    {
        this.script = script;
        this.part = part;
        _document = document;
        InFootnote = inFootnote;
    }

    public WordScript Script => script;

    public WordNumbering Numbering => _document.Numbering;

    /// <summary>The document's footnotes (Word footnotes, written to the footnotes part).</summary>
    public WordFootnotes Footnotes => _document.Footnotes;

    /// <summary>Whether this context writes the text of a footnote (where a further footnote call stays text: Word has no notes in notes).</summary>
    public bool InFootnote { get; }

    /// <summary>A context writing into the footnotes part: same numbering, bookmarks and scripts; links related from that part.</summary>
    public WordContext ForFootnotes(FootnotesPart footnotes) => new(script, footnotes, _document, inFootnote: true);

    /// <summary>A run of text with the properties its characters need (East Asian font, right to left).</summary>
    public Run Run(string text, RunFormat format = default, string? characterStyle = null)
    {
        var properties = new RunProperties();
        if (characterStyle is not null)
            properties.RunStyle = new RunStyle { Val = characterStyle };
        var eastAsian = WordScript.HasEastAsian(text);
        var rightToLeft = WordScript.HasRightToLeft(text);
        if (eastAsian)
            properties.RunFonts = new RunFonts { EastAsia = script.EastAsianFont, Hint = FontTypeHintValues.EastAsia };
        if (format.Bold)
        {
            properties.Bold = new Bold();
            properties.BoldComplexScript = new BoldComplexScript();
        }
        if (format.Italic)
        {
            properties.Italic = new Italic();
            properties.ItalicComplexScript = new ItalicComplexScript();
        }
        if (format.Strike)
            properties.Strike = new Strike();
        if (rightToLeft)
            properties.RightToLeftText = new RightToLeftText();
        if (eastAsian || rightToLeft)
        {
            properties.Languages = new Languages();
            if (eastAsian)
                properties.Languages.EastAsia = script.EastAsianLanguage;
            if (rightToLeft)
                properties.Languages.Bidi = script.IsRightToLeft ? script.Language : "ar";
        }

        var run = new Run();
        if (properties.HasChildren)
            run.RunProperties = properties;
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A paragraph of <paramref name="style"/>, right to left (<c>w:bidi</c>) in a right-to-left document.</summary>
    public Paragraph Paragraph(string style, IEnumerable<OpenXmlElement> content, NumberingProperties? numbering = null)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } };
        if (numbering is not null)
            properties.NumberingProperties = numbering;
        if (script.IsRightToLeft)
            properties.BiDi = new BiDi();
        var paragraph = new Paragraph(properties);
        paragraph.Append(content);
        return paragraph;
    }

    public Paragraph Paragraph(string style, params OpenXmlElement[] content) => Paragraph(style, (IEnumerable<OpenXmlElement>)content);

    /// <summary>A list paragraph's numbering: instance <paramref name="numberingId"/> at <paramref name="depth"/>.</summary>
    public static NumberingProperties ListLevel(int numberingId, int depth) =>
        new(new NumberingLevelReference { Val = Math.Min(depth, 8) }, new NumberingId { Val = numberingId });

    /// <summary>Wraps a paragraph's content in a bookmark <paramref name="name"/> (the HTML's id), the target of in-document links.</summary>
    public void Bookmark(Paragraph paragraph, string name)
    {
        var id = (_document.Bookmarks++).ToString(CultureInfo.InvariantCulture);
        var properties = paragraph.ParagraphProperties;
        paragraph.InsertAfter(new BookmarkStart { Id = id, Name = name }, properties);
        paragraph.Append(new BookmarkEnd { Id = id });
    }

    /// <summary>
    /// A hyperlink to <paramref name="url"/> (external, or <c>#anchor</c> inside the document) around <paramref name="runs"/>;
    /// the runs alone when the URL is not one a relationship can hold.
    /// </summary>
    public IReadOnlyList<OpenXmlElement> Link(string url, IReadOnlyList<OpenXmlElement> runs)
    {
        var link = new Hyperlink();
        if (url.StartsWith('#'))
        {
            link.Anchor = url[1..];
        }
        else
        {
            if (!_links.TryGetValue(url, out var id))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
                    return runs;
                id = "rIdLink" + (_links.Count + 1).ToString(CultureInfo.InvariantCulture);
                part.AddHyperlinkRelationship(uri, true, id);
                _links.Add(url, id);
            }
            link.Id = id;
        }
        link.Append(runs);
        return [link];
    }
}
