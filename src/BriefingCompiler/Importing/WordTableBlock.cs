namespace BriefingCompiler.Importing;

/// <summary>A table: rows of cells, each cell its paragraphs.</summary>
public sealed record WordTableBlock(IReadOnlyList<IReadOnlyList<IReadOnlyList<WordParagraph>>> Rows) : WordBlock;
