using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Building;

/// <summary>The manifest as read, and the warnings about what of it was ignored (<see cref="BuildManifest.Load"/>).</summary>
public sealed record ManifestReadResult(BuildManifest Manifest, IReadOnlyList<Diagnostic> Warnings);
