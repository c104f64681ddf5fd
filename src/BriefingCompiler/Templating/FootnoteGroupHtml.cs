using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BriefingCompiler.Templating;

/// <summary>Markdig's list of a field's footnotes is not written: the notes are the document's (<see cref="DocumentFootnotes"/>).</summary>
internal sealed class FootnoteGroupHtml : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
    {
    }
}
