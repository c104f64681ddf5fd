using AngleSharp.Css;
using AngleSharp.Dom;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>A parsed HTML document whose elements have computed styles (for <see cref="Device"/>, a printer), plus its page rules and metadata.</summary>
public sealed record StyledDocument(IDocument Document, PageStyle Page, DocumentMetadata Metadata, IRenderDevice Device)
{
    /// <summary>The <c>content</c> values AngleSharp would have dropped (<see cref="GeneratedContentStash"/>).</summary>
    public GeneratedContentStash ContentStash { get; init; } = new();
}
