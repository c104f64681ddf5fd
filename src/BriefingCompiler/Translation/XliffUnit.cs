using BriefingCompiler.Diagnostics;

namespace BriefingCompiler.Translation;

/// <summary>A unit read back from an XLIFF file: its id, where it is, and its target (null: none, or an empty one).</summary>
public sealed record XliffUnit(string Id, SourceSpan Span, IReadOnlyList<XliffTargetPart>? Target, string? State)
{
    /// <summary>The number (1-based) of the first XLIFF 2.x segment without a translation; 0 when each has one.</summary>
    public int UntranslatedSegment { get; init; }
}
