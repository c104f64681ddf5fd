using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BriefingCompiler.Templating;

/// <summary>
/// Writes a Markdown footnote call (<c>[^id]</c>) with the document's number: a superscript link to the note in the
/// notes list, and at the first call the note itself as <c>&lt;span class="footnote"&gt;</c> — hidden on screen, and in
/// print the element the PDF engine floats to the foot of the page (<c>float: footnote</c>). Later calls of the same
/// note are links only. Markdig's own back-links inside the notes are left out: the notes list has its own.
/// </summary>
internal sealed class FootnoteLinkHtml(DocumentFootnotes footnotes, Func<HtmlRenderer> newRenderer) : HtmlObjectRenderer<FootnoteLink>
{
    private readonly Dictionary<Footnote, int> numbers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int, int> calls = [];

    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        if (link.IsBackLink)
            return;

        var first = !numbers.TryGetValue(link.Footnote, out var number);
        string? note = null;
        if (first)
        {
            // Numbered before its content is written: a note that calls itself gets a plain link, not a loop.
            number = footnotes.Reserve();
            numbers[link.Footnote] = number;
            note = NoteHtml(link.Footnote);
            footnotes.Fill(number, note);
        }

        var call = calls[number] = calls.GetValueOrDefault(number) + 1;
        var id = call == 1 ? $"fnref-{number}" : $"fnref-{number}-{call}";
        renderer.Write($"<sup class=\"footnote-ref{(first ? "" : " footnote-repeat")}\"><a href=\"#fn-{number}\" id=\"{id}\" role=\"doc-noteref\">{number}</a></sup>");
        if (note is not null)
            renderer.Write($"<span class=\"footnote\" id=\"fnp-{number}\">{note}</span>");
    }

    /// <summary>A note's content as inline HTML (it is set inside a line of text): its paragraphs' text, joined by spaces.</summary>
    private string NoteHtml(Footnote footnote)
    {
        using var writer = new StringWriter();
        var renderer = newRenderer();
        renderer.Writer = writer;
        var firstBlock = true;
        foreach (var block in footnote)
        {
            if (!firstBlock)
                writer.Write(' ');
            firstBlock = false;
            if (block is LeafBlock { Inline: { } inline })
                renderer.WriteChildren(inline);
            else
                renderer.Render(block);
        }

        writer.Flush();
        return writer.ToString().Trim();
    }
}
