using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Model;

public sealed record Session(int? Number, string Title, SourceSpan Span);
