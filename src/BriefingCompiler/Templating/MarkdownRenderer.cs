using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingCompiler.Templating;

/// <summary>
/// Renders a briefing's Markdown (CommonMark + pipe tables, footnotes, <c>~sub~</c>/<c>^super^</c>, definition lists,
/// task lists) to an HTML fragment that is safe to insert as is:
/// raw HTML is shown as text, links keep only <see cref="LinkPolicy"/> targets (a refused link becomes its
/// text), an image is shown only when it is one of the briefing's own (<see cref="DocumentFigures"/>: read from its
/// folder and checked), alone in its paragraph as a figure, and otherwise stays a link (the document makes no
/// external requests), and headings are moved down so they sit below the heading of the section holding them.
/// </summary>
public static class MarkdownRenderer
{
    // Built once: a pipeline is immutable after Build and safe to share between renders.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseEmphasisExtras(EmphasisExtraOptions.Subscript | EmphasisExtraOptions.Superscript)
        .UseDefinitionLists()
        .UseTaskLists()
        .DisableHtml()
        .Build();

    /// <summary>One field on its own: its footnotes numbered from 1 and listed after it.</summary>
    /// <param name="markdown">Markdown source.</param>
    /// <param name="topHeadingLevel">The HTML level a <c>#</c> heading becomes (2–6); deeper ones follow, capped at 6.</param>
    public static string ToHtml(string markdown, int topHeadingLevel)
    {
        var footnotes = new DocumentFootnotes();
        return ToHtml(markdown, topHeadingLevel, footnotes) + footnotes.ListHtml();
    }

