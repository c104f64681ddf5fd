namespace BriefingCompiler.Pdf.Boxes;

/// <summary>
/// What an element is to a reader who does not see the page (a screen reader, a tagged PDF's structure tree): its
/// role from the HTML, whatever CSS makes it look like. Neutral: the PDF writer maps these to PDF's standard
/// structure types; layout only carries them along on the boxes.
/// </summary>
public enum StructureRole
{
    Document,
    Section,
    Heading,
    Paragraph,
    List,
    ListItem,
    ListLabel,
    ListBody,
    Table,
    TableHead,
    TableBody,
    TableFoot,
    TableRow,
    TableHeaderCell,
    TableDataCell,
    Caption,
    Figure,
    Link,
    Span,
    BlockQuote,
    Note,
    Code,

    /// <summary>A ruby (PDF 1.7 §14.8.4.3.4: Ruby), holding its bases (RB) and annotations (RT).</summary>
    Ruby,
    RubyBase,
    RubyText,
}
