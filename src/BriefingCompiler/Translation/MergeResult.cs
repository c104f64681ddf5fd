using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Translation;

/// <summary>The translated briefing's text (null when the XLIFF was refused) and what was found (errors refuse, warnings inform).</summary>
public sealed record MergeResult(string? Yaml, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Refused => Yaml is null;
}
