namespace BriefingCompiler.Diffing;

/// <summary>
/// Walks two <see cref="ComparableNode"/> trees side by side and lists the changes: records field by field,
/// lists by similarity alignment (<see cref="SequenceAligner"/>), texts block by block and token by token.
/// </summary>
public static class NodeDiffer
{
    public static IReadOnlyList<Change> Diff(RecordNode oldRoot, RecordNode newRoot)
    {
        var changes = new List<Change>();
        DiffRecords(oldRoot, newRoot, "", "", changes);
        return changes;
    }

    /// <summary>How alike two list items are (0..1), for aligning lists.</summary>
    public static double SimilarityOf(ComparableNode a, ComparableNode b) => SimilarityOf(Profile(a), Profile(b));

    /// <summary>An item with its content tokens counted once, not once per pair compared.</summary>
    private sealed record ItemProfile(ComparableNode Node, IReadOnlyList<string> Tokens, ItemProfile? FirstField);

    private static ItemProfile Profile(ComparableNode node) => new(
        node,
        [.. Tokens(node)],
        node is RecordNode { Fields: [{ Value: { } first }, ..] } ? Profile(first) : null);

    private static double SimilarityOf(ItemProfile a, ItemProfile b)
    {
        if (a.Node.GetType() != b.Node.GetType())
        {
            return 0.0;
        }
        if (a.Node.SameAs(b.Node))
        {
            return 1.0;
        }
        var whole = Similarity.OfBags(a.Tokens, b.Tokens);
        if (a.Node is not RecordNode)
        {
            return whole;
        }
        // Half the whole content, half the item's name (its first field: title, topic, version): an item
        // renamed but unchanged inside, or rewritten inside under the same name, still matches itself.
        var first = a.FirstField is { } x && b.FirstField is { } y ? SimilarityOf(x, y) : whole;
        return (whole + first) / 2;
    }

    private static IEnumerable<string> Tokens(ComparableNode node) => node switch
    {
        TextNode text => TextTokenizer.ContentTokens(text.Text),
        RecordNode record => record.Fields.Where(f => f.Value is not null)
            .SelectMany(f => Tokens(f.Value!).Select(t => f.Name + ":" + t)),
        ListNode list => list.Items.SelectMany(Tokens),
        _ => [],
    };

    private static void DiffNodes(ComparableNode? oldNode, ComparableNode? newNode, string oldPath, string newPath, List<Change> changes)
    {
        switch (oldNode, newNode)
        {
            case (null, null):
                return;
            case (null, { } added):
                changes.Add(new Change(newPath, ChangeKind.Added, null, newPath, null, added, WholeText(added, BlockDiffKind.Added)));
                return;
            case ({ } removed, null):
                changes.Add(new Change(oldPath, ChangeKind.Removed, oldPath, null, removed, null, WholeText(removed, BlockDiffKind.Removed)));
                return;
            case ({ } a, { } b) when a.SameAs(b):
                return;
            case (RecordNode a, RecordNode b):
                DiffRecords(a, b, oldPath, newPath, changes);
                return;
            case (ListNode a, ListNode b):
                DiffLists(a, b, oldPath, newPath, changes);
                return;
            case (TextNode a, TextNode b):
                changes.Add(new Change(newPath, ChangeKind.Changed, oldPath, newPath, a, b, BlockAligner.Diff(a, b)));
                return;
            default:
                changes.Add(new Change(newPath, ChangeKind.Changed, oldPath, newPath, oldNode, newNode, []));
                return;
        }
    }

    private static void DiffRecords(RecordNode oldRecord, RecordNode newRecord, string oldPath, string newPath, List<Change> changes)
    {
        // New order first (that is the order the reader now sees), then fields only the old record had.
        var names = newRecord.Fields.Select(f => f.Name).Concat(oldRecord.Fields.Select(f => f.Name)).Distinct();
        foreach (var name in names)
        {
            DiffNodes(oldRecord[name], newRecord[name], Join(oldPath, name), Join(newPath, name), changes);
        }
    }

    private static void DiffLists(ListNode oldList, ListNode newList, string oldPath, string newPath, List<Change> changes)
    {
        var oldProfiles = oldList.Items.Select(Profile).ToList();
        var newProfiles = newList.Items.Select(Profile).ToList();
        foreach (var step in SequenceAligner.Align(oldProfiles, newProfiles, p => p.Node.Key, SimilarityOf))
        {
            var oldItemPath = step.OldIndex is { } i ? $"{oldPath}[{i + 1}]" : null;
            var newItemPath = step.NewIndex is { } j ? $"{newPath}[{j + 1}]" : null;
            switch (step.Kind)
            {
                case AlignmentKind.Added:
                    DiffNodes(null, newList.Items[step.NewIndex!.Value], "", newItemPath!, changes);
                    break;
                case AlignmentKind.Removed:
                    DiffNodes(oldList.Items[step.OldIndex!.Value], null, oldItemPath!, "", changes);
                    break;
                case AlignmentKind.Moved:
                    var oldItem = oldList.Items[step.OldIndex!.Value];
                    var newItem = newList.Items[step.NewIndex!.Value];
                    changes.Add(new Change(newItemPath!, ChangeKind.Moved, oldItemPath, newItemPath, oldItem, newItem, []));
                    DiffNodes(oldItem, newItem, oldItemPath!, newItemPath!, changes);
                    break;
                case AlignmentKind.Matched:
                    DiffNodes(oldList.Items[step.OldIndex!.Value], newList.Items[step.NewIndex!.Value], oldItemPath!, newItemPath!, changes);
                    break;
            }
        }
    }

    private static IReadOnlyList<BlockDiff> WholeText(ComparableNode node, BlockDiffKind kind) => node is TextNode text
        ? BlockAligner.Whole(text, kind)
        : [];

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
