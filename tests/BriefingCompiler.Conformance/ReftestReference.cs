namespace BriefingCompiler.Conformance;

/// <summary>One <c>&lt;link rel="match|mismatch" href&gt;</c> of a page: the reference's path relative to the suite, '/'-separated.</summary>
public sealed record ReftestReference(ReferenceKind Kind, string Path);
