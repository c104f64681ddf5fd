namespace BriefingCompiler.Diffing;

/// <summary>A run of text that is the same on both sides, only in the old text, or only in the new text.</summary>
public sealed record TextSegment(SegmentOp Op, string Text);

public enum SegmentOp
{
    Equal,
    Deleted,
    Inserted,
}
