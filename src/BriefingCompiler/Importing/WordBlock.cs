namespace BriefingCompiler.Importing;

/// <summary>A block of a Word document's body as the importer sees it: a paragraph or a table, in document order.</summary>
public abstract record WordBlock;
