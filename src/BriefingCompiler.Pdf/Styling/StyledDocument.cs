using AngleSharp.Css;
using AngleSharp.Dom;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>A parsed HTML document whose elements have computed styles (for <see cref="Device"/>, a printer), plus its page rules and metadata.</summary>
public sealed record StyledDocument(IDocument Document, PageStyle Page, DocumentMetadata Metadata, DefaultRenderDevice Device)
{
    /// <summary>The <c>content</c> values AngleSharp would have dropped (<see cref="GeneratedContentStash"/>).</summary>
    public GeneratedContentStash ContentStash { get; init; } = new();

    /// <summary>Whether a style sheet or style attribute has a length in <c>ex</c>: only then are elements' fonts asked for their x-height.</summary>
    public bool HasExLengths { get; init; }

    /// <summary>
    /// Makes the device's viewport the page area of <paramref name="page"/>'s first page, in CSS px, before any element's
    /// style is computed: in paged media <c>vw</c>/<c>vh</c>/<c>vmin</c>/<c>vmax</c> are percentages of the page area
    /// (as Chromium and WeasyPrint print), and AngleSharp computes them from the device's viewport.
    /// </summary>
    public void UsePageArea(PageStyle page)
    {
        Device.ViewPortWidth = (int)Math.Round(page.First.ContentWidth / 0.75f);
        Device.ViewPortHeight = (int)Math.Round(page.First.ContentHeight / 0.75f);
    }
}
