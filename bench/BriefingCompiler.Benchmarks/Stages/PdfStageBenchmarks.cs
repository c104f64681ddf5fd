using BenchmarkDotNet.Attributes;
using BriefingCompiler.Pdf;
using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Paging;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Templating;

namespace BriefingCompiler.Benchmarks.Stages;

/// <summary>
/// The PDF engine's stages on the HTML that the built-in template makes of a sample briefing, each
/// fed with the previous stage's output prepared once in the setup, as <see cref="PdfRenderer"/>
/// chains them: styling (AngleSharp CSS + box tree), fonts (resolution and hb-subset of every face
/// the document uses), layout (line breaking, pagination, paint lists), PDF writing (Skia), and the
/// whole <see cref="PdfRenderer.RenderPdf"/> for reference. The bundled faces are loaded once, as in a
/// build of many briefings.
/// </summary>
[MemoryDiagnoser]
public class PdfStageBenchmarks
{
    private static readonly PdfRenderOptions Options = new();

    private string html = "";
    private FontCatalog? catalog;
    private FontSetTextSystem? textSystem;
    private StyledDocument? styled;
    private BlockBox? root;
    private ITextLayouter? layouter;
    private LaidOutDocument? laidOut;

    [Params("zh", "en", "ar")]
    public string Language { get; set; } = "zh";

    [GlobalSetup]
    public void Setup()
    {
        var path = BenchmarkInputs.PathOf(BenchmarkInputs.Sample(Language));
        var briefing = BriefingLoader.Load(path).Briefing ?? throw new InvalidOperationException($"{path} does not load");
        html = BriefingTemplate.BuiltIn().Render(briefing).Html ?? throw new InvalidOperationException("the built-in template failed");
        catalog = new FontCatalog();
        textSystem = new FontSetTextSystem(catalog);
        root = StyleHtml();
        layouter = textSystem.CreateLayouter(PdfRenderer.AllParagraphs(root, styled!.Page), new MessageLog());
        laidOut = new PdfRenderer(textSystem).Layout(html);
        var result = new PdfRenderer(textSystem).RenderPdf(html, Options);
        if (result.HasErrors)
            throw new InvalidOperationException($"{path}: {string.Join("; ", result.Messages.Where(m => m.Severity == PdfMessageSeverity.Error))}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        laidOut?.Dispose();
        (layouter as IDisposable)?.Dispose();
        catalog?.Dispose();
    }

    [Benchmark]
    public BlockBox StyleHtml()
    {
        var log = new MessageLog();
        styled = DocumentStyler.Load(html, log);
        return new BoxTreeBuilder(new StyleResolver(log), log, styled.Device).Build(styled.Document);
    }

    [Benchmark]
    public int ResolveAndSubsetFonts()
    {
        var documentLayouter = textSystem!.CreateLayouter(PdfRenderer.AllParagraphs(root!, styled!.Page), new MessageLog());
        (documentLayouter as IDisposable)?.Dispose();
        return 1;
    }

    [Benchmark]
    public int LayOutPages()
    {
        var log = new MessageLog();
        var pages = new Paginator(new LayoutEngine(layouter!, log), layouter!, log).Paginate(root!, styled!.Page);
        return FragmentPainter.Paint(pages, log).Pages.Count;
    }

    [Benchmark]
    public int WritePdf() =>
        PdfDocumentWriter.Write(laidOut!.Paints, laidOut.Bookmarks, laidOut.Metadata, Options).Length;

    [Benchmark]
    public int WholeRenderPdf() => new PdfRenderer(textSystem!).RenderPdf(html, Options).Pdf.Length;
}