    /// <summary>One field of a document: its footnotes take the document's next numbers and join its notes list.</summary>
    /// <param name="quotes">The quotation marks straight quotes become (<see cref="TypographicQuotes"/>); null: as typed.</param>
    /// <param name="numbering">The document's paragraph numbers, when this field's paragraphs are numbered; null: not numbered.</param>
    /// <param name="restrictedLines">Lines of <paramref name="markdown"/> whose paragraphs are not numbered (restricted to an audience).</param>
    /// <param name="figures">The document's images and figure numbers; null: images stay links.</param>
    public static string ToHtml(string markdown, int topHeadingLevel, DocumentFootnotes footnotes, Localization.QuotationMarks? quotes = null,
        ParagraphNumbering? numbering = null, IReadOnlySet<int>? restrictedLines = null, DocumentFigures? figures = null)
    {
        var document = ParseSafe(markdown, topHeadingLevel, figures);
        if (quotes is not null)
            TypographicQuotes.Apply(document, quotes);
        using var writer = new StringWriter();
        var renderer = NewRenderer(footnotes, numbering, restrictedLines, figures);
        renderer.Writer = writer;
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>An HTML renderer whose footnote calls are numbered in <paramref name="footnotes"/> (one link renderer for a
    /// field and the notes inside it, so a note calling another shares the numbers).</summary>
    private static HtmlRenderer NewRenderer(DocumentFootnotes footnotes, ParagraphNumbering? numbering, IReadOnlySet<int>? restrictedLines, DocumentFigures? figures)
    {
        FootnoteLinkHtml? links = null;
        HtmlRenderer Create()
        {
            var renderer = new HtmlRenderer(TextWriter.Null);
            Pipeline.Setup(renderer);
            if (numbering is not null)
            {
                renderer.ObjectRenderers.RemoveAll(r => r is Markdig.Renderers.Html.ParagraphRenderer);
                renderer.ObjectRenderers.Insert(0, new NumberedParagraphHtml(numbering, restrictedLines));
            }

            renderer.ObjectRenderers.RemoveAll(r => r is HtmlFootnoteLinkRenderer or HtmlFootnoteGroupRenderer or HtmlTaskListRenderer);
            renderer.ObjectRenderers.Add(links!);
            renderer.ObjectRenderers.Add(new TaskBoxHtml());
            renderer.ObjectRenderers.Add(new FootnoteGroupHtml());
            // Figure blocks exist only where the document has images of its own (ParseSafe makes them from those).
            if (figures is not null)
                renderer.ObjectRenderers.Add(new FigureHtml(figures));
            return renderer;
        }

        links = new FootnoteLinkHtml(footnotes, Create);
        return Create();
    }

    /// <summary>How many paragraphs of <paramref name="markdown"/> <see cref="NumberedParagraphHtml"/> numbers: its own,
    /// not those inside a list, quote, table or footnote, and not a figure (an image alone in its paragraph).</summary>
    public static int OwnParagraphCount(string markdown) =>
        Parse(markdown).OfType<ParagraphBlock>().Count(p => FigureBlock.SoleImage(p) is null);

    /// <summary>The Markdown's syntax tree as parsed, nothing changed: what <see cref="Assets.FigureReader"/> looks for images in.</summary>
    internal static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>
    /// The Markdown's syntax tree with the same safety rules as <see cref="ToHtml"/> applied (refused links unwrapped,
    /// images turned into links, headings moved down): what the Word writer walks, so both outputs keep the same links.
    /// </summary>
    /// <param name="imagesAsTyped">Images become their Markdown text (<c>![alt](assets/map.png "caption")</c>): the Word
    /// document shows them so, and its import gives the figure back as it was written.</param>
    internal static MarkdownDocument ParseSafe(string markdown, int topHeadingLevel, DocumentFigures? figures = null, bool imagesAsTyped = false)
    {
        var shift = Math.Clamp(topHeadingLevel, 1, 6) - 1;
        var document = Markdown.Parse(markdown, Pipeline);

        foreach (var heading in document.Descendants<HeadingBlock>())
            heading.Level = Math.Min(6, heading.Level + shift);

        // Collect every link before changing any: unwrapping moves nodes, and a walk over a tree that is
        // being rearranged can miss some.
        var links = document.Descendants().OfType<Inline>().Where(i => i is LinkInline or AutolinkInline).ToList();
        foreach (var inline in links)
        {
            switch (inline)
            {
                // One of the briefing's own images: shown, by the short address the build gives its bytes under.
                case LinkInline { IsImage: true } image when figures?.Find(image.Url) is { } asset:
                    image.Url = asset.Address;
                    break;
                case LinkInline { IsImage: true } image when imagesAsTyped && image.Span.Length > 0 && image.Span.End < markdown.Length:
                    image.ReplaceBy(new LiteralInline(markdown.Substring(image.Span.Start, image.Span.Length)), copyChildren: false);
                    break;
                case LinkInline link when !LinkPolicy.IsAllowed(link.GetDynamicUrl?.Invoke() ?? link.Url):
                    Unwrap(link);
                    break;
                case LinkInline { IsImage: true } image:
                    image.IsImage = false;
                    break;
                // An e-mail autolink renders as mailto:, which the policy allows.
                case AutolinkInline autolink when !autolink.IsEmail && !LinkPolicy.IsAllowed(autolink.Url):
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
            }
        }

        if (figures is not null)
        {
            // Collected first, as the links are: the blocks are replaced while walking.
            var paragraphs = document.Descendants<ParagraphBlock>()
                .Select(p => (Paragraph: p, Image: FigureBlock.SoleImage(p)))
                .Where(p => p.Image is { IsImage: true } && p.Paragraph.Parent is not null)
                .ToList();
            foreach (var (paragraph, image) in paragraphs)
            {
                var parent = paragraph.Parent!;
                var index = parent.IndexOf(paragraph);
                parent.RemoveAt(index);
                image!.Remove();
                parent.Insert(index, new FigureBlock(image) { Line = paragraph.Line, Column = paragraph.Column });
            }
        }

        return document;
    }

    /// <summary>Replaces a link by its content (or, for an autolink without content, by its URL as text).</summary>
    private static void Unwrap(LinkInline link)
    {
        if (link.FirstChild is null)
        {
            link.ReplaceBy(new LiteralInline(link.Url ?? string.Empty));
            return;
        }
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }
        link.Remove();
    }
}
