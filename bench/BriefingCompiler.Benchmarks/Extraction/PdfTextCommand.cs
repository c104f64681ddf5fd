using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace BriefingCompiler.Benchmarks.Extraction;

/// <summary>`pdf-text FILE`: the text PdfPig extracts from a PDF (its content-order extractor, page by page), for
/// conformance/extraction/measure.py.</summary>
public static class PdfTextCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        using var document = PdfDocument.Open(args[0]);
        foreach (var page in document.GetPages())
        {
            output.WriteLine(ContentOrderTextExtractor.GetText(page));
        }

        return 0;
    }
}
