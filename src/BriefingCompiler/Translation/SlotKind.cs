namespace BriefingCompiler.Translation;

/// <summary>What a slot is in its field, which decides what a translation must not start or hold (<see cref="BlockMarkupEscapes"/>).</summary>
public enum SlotKind
{
    /// <summary>A plain text field (a title, a topic): not Markdown.</summary>
    Plain,

    /// <summary>A paragraph or a list item's paragraph: its lines must not start a block.</summary>
    Paragraph,

    /// <summary>A heading's text: one line after the heading's marks.</summary>
    Heading,

    /// <summary>A table cell: one line, and no <c>|</c> that would end the cell.</summary>
    TableCell,
}
