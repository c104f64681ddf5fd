using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Paging;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf;

/// <summary>
/// A document after layout and before output: the box tree, the pages with their fragments, the paint list
/// of every page, where the headings landed (for the outline), the metadata and the messages so far.
/// Disposing it releases the document's subset fonts, which the glyph runs refer to.
/// </summary>
public sealed record LaidOutDocument(
    BlockBox Root,
    IReadOnlyList<LaidOutPage> Pages,
    IReadOnlyList<PagePaint> Paints,
    IReadOnlyList<BookmarkPlacement> Bookmarks,
    DocumentMetadata Metadata,
    IReadOnlyList<PdfMessage> Messages,
    IDisposable? TextResources = null) : IDisposable
{
    /// <summary>The document's logical structure, which the paint lists' content refers to (null: no pages).</summary>
    public DocumentStructure? Structure { get; init; }

    /// <summary>The first element whose style is translucent (opacity, a colour with alpha), for the PDF/A-1 flattening warning.</summary>
    public PdfSourcePosition? FirstTranslucentElement { get; init; }

    public void Dispose() => TextResources?.Dispose();
}
