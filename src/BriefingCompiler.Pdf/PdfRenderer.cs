using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Paging;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Text;
using BriefingCompiler.Pdf.Timing;

namespace BriefingCompiler.Pdf;

/// <summary>
/// The engine's entry point: HTML in, PDF bytes (or PNG pages) out, with what it could not do as messages.
/// Stages: styling (AngleSharp) → box tree → text (all runs registered with the text system first, so each
/// font is subset once) → layout and pagination → paint lists → our PDF writer, or a Skia raster canvas.
/// </summary>
public sealed class PdfRenderer(ITextSystem text)
{
    /// <summary>Image files read once for every document this renderer draws (one build).</summary>
    private readonly Images.ImageCache imageCache = new();
    private readonly Rendering.PdfFile.PdfImageCache pdfImages = new();
    private readonly Compression.ZlibEncoderPool encoders = new();

    /// <summary>A renderer setting text with the fonts of <paramref name="catalog"/> (bundled Noto fonts and the user's folders).</summary>
    public PdfRenderer(Fonts.FontCatalog catalog)
        : this(new FontSetTextSystem(catalog))
    {
    }

    public LaidOutDocument Layout(string html) => Layout(html, null, null);

    /// <summary>The document laid out on the page size and margins of <paramref name="options"/> where it sets them.</summary>
    public LaidOutDocument Layout(string html, PdfRenderOptions options) => Layout(html, options, null);

    private LaidOutDocument Layout(string html, PdfRenderOptions? options, RenderTimings? timings)
    {
        var start = timings?.Start() ?? 0;
        var log = new MessageLog();
        var styled = DocumentStyler.Load(html, log);
        var page = WithOverrides(styled.Page, options);
        styled.UsePageArea(page);
        var images = new Images.ImageLoader(options?.ResourceFolder is { } folder ? new Resources.ConfinedFolder(folder) : null, log, options?.ResourceBase, imageCache, options?.NamedImages, text.SvgText);
        var builder = new BoxTreeBuilder(new StyleResolver(log, images), log, styled.Device, images, styled.ContentStash)
        {
            XHeights = styled.HasExLengths ? text.XHeightPerEm : null,
        };
        var root = builder.Build(styled.Document);
        // The text of the SVG images read so far is set in the document's fonts, with its other text.
        var svgText = new SvgGlyphSetter(images.VectorImages);
        start = timings?.Add(RenderStage.Styling, start) ?? 0;
        ITextLayouter layouter;
        IReadOnlyList<LaidOutPage> pages;
        if (builder.Targets.HasPageReferences)
        {
            // Page numbers of cross-references: laid out until they settle (fonts and layout timed together).
            var settled = new CrossReferencePagination((tree, extra) => text.CreateLayouter([.. AllParagraphs(tree, page), .. extra, .. svgText.Paragraphs], log), log, images)
                .Paginate(root, builder.Targets, page);
            (root, pages, layouter) = (settled.Root, settled.Pages, settled.Layouter);
        }
        else
        {
            layouter = text.CreateLayouter(svgText.Paragraphs.Count == 0 ? AllParagraphs(root, page) : [.. AllParagraphs(root, page), .. svgText.Paragraphs], log);
            start = timings?.Add(RenderStage.TextAndFonts, start) ?? 0;
            pages = new Paginator(new LayoutEngine(layouter, log), layouter, log, images).Paginate(root, page);
        }

        var (paints, bookmarks, structure) = FragmentPainter.PaintWithStructure(pages, log);
        paints = svgText.Set(paints, layouter);
        timings?.Add(RenderStage.Layout, start);
        return new LaidOutDocument(root, pages, paints, bookmarks, styled.Metadata, log.Messages, layouter as IDisposable)
        {
            Structure = structure,
            FirstTranslucentElement = log.FirstUse(BoxTreeBuilder.TranslucencySubject),
        };
    }

    /// <summary>
    /// Styles a small document and builds its boxes, throwing the result away. A process renders its first document
    /// with cold code (AngleSharp's configuration, HTML parser and cascade: ~250 ms of JIT on this machine); a
    /// caller with other work to do first (loading, templating) runs this on another core meanwhile, so the
    /// first real document finds that code compiled. Nothing it does is kept or changes any output.
    /// </summary>
    public static void WarmUpStyling()
    {
        var log = new MessageLog();
        var styled = DocumentStyler.Load(WarmUpDocument, log);
        new BoxTreeBuilder(new StyleResolver(log), log, styled.Device).Build(styled.Document);
    }

