using System.Text;
using BriefingCompiler.Building;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Editions;
using BriefingCompiler.Model;
using BriefingCompiler.Pdf;
using BriefingCompiler.Templating;
using BriefingCompiler.Word;

namespace BriefingCompiler;

/// <summary>
/// The whole pipeline for one briefing, one call per stage: load + validate + model → template → HTML → PDF
/// (and PNG previews); the Word document is written from the model. Pure apart from reading the source: the caller decides where the outputs go.
/// One compiler serves every briefing of a build; it holds nothing that changes between them.
/// </summary>
/// <param name="editions">The audiences whose editions to build (<c>--audience</c>), or null for every edition.</param>
/// <param name="pdfStandard">The standards the PDFs claim (<c>--pdf-standard</c>), or null for the default (ua-1).</param>
/// <param name="numberedParagraphs">Whether a briefing that does not say (<c>numbered_paragraphs</c>) numbers its paragraphs: briefc.yaml's.</param>
/// <param name="toc">Whether a briefing that does not say (<c>toc</c>) opens with a contents list: briefc.yaml's <c>toc</c>.</param>
public sealed class Compiler(BriefingTemplate template, PdfRenderer renderer, IReadOnlySet<string>? editions = null, PdfStandard? pdfStandard = null,
    Projects.ProjectEmblem? emblem = null, bool toc = false, bool numberedParagraphs = false)
{
    public BriefingTemplate Template => template;

    /// <param name="sourceDate">
    /// The PDF's creation date when the build pins one (SOURCE_DATE_EPOCH); otherwise the current version's date.
    /// </param>
    public CompileResult Compile(string sourcePath, OutputFormats formats, DateTimeOffset? sourceDate = null) =>
        Compile(BriefingLoader.Load(sourcePath), () => File.ReadAllText(sourcePath), formats, sourceDate, SourceLength(sourcePath));

    /// <summary>Compiles source bytes already read; <paramref name="sourcePath"/> only names the source in diagnostics.</summary>
    /// <param name="timings">Where to add the time each stage takes (<c>briefc build --timings</c>), or null.</param>
    /// <param name="folder">The source's folder, where its figures are read from; null: its images stay links.</param>
    public CompileResult Compile(string sourcePath, byte[] sourceBytes, OutputFormats formats, DateTimeOffset? sourceDate = null, BuildTimings? timings = null,
        string? folder = null)
    {
        var start = timings?.Start() ?? 0;
        var loaded = BriefingLoader.Load(sourcePath, sourceBytes, folder);
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
        if (briefing.Toc is null && toc)
            briefing = briefing with { Toc = true };
        if (briefing.NumberedParagraphs is null && numberedParagraphs)
            briefing = briefing with { NumberedParagraphs = true };

        var diagnostics = loaded.Diagnostics.ToList();
        var outputs = new List<CompiledOutput>();
        var linkedFiles = new SortedDictionary<string, SharedOutput>(StringComparer.Ordinal);
        foreach (var (edition, suffix) in EditionsToBuild(briefing, diagnostics))
        {
            if (diagnostics.Any(d => d.IsError))
                break;
            outputs.AddRange(CompileEdition(edition, suffix, sourcePath, sourceText, formats, sourceDate, sourceBytes, diagnostics, timings, linkedFiles));
        }

        return diagnostics.Any(d => d.IsError)
            ? new CompileResult(sourcePath, [], diagnostics) { Briefing = briefing }
            : new CompileResult(sourcePath, outputs, diagnostics) { Briefing = briefing, Shared = [.. linkedFiles.Values] };
    }

    /// <summary>The images the outputs of <paramref name="briefing"/> may show that are not the template's: the emblem and the figures.</summary>
    /// (Two names of one file, <c>map.png</c> and <c>./map.png</c>, are one image.)
    private IEnumerable<Assets.ImageAsset> ImagesOf(Briefing briefing) =>
        ((IEnumerable<Assets.ImageAsset>?)briefing.Figures?.Values ?? []).Concat(emblem is null ? [] : [emblem.Image]).DistinctBy(image => image.Address);

    /// <summary>
    /// The editions to build and the suffix of their output names: the source itself when it declares no audiences;
    /// otherwise each selected audience's edition, the widest under the plain name (<c>x.zh.pdf</c> is always the edition
    /// with the least in it, the one safe to publish), the others as <c>x.zh.members.pdf</c>.
    /// </summary>
    private IEnumerable<(Briefing Edition, string Suffix)> EditionsToBuild(Briefing briefing, List<Diagnostic> diagnostics)
    {
        var audiences = EditionFilter.EditionsOf(briefing);
        if (audiences.Count == 0)
            return [(briefing, "")];

        var chosen = editions is null ? audiences : [.. audiences.Where(a => editions.Contains(a.Name))];
        if (chosen.Count == 0)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.AudienceUnknown,
                $"this briefing has no {string.Join(" or ", editions!.Select(e => $"`{e}`"))} edition (its audiences: {string.Join(", ", audiences.Select(a => a.Name))}); "
                + "build one of those with --audience, or add the audience under `document_control.audiences`",
                briefing.DocumentControl.Span));
            return [];
        }

        return chosen.Select(a => (EditionFilter.Apply(briefing, a), a == audiences[^1] ? "" : "." + a.Name));
    }

    private List<CompiledOutput> CompileEdition(Briefing briefing, string suffix, string sourcePath, Func<string> sourceText, OutputFormats formats,
        DateTimeOffset? sourceDate, long sourceBytes, List<Diagnostic> diagnostics, BuildTimings? timings, SortedDictionary<string, SharedOutput> linkedFiles)
    {
        var start = timings?.Start() ?? 0;
        var rendered = template.Render(briefing, sourceDate, sourceBytes, emblem);
        timings?.AddTemplate(start);
        diagnostics.AddRange(rendered.Diagnostics);
        var outputs = new List<CompiledOutput>();
        if (rendered.Html is not { } html || diagnostics.Any(d => d.IsError))
            return outputs;

        if (formats.HasFlag(OutputFormats.Html))
        {
            // Each image's short address becomes the image itself, or the name of the file written beside the page.
            var page = html;
            foreach (var image in ImagesOf(briefing))
            {
                if (!page.Contains(image.Address, StringComparison.Ordinal))
                    continue;
                page = page.Replace(image.Address, image.HtmlSource, StringComparison.Ordinal);
                if (!image.InlineInHtml)
                    linkedFiles[image.FileName] = image.AsSharedOutput();
            }

            outputs.Add(new CompiledOutput(suffix + ".html", Encoding.UTF8.GetBytes(page)));
        }

        if ((formats & (OutputFormats.Pdf | OutputFormats.Png)) != 0)
        {
            var date = briefing.DocumentDate(sourceDate);
            var pdf = renderer.RenderPdf(html, new PdfRenderOptions
            {
                Date = date,
                IncludePreviews = formats.HasFlag(OutputFormats.Png),
                Timings = timings?.Render,
                ResourceFolder = template.Folder,
                NamedImages = ImagesOf(briefing).ToDictionary(image => image.Address, image => image.Bytes) is { Count: > 0 } named ? named : null,
                Standard = pdfStandard ?? PdfStandard.Default,
            });
            if (pdf.Messages.Count > 0)
                diagnostics.AddRange(EngineDiagnostics.From(pdf.Messages, sourcePath, sourceText(), template.Name, template.Text, html));
            if (formats.HasFlag(OutputFormats.Pdf))
                outputs.Add(new CompiledOutput(suffix + ".pdf", pdf.File) { Fonts = pdf.Fonts });
            outputs.AddRange(pdf.Previews.Select((png, index) => new CompiledOutput($"{suffix}.page-{index + 1}.png", png)));
        }

        if (formats.HasFlag(OutputFormats.Docx))
        {
            start = timings?.Start() ?? 0;
            // From the edition's model, like the HTML: nothing restricted reaches the Word document either.
            outputs.Add(new CompiledOutput(suffix + ".docx", WordDocumentWriter.Write(briefing)));
            timings?.AddWord(start);
        }

        return outputs;
    }
}
