using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BriefingCompiler.Templating;

/// <summary>
/// Writes a field's own paragraphs — not those inside a list, a quote, a table or a footnote, which belong to the
/// paragraph before them — with the document's next number (<see cref="ParagraphNumbering"/>):
/// <c>&lt;p class="numbered" id="para-12"&gt;&lt;span class="paragraph-number"&gt;12. &lt;/span&gt;…</c>. The number is text,
/// not a CSS counter, so it is the same in the HTML, the PDF, copied text and every language version, and
/// <c>#para-12</c> links to it.
/// </summary>
/// <param name="restrictedLines">Lines from content restricted to an audience (<see cref="Model.MarkdownText.RestrictedLines"/>):
/// a paragraph starting on one is not numbered, so numbers are the same in every edition.</param>
internal sealed class NumberedParagraphHtml(ParagraphNumbering numbering, IReadOnlySet<int>? restrictedLines) : ParagraphRenderer
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
    {
        if (paragraph.Parent is not MarkdownDocument || !renderer.EnableHtmlForBlock || restrictedLines?.Contains(paragraph.Line) == true)
        {
            base.Write(renderer, paragraph);
            return;
        }

        var number = numbering.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.EnsureLine();
        renderer.Write("<p class=\"numbered\" id=\"para-").Write(number).Write("\"><span class=\"paragraph-number\">").Write(number).Write(". </span>");
        renderer.WriteLeafInline(paragraph);
        renderer.WriteLine("</p>");
    }
}
