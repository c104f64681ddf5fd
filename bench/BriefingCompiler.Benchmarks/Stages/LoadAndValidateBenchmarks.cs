using BenchmarkDotNet.Attributes;

namespace BriefingCompiler.Benchmarks.Stages;

/// <summary>Loading (UTF-8 decoding, YAML with source spans), validation (schema and semantic rules)
/// and building the model of one sample briefing, from bytes already in memory.</summary>
[MemoryDiagnoser]
public class LoadAndValidateBenchmarks
{
    private byte[] source = [];
    private string path = "";

    [Params("zh", "en", "ar")]
    public string Language { get; set; } = "zh";

    [GlobalSetup]
    public void Setup()
    {
        path = BenchmarkInputs.PathOf(BenchmarkInputs.Sample(Language));
        source = File.ReadAllBytes(path);
        var result = BriefingLoader.Load(path, source);
        if (result.HasErrors)
            throw new InvalidOperationException($"{path} does not load: {string.Join("; ", result.Diagnostics)}");
    }

    [Benchmark]
    public bool LoadValidateBuild() => BriefingLoader.Load(path, source).Briefing is not null;
}
