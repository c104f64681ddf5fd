using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Building;

/// <summary>
/// The outcome of compiling one source: the files it produces (none when it has errors) and every diagnostic,
/// from loading through templating to the PDF engine.
/// </summary>
public sealed record CompileResult(string SourcePath, IReadOnlyList<CompiledOutput> Outputs, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The validated model, when the source got that far (for checks across briefings, such as translations).</summary>
    public Model.Briefing? Briefing { get; init; }

    /// <summary>Files the outputs link to that other briefings' outputs may link to as well (written once per build).</summary>
    public IReadOnlyList<SharedOutput> Shared { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
