namespace BriefingCompiler.Conformance;

/// <summary>
/// One test page of the suite: its path relative to the suite root ('/'-separated), the folder it is counted
/// under, its references, its <c>fuzzy</c> allowance, and why it is skipped (null when it runs; <see cref="SkipNote"/>
/// says more where the reason alone does not, e.g. what is wrong with an invalid test).
/// </summary>
public sealed record Reftest(string Path, string Folder, IReadOnlyList<ReftestReference> References, FuzzyTolerance Tolerance, string? SkipReason, string? SkipNote = null);
