using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Model;

/// <summary>One entry of the version history; <see cref="Version"/> is the text as written ("1.10").</summary>
public sealed record VersionEntry(string Version, DateOnly Date, string? Note, SourceSpan Span);
