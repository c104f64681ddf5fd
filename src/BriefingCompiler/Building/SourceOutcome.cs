using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Building;

/// <summary>What happened to a source in a build.</summary>
public enum BuildStatus
{
    /// <summary>Compiled and its outputs written.</summary>
    Built,

    /// <summary>Its inputs and outputs are as the manifest recorded: nothing was done.</summary>
    UpToDate,

    /// <summary>It has errors (or warnings, with warnings as errors): nothing written, previous outputs untouched.</summary>
    Failed,
}

/// <summary>One source's result: its status, the outputs written (as messages show them) and its diagnostics.</summary>
public sealed record SourceOutcome(string SourcePath, BuildStatus Status, IReadOnlyList<string> Outputs, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// The result of a build, in source order. <see cref="TemplateFailure"/> is set when the template itself has errors,
/// <see cref="ProjectFailure"/> when briefc.yaml has: then nothing was compiled.
/// </summary>
public sealed record BuildReport(IReadOnlyList<SourceOutcome> Sources, SourceOutcome? TemplateFailure)
{
    /// <summary>Outputs deleted because their briefing's source no longer exists (as messages show them), with that source.</summary>
    public IReadOnlyList<RemovedOutput> Removed { get; init; } = [];

    /// <summary>Warnings about the output folder itself (the manifest, files recorded in it), not about one source.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <summary>briefc.yaml and its errors, when they stopped the build before any source was read.</summary>
    public SourceOutcome? ProjectFailure { get; init; }

    /// <summary>What stopped the build before any source was compiled (briefc.yaml, or else the template), or null.</summary>
    public SourceOutcome? Blocker => ProjectFailure ?? TemplateFailure;

    /// <summary>The report of a build that briefc.yaml's errors stopped before it began.</summary>
    public static BuildReport ProjectFileFailed(SourceOutcome project) => new([], null) { ProjectFailure = project };

    public int Count(BuildStatus status) => Sources.Count(s => s.Status == status);

    public bool Succeeded => Blocker is null && Sources.All(s => s.Status != BuildStatus.Failed);
}
