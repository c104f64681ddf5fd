using BenchmarkDotNet.Attributes;
using BriefingCompiler.Model;
using BriefingCompiler.Templating;

namespace BriefingCompiler.Benchmarks.Stages;

/// <summary>Templating: parsing the built-in Scriban template (once per process in a build) and
/// rendering one sample briefing to HTML with it (Markdown, labels, dates, escaping).</summary>
[MemoryDiagnoser]
public class TemplateBenchmarks
{
    private Briefing? briefing;
    private BriefingTemplate? template;

    [Params("zh", "en", "ar")]
    public string Language { get; set; } = "zh";

    [GlobalSetup]
    public void Setup()
    {
        var path = BenchmarkInputs.PathOf(BenchmarkInputs.Sample(Language));
        briefing = BriefingLoader.Load(path).Briefing
            ?? throw new InvalidOperationException($"{path} does not load");
        template = BriefingTemplate.BuiltIn();
    }

    [Benchmark]
    public string ParseBuiltInTemplate() => BriefingTemplate.BuiltIn().Name;

    [Benchmark]
    public int RenderHtml() =>
        template!.Render(briefing!).Html?.Length ?? throw new InvalidOperationException("the built-in template failed to render");
}
