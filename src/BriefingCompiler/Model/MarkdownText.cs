using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Model;

/// <summary>Markdown source text (CommonMark + pipe tables) and where it was written.</summary>
public sealed record MarkdownText(string Source, SourceSpan Span);
