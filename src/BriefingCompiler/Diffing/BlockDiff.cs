namespace BriefingCompiler.Diffing;

/// <summary>
/// One block of a changed text, after aligning the old blocks with the new ones. <see cref="OldIndex"/>
/// and <see cref="NewIndex"/> are 1-based block numbers (null on the side where the block does not exist).
/// <see cref="Segments"/> spell the whole block: equal, deleted and inserted runs in reading order.
/// </summary>
public sealed record BlockDiff(
    BlockDiffKind Kind,
    string Type,
    int Depth,
    int? OldIndex,
    int? NewIndex,
    IReadOnlyList<TextSegment> Segments)
{
    /// <summary>For a list item: its number in its list (<see cref="MarkdownBlock.Item"/>).</summary>
    public int? Item { get; init; }

    /// <summary>For a list item: whether its list is numbered.</summary>
    public bool Ordered { get; init; }

    public string OldText => string.Concat(Segments.Where(s => s.Op != SegmentOp.Inserted).Select(s => s.Text));

    public string NewText => string.Concat(Segments.Where(s => s.Op != SegmentOp.Deleted).Select(s => s.Text));
}

public enum BlockDiffKind
{
    Unchanged,
    Added,
    Removed,
    Changed,
    Moved,
}
