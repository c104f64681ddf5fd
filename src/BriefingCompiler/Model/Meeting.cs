using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Model;

/// <summary>The meeting: written either as a plain name or as a mapping with place and dates.</summary>
public sealed record Meeting(string Name, string? Place, DateOnly? Start, DateOnly? End, SourceSpan Span);
