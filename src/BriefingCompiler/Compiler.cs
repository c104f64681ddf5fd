using System.Text;
using BriefingCompiler.Building;
using BriefingCompiler.Pdf;
using BriefingCompiler.Templating;
using BriefingCompiler.Word;

namespace BriefingCompiler;

/// <summary>
/// The whole pipeline for one briefing, one call per stage: load + validate + model → template → HTML → PDF
/// (and PNG previews); the Word document is written from the model. Pure apart from reading the source: the caller decides where the outputs go.
/// One compiler serves every briefing of a build; it holds nothing that changes between them.
/// </summary>
public sealed class Compiler(BriefingTemplate template, PdfRenderer renderer)
{
    public BriefingTemplate Template => template;

    /// <param name="sourceDate">
    /// The PDF's creation date when the build pins one (SOURCE_DATE_EPOCH); otherwise the current version's date.
    /// </param>
    public CompileResult Compile(string sourcePath, OutputFormats formats, DateTimeOffset? sourceDate = null) =>
        Compile(BriefingLoader.Load(sourcePath), () => File.ReadAllText(sourcePath), formats, sourceDate, SourceLength(sourcePath));

    /// <summary>Compiles source bytes already read; <paramref name="sourcePath"/> only names the source in diagnostics.</summary>
    /// <param name="timings">Where to add the time each stage takes (<c>briefc build --timings</c>), or null.</param>
    public CompileResult Compile(string sourcePath, byte[] sourceBytes, OutputFormats formats, DateTimeOffset? sourceDate = null, BuildTimings? timings = null)
    {
        var start = timings?.Start() ?? 0;
        var loaded = BriefingLoader.Load(sourcePath, sourceBytes);
        timings?.AddLoad(start);
        return Compile(loaded, () => Encoding.UTF8.GetString(sourceBytes).TrimStart('\uFEFF'), formats, sourceDate, sourceBytes.Length, timings);
    }

    // The template's budget grows with the source's size; a file that went away since it was loaded gets the base budget.
    private static long SourceLength(string sourcePath)
    {
        var file = new FileInfo(sourcePath);
        return file.Exists ? file.Length : 0;
    }

    private CompileResult Compile(LoadResult loaded, Func<string> sourceText, OutputFormats formats, DateTimeOffset? sourceDate, long sourceBytes, BuildTimings? timings = null)
    {
        var sourcePath = loaded.Path;
        if (loaded.Briefing is not { } briefing)
            return new CompileResult(sourcePath, [], loaded.Diagnostics);

        var start = timings?.Start() ?? 0;
        var rendered = template.Render(briefing, sourceDate, sourceBytes);
        timings?.AddTemplate(start);
        var diagnostics = loaded.Diagnostics.Concat(rendered.Diagnostics).ToList();
        if (rendered.Html is not { } html || diagnostics.Any(d => d.IsError))
            return new CompileResult(sourcePath, [], diagnostics) { Briefing = briefing };

        var outputs = new List<CompiledOutput>();
        if (formats.HasFlag(OutputFormats.Html))
            outputs.Add(new CompiledOutput(".html", Encoding.UTF8.GetBytes(html)));

        if ((formats & (OutputFormats.Pdf | OutputFormats.Png)) != 0)
        {
            var date = briefing.DocumentDate(sourceDate);
            var pdf = renderer.RenderPdf(html, new PdfRenderOptions { Date = date, IncludePreviews = formats.HasFlag(OutputFormats.Png), Timings = timings?.Render });
            if (pdf.Messages.Count > 0)
                diagnostics.AddRange(EngineDiagnostics.From(pdf.Messages, sourcePath, sourceText(), template.Name, template.Text, html));
            if (formats.HasFlag(OutputFormats.Pdf))
                outputs.Add(new CompiledOutput(".pdf", pdf.Pdf));
            outputs.AddRange(pdf.Previews.Select((png, index) => new CompiledOutput($".page-{index + 1}.png", png)));
        }

        if (formats.HasFlag(OutputFormats.Docx))
        {
            start = timings?.Start() ?? 0;
            outputs.Add(new CompiledOutput(".docx", WordDocumentWriter.Write(briefing)));
            timings?.AddWord(start);
        }

        return diagnostics.Any(d => d.IsError)
            ? new CompileResult(sourcePath, [], diagnostics) { Briefing = briefing }
            : new CompileResult(sourcePath, outputs, diagnostics) { Briefing = briefing };
    }
}
