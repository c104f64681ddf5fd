namespace BriefingCompiler.Importing;

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
