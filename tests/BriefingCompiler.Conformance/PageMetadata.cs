namespace BriefingCompiler.Conformance;

/// <summary>What a page of the suite says about itself: its references, its flags, its fuzzy allowance, whether it has a script element.</summary>
public sealed record PageMetadata(IReadOnlyList<ReftestReference> References, IReadOnlySet<string> Flags, FuzzyTolerance Tolerance, bool HasScript);
