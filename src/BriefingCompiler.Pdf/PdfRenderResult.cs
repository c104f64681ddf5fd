using System.Buffers;

namespace BriefingCompiler.Pdf;

/// <summary>
/// The PDF file, its page count, what the engine had to report, and one PNG per page when
/// <see cref="PdfRenderOptions.IncludePreviews"/> asked for them (empty otherwise).
/// </summary>
/// <param name="File">The file's bytes in the pieces the writer made them in: an image shared by a build's documents (a logo
/// on every page) is one piece of each file, written from where it is rather than copied into every file's array first.</param>
public sealed record PdfRenderResult(ReadOnlySequence<byte> File, int PageCount, IReadOnlyList<PdfMessage> Messages, IReadOnlyList<byte[]> Previews)
{
    private byte[]? bytes;

    /// <summary>The file as one array, made the first time it is asked for (a build writes <see cref="File"/> instead).</summary>
    public byte[] Pdf => bytes ??= File.ToArray();

    /// <summary>The faces the PDF's text is set in (each embedded as a subset), ordered by family, weight and style.</summary>
    public IReadOnlyList<Fonts.FontUse> Fonts { get; init; } = [];

    public bool HasErrors => Messages.Any(m => m.Severity == PdfMessageSeverity.Error);
}
