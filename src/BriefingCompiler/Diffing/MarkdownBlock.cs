namespace BriefingCompiler.Diffing;

/// <summary>
/// One block of a Markdown text as the diff sees it: its kind (<c>paragraph</c>, <c>list-item</c>,
/// <c>heading</c>, <c>quote</c>, <c>code</c>, <c>table</c>, <c>rule</c>, <c>html</c>) and its text, with the
/// block's own markers (list bullet, <c>#</c>, <c>&gt;</c>) removed and line breaks inside prose folded
/// into single spaces, so re-wrapping a paragraph is no change. <paramref name="Depth"/> is the list
/// nesting depth (0 outside lists).
/// </summary>
public sealed record MarkdownBlock(string Kind, string Text, int Depth)
{
    /// <summary>For a list item: its number in its list (1 for the first bullet; an ordered list's own numbers, from its start).</summary>
    public int? Item { get; init; }

    /// <summary>For a list item: whether its list is numbered (<c>1.</c>) rather than bulleted.</summary>
    public bool Ordered { get; init; }

    /// <summary>A key that is equal exactly when two blocks render the same (a numbered item does not render as a bullet).</summary>
    public string Key => $"{Kind}\u001f{Depth}\u001f{(Ordered ? "1." : "")}\u001f{Text}";
}
