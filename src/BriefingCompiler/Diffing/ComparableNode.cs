namespace BriefingCompiler.Diffing;

/// <summary>
/// A briefing reduced to what a reader sees, as a small tree the differ walks: texts, records of named
/// fields and lists. Spans, file names and YAML layout are not in it, so a change of formatting alone
/// compares equal.
/// </summary>
public abstract record ComparableNode
{
    /// <summary>Equal exactly when the two nodes would render the same.</summary>
    public abstract bool SameAs(ComparableNode other);
}

/// <summary>How a text is compared and shown.</summary>
public enum TextNodeKind
{
    /// <summary>A value compared whole (a status, a date, a number, a URL, a language tag).</summary>
    Atom,

    /// <summary>A line of prose (a title): compared with whitespace runs folded, diffed by token.</summary>
    Plain,

    /// <summary>Markdown: compared block by block (see <see cref="MarkdownBlockSplitter"/>).</summary>
    Markdown,
}

public sealed record TextNode : ComparableNode
{
    public TextNode(string text, TextNodeKind kind)
    {
        Text = text;
        Kind = kind;
        Blocks = kind switch
        {
            TextNodeKind.Markdown => MarkdownBlockSplitter.Split(text),
            TextNodeKind.Plain => [new MarkdownBlock("text", FoldWhitespace(text), 0)],
            _ => [new MarkdownBlock("value", text, 0)],
        };
        Key = string.Join('\u001e', Blocks.Select(b => b.Key));
    }

    /// <summary>The text as written in the source (Markdown source for Markdown).</summary>
    public string Text { get; }

    public TextNodeKind Kind { get; }

    /// <summary>The blocks compared; a Plain or Atom text is a single block.</summary>
    public IReadOnlyList<MarkdownBlock> Blocks { get; }

    private string Key { get; }

    public override bool SameAs(ComparableNode other) => other is TextNode t && t.Key == Key;

    private static string FoldWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>A field of a record; <see cref="Value"/> is null when the field is absent.</summary>
public sealed record NodeField(string Name, ComparableNode? Value);

public sealed record RecordNode(IReadOnlyList<NodeField> Fields) : ComparableNode
{
    public ComparableNode? this[string name] => Fields.FirstOrDefault(f => f.Name == name)?.Value;

    public override bool SameAs(ComparableNode other)
    {
        if (other is not RecordNode record)
        {
            return false;
        }
        var names = Fields.Select(f => f.Name).Union(record.Fields.Select(f => f.Name));
        return names.All(name => (this[name], record[name]) switch
        {
            (null, null) => true,
            ({ } a, { } b) => a.SameAs(b),
            _ => false,
        });
    }
}

public sealed record ListNode(IReadOnlyList<ComparableNode> Items) : ComparableNode
{
    public override bool SameAs(ComparableNode other) =>
        other is ListNode list && list.Items.Count == Items.Count && Items.Zip(list.Items).All(p => p.First.SameAs(p.Second));
}
