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
    /// <summary>A key that is equal exactly when two blocks render the same.</summary>
    public string Key => $"{Kind}\u001f{Depth}\u001f{Text}";
}
