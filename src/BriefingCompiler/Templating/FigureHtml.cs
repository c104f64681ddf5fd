using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BriefingCompiler.Templating;

/// <summary>
/// Writes a <see cref="FigureBlock"/>: <c>&lt;figure class="figure"&gt;</c>, the image by its short address (the
/// build replaces it with the image or its file; the PDF engine is given the bytes under it), and for a captioned
/// image a <c>&lt;figcaption&gt;</c> with the document's next figure number, the figure a link target <c>#figure-N</c>.
/// </summary>
internal sealed class FigureHtml(DocumentFigures figures) : HtmlObjectRenderer<FigureBlock>
{
    protected override void Write(HtmlRenderer renderer, FigureBlock figure)
    {
        var caption = figure.Caption?.Trim();
        var number = string.IsNullOrEmpty(caption) ? 0 : figures.Next();
        renderer.EnsureLine();
        renderer.Write("<figure class=\"figure\"");
        if (number > 0)
            renderer.Write(" id=\"figure-").Write(number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('"');
        renderer.Write(">\n<img src=\"").WriteEscapeUrl(figure.Image.Url).Write("\" alt=\"");
        renderer.WriteEscape(Assets.FigureReader.AltText(figure.Image));
        renderer.Write("\">");
        if (number > 0)
        {
            renderer.Write("\n<figcaption>");
            renderer.WriteEscape(figures.Caption(number, caption!));
            renderer.Write("</figcaption>");
        }

        renderer.WriteLine("\n</figure>");
    }
}
