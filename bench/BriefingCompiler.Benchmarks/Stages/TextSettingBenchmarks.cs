using BenchmarkDotNet.Attributes;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Benchmarks.Stages;

/// <summary>
/// Setting a sample briefing's running text, in the two phases the PDF engine has: registering every
/// paragraph with a <see cref="DocumentFontSet"/> and subsetting the faces it uses (font resolution and
/// hb-subset), then shaping and filling lines with the subset faces (HarfBuzz, UAX #14, line filling,
/// justification) at the A4 text width. The bundled faces are loaded once in the setup, as a build of
/// many briefings loads them once per process.
/// </summary>
[MemoryDiagnoser]
public class TextSettingBenchmarks
{
    // A4 (595.3 pt) less 2 × 57 pt margins.
    private const float LineWidth = 481f;

    private static readonly TextStyle Body = new(["sans-serif"], 10.5f);

    private FontCatalog? catalog;
    private TextLayouter? layouter;
    private List<TextRun[]> paragraphs = [];

    [Params("zh", "en", "ar")]
    public string Language { get; set; } = "zh";

    [GlobalSetup]
    public void Setup()
    {
        catalog = new FontCatalog();
        paragraphs = BenchmarkInputs.Paragraphs(BenchmarkInputs.Sample(Language))
            .Select(text => new[] { new TextRun(text, Body) })
            .ToList();
        layouter = RegisterAll().Build();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        layouter?.Dispose();
        catalog?.Dispose();
    }

    [Benchmark]
    public int ResolveAndSubsetFonts()
    {
        using var subsetLayouter = RegisterAll().Build();
        return subsetLayouter.Faces.Count;
    }

    [Benchmark]
    public int ShapeAndFillLines()
    {
        var lines = 0;
        foreach (var paragraph in paragraphs)
            lines += layouter!.Layout(paragraph, LineWidth, TextAlignment.Justify, rightToLeft: Language == "ar").Count;
        return lines;
    }

    private DocumentFontSet RegisterAll()
    {
        var set = new DocumentFontSet(catalog!);
        foreach (var paragraph in paragraphs)
        {
            var missing = set.Add(paragraph);
            if (missing.Count > 0)
                throw new InvalidOperationException($"no bundled font has {missing.Count} characters of the {Language} sample");
        }
        return set;
    }
}
