namespace BriefingCompiler.Diffing;

/// <summary>
/// The text diff of one changed field: its blocks aligned by similarity (so an inserted paragraph or list
/// item leaves the others untouched), then a token diff inside each pair of matched blocks.
/// </summary>
public static class BlockAligner
{
    public static IReadOnlyList<BlockDiff> Diff(TextNode oldText, TextNode newText)
    {
        if (oldText.Kind == TextNodeKind.Atom || newText.Kind == TextNodeKind.Atom)
        {
            // A status, a date, a URL: a new value, not an edited one.
            return
            [
                new BlockDiff(BlockDiffKind.Changed, "value", 0, 1, 1,
                [
                    .. TextDiffer.Whole(SegmentOp.Deleted, oldText.Text),
                    .. TextDiffer.Whole(SegmentOp.Inserted, newText.Text),
                ]),
            ];
        }
        var oldBlocks = oldText.Blocks;
        var newBlocks = newText.Blocks;
        if (oldBlocks.Count == 1 && newBlocks.Count == 1)
        {
            // One block each (a title, a one-paragraph text): however different, it is that text edited.
            var (o, n) = (oldBlocks[0], newBlocks[0]);
            return [new BlockDiff(BlockDiffKind.Changed, n.Kind, n.Depth, 1, 1, TextDiffer.Diff(o.Text, n.Text)) { Item = n.Item, Ordered = n.Ordered }];
        }
        var result = new List<BlockDiff>();
        var oldProfiles = oldBlocks.Select(BlockProfile.Of).ToList();
        var newProfiles = newBlocks.Select(BlockProfile.Of).ToList();
        foreach (var step in SequenceAligner.Align(oldProfiles, newProfiles, p => p.Block.Key, BlockSimilarity))
        {
            var oldBlock = step.OldIndex is { } i ? oldBlocks[i] : null;
            var newBlock = step.NewIndex is { } j ? newBlocks[j] : null;
            var oldNumber = step.OldIndex + 1;
            var newNumber = step.NewIndex + 1;
            var shown = newBlock ?? oldBlock!;
            result.Add((step.Kind switch
            {
                AlignmentKind.Added => new BlockDiff(BlockDiffKind.Added, newBlock!.Kind, newBlock.Depth, null, newNumber,
                    TextDiffer.Whole(SegmentOp.Inserted, newBlock.Text)),
                AlignmentKind.Removed => new BlockDiff(BlockDiffKind.Removed, oldBlock!.Kind, oldBlock.Depth, oldNumber, null,
                    TextDiffer.Whole(SegmentOp.Deleted, oldBlock.Text)),
                _ when oldBlock!.Key == newBlock!.Key => new BlockDiff(
                    step.Kind == AlignmentKind.Moved ? BlockDiffKind.Moved : BlockDiffKind.Unchanged,
                    newBlock.Kind, newBlock.Depth, oldNumber, newNumber, TextDiffer.Whole(SegmentOp.Equal, newBlock.Text)),
                _ => new BlockDiff(
                    step.Kind == AlignmentKind.Moved ? BlockDiffKind.Moved : BlockDiffKind.Changed,
                    newBlock.Kind, newBlock.Depth, oldNumber, newNumber, TextDiffer.Diff(oldBlock.Text, newBlock.Text)),
            }) with { Item = shown.Item, Ordered = shown.Ordered });
        }
        return result;
    }

    /// <summary>A text that was added or removed as a whole: every block inserted or deleted.</summary>
    public static IReadOnlyList<BlockDiff> Whole(TextNode text, BlockDiffKind kind)
    {
        var op = kind == BlockDiffKind.Added ? SegmentOp.Inserted : SegmentOp.Deleted;
        return [.. text.Blocks.Select((block, index) => new BlockDiff(kind, block.Kind, block.Depth,
            kind == BlockDiffKind.Removed ? index + 1 : null,
            kind == BlockDiffKind.Added ? index + 1 : null,
            TextDiffer.Whole(op, block.Text)) { Item = block.Item, Ordered = block.Ordered })];
    }

    /// <summary>A block with its content tokens counted once, not once per pair compared.</summary>
    private sealed record BlockProfile(MarkdownBlock Block, IReadOnlyList<string> Tokens)
    {
        public static BlockProfile Of(MarkdownBlock block) => new(block, [.. TextTokenizer.ContentTokens(block.Text)]);
    }

    private static double BlockSimilarity(BlockProfile a, BlockProfile b)
    {
        if (a.Block.Key == b.Block.Key)
        {
            return 1.0;
        }
        var text = a.Block.Text == b.Block.Text ? 1.0 : Similarity.OfBags(a.Tokens, b.Tokens);
        // A paragraph turned into a list item with the same words is the same block, changed.
        return a.Block.Kind == b.Block.Kind && a.Block.Depth == b.Block.Depth ? Math.Min(text, 0.99) : text * 0.9;
    }
}
