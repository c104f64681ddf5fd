namespace BriefingCompiler.Pdf.Styling;

/// <summary>A running header or footer: where it sits, what it says and how it is set. <see cref="ImageHeight"/>: the
/// margin box's <c>height</c>, which sizes its image (null: the image's own height, at most the margin's).</summary>
public sealed record MarginBox(MarginBoxPosition Position, IReadOnlyList<ContentPart> Content, ComputedStyle Style, float? ImageHeight = null)
{
    /// <summary>Where the content sits in the box's height (<c>vertical-align</c>; the side boxes' default follows their place).</summary>
    public MarginBoxAlignment VerticalAlign { get; init; } = MarginBoxAlignment.Middle;

    /// <summary>Whether the box is in the left or right margin (its band runs down the page) rather than the top or bottom one.</summary>
    public bool IsSide => Position >= MarginBoxPosition.LeftTop;

    /// <summary>The address of the image the content starts with (<c>url(…)</c>), or null.</summary>
    public string? Image => Content.FirstOrDefault(p => p.Image is not null)?.Image;

    /// <param name="strings">The page's named strings (<see cref="ContentPart.Resolve"/>).</param>
    public string TextFor(int page, int pages, Func<string, string, string>? strings = null) => string.Concat(Content.Select(part => part.Resolve(page, pages, strings)));

    /// <summary>The running element the content shows (<c>element(name)</c>), or null.</summary>
    public ContentPart? RunningElement => Content.FirstOrDefault(p => p.ElementName is not null);

    /// <summary>The names of the strings the content shows (<c>string(name)</c>).</summary>
    public IEnumerable<string> StringNames => Content.Select(p => p.StringName).OfType<string>();
}
