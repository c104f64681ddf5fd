namespace BriefingCompiler.Importing;

/// <summary>A version entry; <see cref="Date"/> is null when the document's date could not be read (the report says so).</summary>
public sealed record DraftVersion(string Version, DateOnly? Date, string? Note, string Source);
