namespace BriefingCompiler.Importing;

/// <summary>A paragraph's place in a Word list: the numbering instance, the level (0-based) and whether it counts.</summary>
public sealed record WordListLevel(int NumberingId, int Level, bool Ordered);