    private const string WarmUpDocument = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>t</title>
        <style>@page { size: A4; margin: 20mm; @bottom-center { content: counter(page) } }
        body { font-family: serif; line-height: 1.5 } .c { color: #333; border-bottom: 1px solid #ccc }</style></head>
        <body><header class="c"><p>a</p></header><h1>b</h1><p>c <strong>d</strong> <a href="#e">e</a></p>
        <ol><li>f</li></ol><ul><li>g</li></ul><table><thead><tr><th>h</th></tr></thead><tbody><tr><td>i</td></tr></tbody></table></body></html>
        """;

    public PdfRenderResult RenderPdf(string html, PdfRenderOptions options)
    {
        var timings = options.Timings;
        using var document = Layout(html, options, timings);
        var start = timings?.Start() ?? 0;
        var (pdf, flattened) = PdfDocumentWriter.WriteFile(document.Paints, document.Bookmarks, document.Metadata, options, document.Structure, pdfImages, encoders);
        var messages = options.Standard.UniversalAccessibility ? [.. document.Messages, .. AccessibilityProblems(document)] : document.Messages;
        if (flattened)
        {
            messages = [.. messages, new PdfMessage(PdfMessageSeverity.Warning, "PDF312",
                $"PDF/A-1 allows no transparency: translucent colours, opacity and image transparency are drawn as they look over white paper (over another colour they come out lighter){(document.FirstTranslucentElement is null ? "" : ", first at this element")}. Make them opaque, or build with --pdf-standard a-2b or a-2u, which keep transparency.")
            { Source = document.FirstTranslucentElement }];
        }

        using var painter = new CanvasPainter();
        start = timings?.Add(RenderStage.PdfWriting, start) ?? 0;
        var previews = options.IncludePreviews ? new PngPageRenderer(painter).Render(document.Paints, options.PreviewDpi) : [];
        if (options.IncludePreviews)
            timings?.Add(RenderStage.PngPreviews, start);
        return new PdfRenderResult(pdf, document.Pages.Count, options.IncludePreviews ? WithRasterLimits(document with { Messages = messages }, options) : messages, previews)
        {
            Fonts = FontsUsed(document.Paints),
        };
    }

    /// <summary>The catalog faces whose glyphs the pages draw.</summary>
    private static IReadOnlyList<Fonts.FontUse> FontsUsed(IReadOnlyList<PagePaint> pages) =>
        Fonts.FontUse.Ordered(pages.SelectMany(page => page.Commands).SelectMany(command => command switch
        {
            DrawGlyphs glyphs => [glyphs.Run],
            DrawImage { VectorText: { } text } => text.SelectMany(runs => runs ?? []),
            _ => [],
        }).Select(run => run.Font.Use).OfType<Fonts.FontUse>());

    /// <summary>
    /// What keeps a document from meeting PDF/UA-1 that the HTML can mend: an image with no text alternative (no alt
    /// attribute; alt="" says it is decoration and is fine), a document without a title (the reader shows the title).
    /// </summary>
    private static IEnumerable<PdfMessage> AccessibilityProblems(LaidOutDocument document)
    {
        if (string.IsNullOrWhiteSpace(document.Metadata.Title))
        {
            yield return new PdfMessage(PdfMessageSeverity.Warning, "PDF311",
                "The document has no <title>; PDF/UA-1 asks for one (readers show it instead of the file name). Give the template's <head> a <title>, or build with --pdf-standard none.");
        }

        if (document.Structure is not { } structure)
        {
            yield break;
        }

        var nodes = new Stack<StructureNode>([structure.Root]);
        var reported = 0;
        while (nodes.Count > 0)
        {
            var node = nodes.Pop();
            if (node.Role == StructureRole.Figure && node.Semantics is { Alt: null } figure && reported++ < 10)
            {
                yield return new PdfMessage(PdfMessageSeverity.Warning, "PDF310",
                    "An image has no alt text; PDF/UA-1 asks every image for one. Describe it with alt=\"…\", or mark it as decoration with alt=\"\".")
                { Source = figure.Source };
            }

            foreach (var child in node.Children.Reverse())
            {
                nodes.Push(child);
            }
        }
    }

    public IReadOnlyList<byte[]> RenderPng(string html, PdfRenderOptions options)
    {
        using var document = Layout(html, options, null);
        using var painter = new CanvasPainter();
        return new PngPageRenderer(painter).Render(document.Paints, options.PreviewDpi);
    }

    /// <summary>Every page as pixels at <see cref="PdfRenderOptions.PreviewDpi"/>, with the engine's messages: for
    /// comparing pages pixel by pixel without encoding them, and for callers that encode them themselves.</summary>
    public RasterRenderResult RenderRaster(string html, PdfRenderOptions options)
    {
        using var document = Layout(html, options, options.Timings);
        using var painter = new CanvasPainter();
        var pages = new PageRasterizer(painter).Rasterize(document.Paints, options.PreviewDpi);
        return new RasterRenderResult(pages, WithRasterLimits(document, options));
    }

    /// <summary>The document's messages, and a warning when a page is too large to draw at the asked resolution.</summary>
    private static IReadOnlyList<PdfMessage> WithRasterLimits(LaidOutDocument document, PdfRenderOptions options)
    {
        var page = document.Paints.Select((paint, index) => (Paint: paint, Number: index + 1))
            .FirstOrDefault(p => PageRasterizer.FittingDpi(p.Paint, options.PreviewDpi) < options.PreviewDpi);
        if (page.Paint is null)
            return document.Messages;
        var dpi = PageRasterizer.FittingDpi(page.Paint, options.PreviewDpi);
        return [.. document.Messages, new PdfMessage(PdfMessageSeverity.Warning, "PDF303",
            $"Page {page.Number} ({page.Paint.Width:0} × {page.Paint.Height:0} pt) is too large to draw at {options.PreviewDpi:0} dpi " +
            $"(previews are limited to {PageRasterizer.MaxPixels / 1_000_000} million pixels and {PageRasterizer.MaxSide:N0} px a side); " +
            $"its preview is drawn at {dpi:0.#} dpi, as are other pages that large. The PDF is not affected.")];
    }

    /// <summary>The caller's page size and margins over the document's @page rules. Skia writes whole-point media
    /// boxes, so the size is rounded as the document's own is.</summary>
    private static PageStyle WithOverrides(PageStyle page, PdfRenderOptions? options)
    {
        if (options?.PageSize is { } size)
            page = page with { SizeOverride = (MathF.Round(size.Width), MathF.Round(size.Height)) };
        if (options?.PageMargin is { } margin)
            page = page with { MarginOverride = new Edges(margin, margin, margin, margin) };

        return page;
    }

    /// <summary>
    /// Every piece of text the document can draw, paragraph by paragraph: paragraph runs (footnote bodies after their calls' paragraphs), list markers, and the
    /// running header and footer with all ten digits standing in for page numbers not known yet, and each value of the named
    /// strings they show.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<TextRun>> AllParagraphs(BlockBox root, PageStyle page)
    {
        var runs = new List<IReadOnlyList<TextRun>>();
        var stringValues = new List<StringSet>();
        void Walk(Box box)
        {
            if (box.Running is { } running)
                Walk(running.Box);
            if (box.StringSets is { } sets)
                stringValues.AddRange(sets);
            switch (box)
            {
                case ParagraphBox paragraph:
                    runs.Add(paragraph.Runs);
                    if (paragraph.FirstLine is { } firstLine)
                        runs.Add(firstLine.Runs);
                    foreach (var run in paragraph.Runs)
                    {
                        if (run.Tag is InlineTag { Footnote: { } note })
                            Walk(note);
                        if (run.Tag is InlineTag { Atomic: { } atomic })
                            Walk(atomic);
                        if (run.Tag is InlineTag { Positioned: { } positioned })
                            Walk(positioned);
                        if (run.Tag is InlineTag { Running: { } inText })
                            Walk(inText.Box);
                    }

                    break;
                case RubyBox ruby:
                    foreach (var pair in ruby.Pairs)
                    {
                        if (pair.Base is { } rubyBase)
                            Walk(rubyBase);
                        if (pair.Annotation is { } annotation)
                            Walk(annotation);
                    }

                    break;
                case TableBox table:
                    foreach (var cell in table.HeaderRows.Concat(table.BodyRows).SelectMany(r => r.Cells))
                    {
                        Walk(cell);
                    }

                    break;
                case ContainerBox container:
                    if (container is ListItemBox { Marker.Length: > 0 } item)
                    {
                        runs.Add([new TextRun(item.Marker, (item.MarkerStyle ?? item.Style).ToTextStyle())]);
                    }

                    foreach (var child in container.Children)
                    {
                        Walk(child);
                    }

                    break;
            }
        }

        Walk(root);
        AddEmphasisMarks(runs);
        foreach (var box in page.PossibleMarginBoxes())
        {
            runs.Add([new TextRun(box.TextFor(1234567890, 1234567890), box.Style.ToTextStyle())]);
            // Every value a named string it shows can take, in its style.
            foreach (var name in box.StringNames.Distinct())
            {
                foreach (var value in stringValues.Where(s => s.Name == name).Select(s => s.Value).Where(v => v.Length > 0).Distinct())
                    runs.Add([new TextRun(value, box.Style.ToTextStyle())]);
            }
        }

        return runs;
    }

    /// <summary>The emphasis mark of every style whose text has marks, in the style it is set in: a face draws only what
    /// was registered with it.</summary>
    private static void AddEmphasisMarks(List<IReadOnlyList<TextRun>> runs)
    {
        var marks = new HashSet<(string, TextStyle)>();
        foreach (var paragraph in runs.ToArray())
        {
            foreach (var run in paragraph)
            {
                if (run.Style.Emphasis is { } emphasis && marks.Add((emphasis.Mark, EmphasisMarks.MarkStyle(run.Style))))
                    runs.Add([new TextRun(emphasis.Mark, EmphasisMarks.MarkStyle(run.Style))]);
            }
        }
    }
}
