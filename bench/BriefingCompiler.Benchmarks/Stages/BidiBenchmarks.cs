using BenchmarkDotNet.Attributes;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Benchmarks.Stages;

/// <summary>Layout: the Unicode Bidirectional Algorithm (UAX #9) over every paragraph of the Arabic
/// sample (Arabic with embedded Latin acronyms and numbers) and, for contrast, the English one.</summary>
[MemoryDiagnoser]
public class BidiBenchmarks
{
    private IReadOnlyList<string> paragraphs = [];

    [Params("ar", "en")]
    public string Language { get; set; } = "ar";

    [GlobalSetup]
    public void Setup() => paragraphs = BenchmarkInputs.Paragraphs(BenchmarkInputs.Sample(Language));

    [Benchmark]
    public int AnalyzeParagraphs()
    {
        var rightToLeft = 0;
        foreach (var paragraph in paragraphs)
            if (BidiAlgorithm.Analyze(paragraph, BidiDirection.Auto).IsRightToLeft) rightToLeft++;
        return rightToLeft;
    }
}
