namespace BriefingCompiler.Pdf.Styling;

/// <summary>A running header or footer: where it sits, what it says and how it is set.</summary>
public sealed record MarginBox(MarginBoxPosition Position, IReadOnlyList<ContentPart> Content, ComputedStyle Style)
{
    public string TextFor(int page, int pages) => string.Concat(Content.Select(part => part.Resolve(page, pages)));
}
