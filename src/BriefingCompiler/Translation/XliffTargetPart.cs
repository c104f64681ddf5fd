using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Translation;

/// <summary>A piece of a translated target as read from an XLIFF file, with where it is in that file.</summary>
public sealed record XliffTargetPart(InlinePart Part, SourceSpan Span);
