namespace BriefingCompiler.Pdf;

/// <summary>The PDF file's bytes, its page count and what the engine had to report.</summary>
public sealed record PdfRenderResult(byte[] Pdf, int PageCount, IReadOnlyList<PdfMessage> Messages)
{
    public bool HasErrors => Messages.Any(m => m.Severity == PdfMessageSeverity.Error);
}
