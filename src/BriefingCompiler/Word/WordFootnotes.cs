using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingCompiler.Word;

/// <summary>
/// The Word footnotes of one document: the footnotes part (made at the first call, so a briefing without notes has
/// none), its two separator notes, and one Word footnote per Markdown call — Word numbers them itself, in the order
/// of their calls through the document, as the PDF does. A Markdown note called twice becomes two Word notes with
/// the same text (Word has one reference per note). The first note of a label carries a hidden bookmark
/// <c>_fn_label</c> so <c>briefc import</c> gives the note its Markdown label back.
/// </summary>
internal sealed class WordFootnotes(MainDocumentPart main)
{
    /// <summary>The prefix of the bookmark that names a note's Markdown label; the leading underscore hides it in Word's bookmark list.</summary>
    public const string LabelBookmarkPrefix = "_fn_";

    /// <summary>Word refuses bookmark names longer than 40 characters; a longer label is not kept (the note is numbered on import).</summary>
    private const int MaxBookmarkName = 40;

    private FootnotesPart? _part;
    // One context for every note: the footnotes part's link relationships are counted once for the whole part.
    private WordContext? _noteContext;
    private readonly HashSet<string> _labelled = new(StringComparer.Ordinal);
    private int _next = 1;

    public bool IsEmpty => _part is null;

    /// <summary>
    /// Adds a footnote whose paragraphs <paramref name="writeNote"/> writes (given a context for the footnotes part) and
    /// returns the run that calls it. The first paragraph starts with the note's number (<c>w:footnoteRef</c>).
    /// </summary>
    public Run Call(string label, WordContext context, Func<WordContext, IReadOnlyList<OpenXmlElement>> writeNote)
    {
        var part = _part ??= NewPart();
        var id = _next++;
        var blocks = writeNote(_noteContext ??= context.ForFootnotes(part)).ToList();
        var first = blocks.OfType<Paragraph>().FirstOrDefault();
        if (first is null)
        {
            first = context.Paragraph(WordStyles.FootnoteText);
            blocks.Insert(0, first);
        }
        var afterProperties = (OpenXmlElement?)first.ParagraphProperties;
        var mark = new Run(new RunProperties(new RunStyle { Val = WordStyles.FootnoteReference }), new FootnoteReferenceMark());
        if (afterProperties is null)
            first.PrependChild(mark);
        else
            first.InsertAfter(mark, afterProperties);
        mark.InsertAfterSelf(new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve }));
        var name = LabelBookmarkPrefix + label;
        if (name.Length <= MaxBookmarkName && _labelled.Add(label))
            context.Bookmark(first, name);

        var note = new Footnote { Id = id };
        note.Append(blocks);
        part.Footnotes!.Append(note);
        return new Run(new RunProperties(new RunStyle { Val = WordStyles.FootnoteReference }), new FootnoteReference { Id = id });
    }

    /// <summary>Word's footnote settings: which notes are the separators (settings.xml's <c>w:footnotePr</c>).</summary>
    public static FootnoteDocumentWideProperties Settings() =>
        new(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 });

    private FootnotesPart NewPart()
    {
        var part = main.AddNewPart<FootnotesPart>("rIdFootnotes");
        part.Footnotes = new Footnotes(
            Separator(-1, FootnoteEndnoteValues.Separator, new SeparatorMark()),
            Separator(0, FootnoteEndnoteValues.ContinuationSeparator, new ContinuationSeparatorMark()));
        return part;
    }

    private static Footnote Separator(int id, FootnoteEndnoteValues type, OpenXmlElement mark) =>
        new(new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new Run(mark)))
        { Type = type, Id = id };
}
