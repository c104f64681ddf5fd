using BenchmarkDotNet.Attributes;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Benchmarks.Stages;

/// <summary>Layout, first step: UAX #14 break opportunities over all the running text of the samples.</summary>
[MemoryDiagnoser]
public class LineBreakingBenchmarks
{
    private string chinese = "";
    private string english = "";

    [GlobalSetup]
    public void Setup()
    {
        chinese = BenchmarkInputs.RunningText(BenchmarkInputs.FoundingBriefing);
        english = BenchmarkInputs.RunningText("briefings/icann81-gac-alac.en.yaml");
    }

    [Benchmark(Baseline = true)]
    public int FoundingBriefingZh() => LineBreaker.FindBreaks(chinese).Count;

    [Benchmark]
    public int SampleBriefingEn() => LineBreaker.FindBreaks(english).Count;
}
