namespace BriefingCompiler.Pdf;

/// <summary>
/// The PDF file's bytes, its page count, what the engine had to report, and one PNG per page when
/// <see cref="PdfRenderOptions.IncludePreviews"/> asked for them (empty otherwise).
/// </summary>
public sealed record PdfRenderResult(byte[] Pdf, int PageCount, IReadOnlyList<PdfMessage> Messages, IReadOnlyList<byte[]> Previews)
{
    /// <summary>The faces the PDF's text is set in (each embedded as a subset), ordered by family, weight and style.</summary>
    public IReadOnlyList<Fonts.FontUse> Fonts { get; init; } = [];

    public bool HasErrors => Messages.Any(m => m.Severity == PdfMessageSeverity.Error);
}
