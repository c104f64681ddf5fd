using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingCompiler.Templating;

/// <summary>
/// A paragraph that holds nothing but an image of the briefing's own (<c>![alt](assets/map.png "caption")</c>): a figure,
/// rendered as <c>&lt;figure&gt;</c> with the image and, when the image has a title, a numbered caption made of it.
/// </summary>
internal sealed class FigureBlock(LinkInline image) : LeafBlock(null)
{
    public LinkInline Image { get; } = image;

    /// <summary>The image's title, the figure's caption; null or blank: no caption, and no number.</summary>
    public string? Caption => Image.Title;

    /// <summary>The image a paragraph holds when it holds nothing else (spaces and line breaks aside), else null.</summary>
    public static LinkInline? SoleImage(ParagraphBlock paragraph)
    {
        LinkInline? image = null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } found when image is null:
                    image = found;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline:
                    break;
                default:
                    return null;
            }
        }

        return image;
    }
}
