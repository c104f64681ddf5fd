using BriefingCompiler.Pdf.Rendering;

namespace BriefingCompiler.Pdf;

/// <summary>Every page of a document as pixels, and what the engine had to report while laying it out.</summary>
public sealed record RasterRenderResult(IReadOnlyList<PageRaster> Pages, IReadOnlyList<PdfMessage> Messages)
{
    public bool HasErrors => Messages.Any(m => m.Severity == PdfMessageSeverity.Error);
}
