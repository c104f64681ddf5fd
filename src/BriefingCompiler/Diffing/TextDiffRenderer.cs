using System.Text;

namespace BriefingCompiler.Diffing;

/// <summary>
/// The diff for a terminal or a CI log, grouped by section. Without colour, changed text is marked inline
/// as <c>[-deleted-]{+inserted+}</c> (the git word-diff convention); with colour, deletions are red and
/// insertions green, without brackets.
/// </summary>
public static class TextDiffRenderer
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Red = "\u001b[31m";
    private const string Green = "\u001b[32m";
    private const string Cyan = "\u001b[36m";
    private const string Yellow = "\u001b[33m";

    /// <summary>Empty when nothing changed (as diff(1) prints nothing).</summary>
    public static string Render(BriefingDiff diff, DiffSides sides, bool colour)
    {
        if (!diff.HasChanges)
        {
            return "";
        }
        var output = new StringBuilder();
        output.Append(Paint($"--- {sides.OldName}", Bold, colour)).Append('\n');
        output.Append(Paint($"+++ {sides.NewName}", Bold, colour)).Append('\n');
        output.Append(Summary(diff)).Append('\n');
        foreach (var section in diff.BySection())
        {
            output.Append('\n').Append(Paint(section.Key, Bold + Cyan, colour)).Append('\n');
            foreach (var change in section)
            {
                WriteChange(output, change, colour);
            }
        }
        return output.ToString();
    }

    public static string Summary(BriefingDiff diff)
    {
        var counts = Enum.GetValues<ChangeKind>()
            .Select(kind => (Kind: kind, Count: diff.Changes.Count(c => c.Kind == kind)))
            .Where(k => k.Count > 0)
            .Select(k => $"{k.Count} {k.Kind.ToString().ToLowerInvariant()}");
        var total = diff.Changes.Count;
        return $"{total} {(total == 1 ? "change" : "changes")}: {string.Join(", ", counts)}";
    }

    private static void WriteChange(StringBuilder output, Change change, bool colour)
    {
        var (mark, paint) = change.Kind switch
        {
            ChangeKind.Added => ("+", Green),
            ChangeKind.Removed => ("-", Red),
            ChangeKind.Moved => (">", Yellow),
            _ => ("~", Yellow),
        };
        var heading = change.Kind switch
        {
            ChangeKind.Moved => $"{change.Path} moved from {change.OldPath}",
            ChangeKind.Changed when change.OldPath != change.NewPath => $"{change.Path} changed (was {change.OldPath})",
            _ => $"{change.Path} {change.Kind.ToString().ToLowerInvariant()}",
        };
        output.Append("  ").Append(Paint(mark, paint, colour)).Append(' ').Append(heading).Append('\n');
        if (change.Kind == ChangeKind.Moved)
        {
            return;
        }
        if (change.Text.Count > 0)
        {
            WriteBlocks(output, change.Text, colour);
            return;
        }
        // A record or list added or removed whole: show its fields.
        var node = change.New ?? change.Old;
        var op = change.Kind == ChangeKind.Added ? SegmentOp.Inserted : SegmentOp.Deleted;
        if (node is null || change.Kind == ChangeKind.Changed)
        {
            return;
        }
        foreach (var (indent, name, text) in ValueText.Lines(node))
        {
            output.Append(' ', 6 + 2 * indent);
            if (name is not null)
            {
                output.Append(name).Append(':');
                if (text.Length > 0)
                {
                    output.Append(' ');
                }
            }
            AppendSegments(output, TextDiffer.Whole(op, text), colour);
            output.Append('\n');
        }
    }

    private static void WriteBlocks(StringBuilder output, IReadOnlyList<BlockDiff> blocks, bool colour)
    {
        var labelled = blocks.Count > 1 || blocks.Any(b => b.Type is not ("text" or "value"));
        foreach (var block in blocks.Where(b => b.Kind != BlockDiffKind.Unchanged))
        {
            output.Append(' ', 6);
            if (labelled)
            {
                // A list item by its number in its list ("list-item 2" is the second item), other blocks by their place.
                var number = block.Item ?? block.NewIndex ?? block.OldIndex;
                var moved = block.Kind == BlockDiffKind.Moved ? $", moved from {block.OldIndex}" : "";
                output.Append(Paint($"[{block.Type} {number}{moved}]", Cyan, colour)).Append(' ');
            }
            AppendSegments(output, block.Kind is BlockDiffKind.Changed or BlockDiffKind.Moved ? Elide(block.Segments) : block.Segments, colour);
            output.Append('\n');
        }
    }

    /// <summary>Characters of unchanged text kept on each side of a change; the rest of a long paragraph is "…".</summary>
    public const int Context = 40;

    /// <summary>
    /// A log reader needs the change and a little text around it, not the whole paragraph: equal runs are
    /// cut to <see cref="Context"/> characters next to each change (never inside a surrogate pair).
    /// </summary>
    private static IReadOnlyList<TextSegment> Elide(IReadOnlyList<TextSegment> segments)
    {
        var result = new List<TextSegment>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Op != SegmentOp.Equal)
            {
                result.Add(segment);
                continue;
            }
            var text = segment.Text;
            var keepStart = i > 0; // a change before it: keep its beginning
            var keepEnd = i < segments.Count - 1; // a change after it: keep its end
            var budget = (keepStart ? Context : 0) + (keepEnd ? Context : 0);
            if (text.Length <= budget + 3)
            {
                result.Add(segment);
                continue;
            }
            var head = keepStart ? text[..Boundary(text, Context)] : "";
            var tail = keepEnd ? text[Boundary(text, text.Length - Context)..] : "";
            result.Add(segment with { Text = head + "…" + tail });
        }
        return result;
    }

    private static int Boundary(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) ? index + 1 : index;

    private static void AppendSegments(StringBuilder output, IReadOnlyList<TextSegment> segments, bool colour)
    {
        foreach (var segment in segments)
        {
            // Code blocks and tables keep their lines: continue them under the block's indentation.
            var text = segment.Text.Replace("\n", "\n" + new string(' ', 8));
            output.Append(segment.Op switch
            {
                SegmentOp.Deleted => colour ? Red + "\u001b[9m" + text + Reset : "[-" + text + "-]",
                SegmentOp.Inserted => colour ? Green + "\u001b[4m" + text + Reset : "{+" + text + "+}",
                _ => text,
            });
        }
    }

    private static string Paint(string text, string style, bool colour) => colour ? style + text + Reset : text;
}
