using BriefingCompiler.Diagnostics;
using BriefingCompiler.Model;

namespace BriefingCompiler;

/// <summary>A loaded briefing: <see cref="Briefing"/> is set exactly when <see cref="Diagnostics"/> holds no error.</summary>
public sealed record LoadResult(string Path, Briefing? Briefing, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
