using AngleSharp.Dom;

namespace BriefingCompiler.Pdf.Styling;

/// <summary>A parsed HTML document whose elements have computed styles, plus its page rules and metadata.</summary>
public sealed record StyledDocument(IDocument Document, PageStyle Page, DocumentMetadata Metadata);
