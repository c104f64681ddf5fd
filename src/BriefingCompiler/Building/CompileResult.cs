using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Building;

/// <summary>
/// The outcome of compiling one source: the files it produces (none when it has errors) and every diagnostic,
/// from loading through templating to the PDF engine.
/// </summary>
public sealed record CompileResult(string SourcePath, IReadOnlyList<CompiledOutput> Outputs, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
