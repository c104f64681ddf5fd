using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Model;

/// <summary>
/// One edition of a document (<c>document_control.audiences</c>): its name as content refers to it
/// (<c>audience: members</c>), the distribution line its header shows instead of <c>document_control.audience</c>,
/// and optionally its own marking and title.
/// </summary>
public sealed record Audience(string Name, string Distribution, string? Marking, string? Title, SourceSpan Span);
