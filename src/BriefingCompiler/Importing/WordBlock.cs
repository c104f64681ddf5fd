namespace BriefingCompiler.Importing;

/// <summary>A block of a Word document's body as the importer sees it: a paragraph or a table, in document order.</summary>
public abstract record WordBlock;

/// <summary>
/// A paragraph: its style (id and name), heading level (1–9; 0 for the Title style), list membership, the bookmarks
/// it holds, and its text as lines (split at line breaks) of formatted spans.
/// </summary>
public sealed record WordParagraph(
    string StyleId,
    string StyleName,
    int? HeadingLevel,
    WordListLevel? List,
    IReadOnlyList<string> Bookmarks,
    IReadOnlyList<IReadOnlyList<WordSpan>> Lines,
    bool HasBottomBorder) : WordBlock
{
    /// <summary>The paragraph's plain text, lines joined by a line feed, tabs kept.</summary>
    public string Text => string.Join("\n", Lines.Select(line => string.Concat(line.Select(span => span.Text))));

    /// <summary>Whether every visible character is bold (set on the runs): a heading typed as a bold paragraph.</summary>
    public bool IsAllBold =>
        Lines.SelectMany(line => line).Where(span => !string.IsNullOrWhiteSpace(span.Text)).ToList() is { Count: > 0 } spans && spans.All(span => span.Bold);

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
}

/// <summary>A paragraph's place in a Word list: the numbering instance, the level (0-based) and whether it counts.</summary>
public sealed record WordListLevel(int NumberingId, int Level, bool Ordered);

/// <summary>A run of text with the formatting the importer turns into Markdown; <see cref="Link"/> is its hyperlink target.</summary>
public sealed record WordSpan(string Text, bool Bold, bool Italic, bool Code, string? Link, string? CharacterStyle);

/// <summary>A table: rows of cells, each cell its paragraphs.</summary>
public sealed record WordTableBlock(IReadOnlyList<IReadOnlyList<IReadOnlyList<WordParagraph>>> Rows) : WordBlock;
