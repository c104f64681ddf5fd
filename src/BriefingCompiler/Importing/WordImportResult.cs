using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Importing;

/// <summary>The draft's YAML, the fields behind it, the import report and the draft's own check.</summary>
public sealed record WordImportResult(string Yaml, BriefingDraft Draft, ImportReport Report, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool PassesCheck => !Diagnostics.Any(d => d.IsError);
}
