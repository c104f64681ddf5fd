namespace BriefingCompiler.Diffing;

/// <summary>A comparable value written out as indented lines, for showing an added or removed item whole.</summary>
public static class ValueText
{
    /// <summary>One line per text block, <c>name: value</c> per record field, <c>- item</c> per list item.</summary>
    public static IEnumerable<(int Indent, string? Name, string Text)> Lines(ComparableNode node, int indent = 0)
    {
        switch (node)
        {
            case TextNode text:
                foreach (var block in text.Blocks)
                {
                    yield return (indent, null, block.Kind == "list-item" ? "- " + block.Text : block.Text);
                }
                break;
            case RecordNode record:
                foreach (var field in record.Fields)
                {
                    if (field.Value is TextNode { Blocks.Count: 1 } single)
                    {
                        yield return (indent, field.Name, single.Blocks[0].Text);
                    }
                    else if (field.Value is not null)
                    {
                        yield return (indent, field.Name, "");
                        foreach (var line in Lines(field.Value, indent + 1))
                        {
                            yield return line;
                        }
                    }
                }
                break;
            case ListNode list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    yield return (indent, $"[{i + 1}]", "");
                    foreach (var line in Lines(list.Items[i], indent + 1))
                    {
                        yield return line;
                    }
                }
                break;
        }
    }
}
