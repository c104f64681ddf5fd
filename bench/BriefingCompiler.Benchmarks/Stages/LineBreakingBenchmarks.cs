using BenchmarkDotNet.Attributes;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Benchmarks.Stages;

/// <summary>Layout: UAX #14 break opportunities over all the running text of a sample briefing.</summary>
[MemoryDiagnoser]
public class LineBreakingBenchmarks
{
    private string text = "";

    [Params("zh", "en", "ar")]
    public string Language { get; set; } = "zh";

    [GlobalSetup]
    public void Setup() => text = BenchmarkInputs.RunningText(BenchmarkInputs.Sample(Language));

    [Benchmark]
    public int FindBreaks() => LineBreaker.FindBreaks(text).Count;
}
