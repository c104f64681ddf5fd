using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Translation;

/// <summary>What merge needs of an XLIFF file: its version, languages, the source it was made from, and the units.</summary>
public sealed record XliffDocument(
    XliffVersion Version, string SourceLanguage, string TargetLanguage, string Original, SourceSpan FileSpan, IReadOnlyList<XliffUnit> Units);
