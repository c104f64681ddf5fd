namespace BriefingCompiler.Diffing;

/// <summary>
/// A briefing reduced to what a reader sees, as a small tree the differ walks: texts, records of named
/// fields and lists. Spans, file names and YAML layout are not in it, so a change of formatting alone
/// compares equal.
/// </summary>
public abstract record ComparableNode
{
    /// <summary>
    /// A canonical form of the content: equal exactly when two nodes render the same. Parts are joined
    /// with control characters, which validated briefing text cannot contain.
    /// </summary>
    public abstract string Key { get; }

    public bool SameAs(ComparableNode other) => Key == other.Key;
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
        Key = "T" + string.Join('\u001e', Blocks.Select(b => b.Key));
    }

    /// <summary>The text as written in the source (Markdown source for Markdown).</summary>
    public string Text { get; }

    public TextNodeKind Kind { get; }

    /// <summary>The blocks compared; a Plain or Atom text is a single block.</summary>
    public IReadOnlyList<MarkdownBlock> Blocks { get; }

    public override string Key { get; }

    private static string FoldWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>A field of a record; <see cref="Value"/> is null when the field is absent.</summary>
public sealed record NodeField(string Name, ComparableNode? Value);

public sealed record RecordNode(IReadOnlyList<NodeField> Fields) : ComparableNode
{
    public ComparableNode? this[string name] => Fields.FirstOrDefault(f => f.Name == name)?.Value;

    /// <summary>Absent fields leave no trace, so field order and absent-versus-unwritten do not matter.</summary>
    public override string Key { get; } = "R\u001d" + string.Join('\u001d', Fields
        .Where(f => f.Value is not null)
        .OrderBy(f => f.Name, StringComparer.Ordinal)
        .Select(f => f.Name + "\u001c" + f.Value!.Key)) + "\u001d";
}

public sealed record ListNode(IReadOnlyList<ComparableNode> Items) : ComparableNode
{
    public override string Key { get; } = "L\u0019" + string.Join('\u0019', Items.Select(i => i.Key)) + "\u0019";
}
