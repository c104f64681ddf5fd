namespace BriefingCompiler.Conformance;

/// <summary>How a page must compare with a reference: <c>rel="match"</c> (same pixels) or <c>rel="mismatch"</c> (different).</summary>
public enum ReferenceKind
{
    Match,
    Mismatch,
}
