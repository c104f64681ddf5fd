namespace BriefingCompiler.Translation;

/// <summary>
/// A piece of a segment's content: text the translator writes, or an inline code standing for Markdown the translator
/// must keep as it is (the <c>**</c> around bold text, a link's <c>](https://…)</c>, a <c>`code`</c> span, a footnote
/// call <c>[^1]</c>). A paired code (<see cref="InlineCodeKind.Open"/> and <see cref="InlineCodeKind.Close"/> with one
/// <see cref="InlineCode.Id"/>) wraps text that is translated; a standalone one is untouchable as a whole.
/// </summary>
public abstract record InlinePart;

public sealed record InlineText(string Text) : InlinePart;

public sealed record InlineCode(InlineCodeKind Kind, int Id, string Markup, string Type) : InlinePart;

public enum InlineCodeKind
{
    Open,
    Close,
    Standalone,
}
