using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Model;

public sealed record ExtraSection(string Title, MarkdownText Body, SourceSpan Span);
