using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Images;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Tests.Layout;
using BriefingCompiler.Pdf.Tests.Rendering;
using BriefingCompiler.Pdf.Text;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Images;

/// <summary>
/// SVG <c>&lt;text&gt;</c> set in the build's fonts: drawn where the SVG puts it (the same ink as the same text in
/// HTML), anchored, with the HTML text's font fallbacks; in the PDF as real text in the document's font subsets, inside
/// its figure's marked content, and as outlines where text cannot draw it (a stroke).
/// </summary>
public class SvgTextTests
{
    private DirectoryInfo folder = null!;
    private FontCatalog catalog = null!;

    [OneTimeSetUp]
    public void Fonts() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeFonts() => catalog.Dispose();

    [SetUp]
    public void MakeFolder() => folder = Directory.CreateTempSubdirectory("briefc-svgtext-");

    [TearDown]
    public void RemoveFolder() => folder.Delete(recursive: true);

    private static string Page(string body) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><style>@page {{ size: 400px 300px; margin: 0 }} body {{ margin: 0; font-family: sans-serif }} img {{ display: block }}</style></head><body>{body}</body></html>";

    private string Svg(string name, string content, int width = 400, int height = 100)
    {
        File.WriteAllText(Path.Combine(folder.FullName, name),
            $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">{content}</svg>""");
        return name;
    }

    /// <summary>The page at 96 dpi: one pixel a CSS px.</summary>
    private PageRaster Raster(string html) =>
        new PdfRenderer(new FontSetTextSystem(catalog)).RenderRaster(html, new PdfRenderOptions { ResourceFolder = folder.FullName, PreviewDpi = 96 }).Pages[0];

    private PdfRenderResult Pdf(string html) =>
        new PdfRenderer(new FontSetTextSystem(catalog)).RenderPdf(html, new PdfRenderOptions { ResourceFolder = folder.FullName });

    /// <summary>The box of the pixels darker than light grey in rows <paramref name="top"/> to <paramref name="bottom"/> (exclusive); null if none.</summary>
    private static (int Left, int Top, int Right, int Bottom)? Ink(PageRaster raster, int top, int bottom)
    {
        int left = int.MaxValue, right = -1, inkTop = int.MaxValue, inkBottom = -1;
        for (var y = top; y < bottom; y++)
        {
            for (var x = 0; x < raster.Width; x++)
            {
                var at = (y * raster.Width + x) * 4;
                if (raster.Rgba[at] + raster.Rgba[at + 1] + raster.Rgba[at + 2] > 3 * 160)
                    continue;
                left = Math.Min(left, x);
                right = Math.Max(right, x + 1);
                inkTop = Math.Min(inkTop, y);
                inkBottom = Math.Max(inkBottom, y + 1);
            }
        }

        return right < 0 ? null : (left, inkTop, right, inkBottom);
    }

    [Test]
    public void Svg_text_is_drawn_with_the_same_glyphs_as_the_same_text_in_html()
    {
        var svg = Svg("label.svg", """<text x="10" y="60" font-family="sans-serif" font-size="30">AFRALO 15</text>""");

        var raster = Raster(Page($"""<img src="{svg}" alt="AFRALO 15"><div style="margin-left: 10px; font-size: 30px; line-height: 100px">AFRALO 15</div>"""));

        var inSvg = Ink(raster, 0, 100) ?? throw new AssertionException("the SVG's text left no ink");
        var inHtml = Ink(raster, 100, 200) ?? throw new AssertionException("the HTML text left no ink");
        Assert.That(inSvg.Left, Is.EqualTo(inHtml.Left).Within(1), "both start at x = 10");
        Assert.That(inSvg.Right - inSvg.Left, Is.EqualTo(inHtml.Right - inHtml.Left).Within(1), "the same glyphs, the same width");
        Assert.That(inSvg.Bottom - inSvg.Top, Is.EqualTo(inHtml.Bottom - inHtml.Top).Within(1), "the same height");
        Assert.That(inSvg.Bottom, Is.EqualTo(60).Within(1), "capitals and digits sit on the baseline y = 60");
        Assert.That(inSvg.Top, Is.EqualTo(60 - 21).Within(2), "Noto Sans capitals are 0.714 em tall");
    }

    [Test]
    public void Text_anchor_middle_centres_a_chunk_and_end_ends_it_at_x()
    {
        var svg = Svg("anchors.svg", """
            <g font-size="24" fill="#000">
              <text x="200" y="40" text-anchor="middle">NomCom <tspan font-weight="bold">ALAC</tspan></text>
              <text x="300" y="90" style="text-anchor: end">EURALO</text>
            </g>
            """);

        // The same word in HTML, its line ending at x = 300: its ink ends where the anchored chunk's does (the O's side
        // bearing short of 300).
        var raster = Raster(Page($"""<img src="{svg}"><div style="width: 300px; text-align: right; font-size: 24px; line-height: 100px">EURALO</div>"""));

        var middle = Ink(raster, 0, 50)!.Value;
        var end = Ink(raster, 50, 100)!.Value;
        var inHtml = Ink(raster, 100, 200)!.Value;
        Assert.That((middle.Left + middle.Right) / 2.0, Is.EqualTo(200).Within(1.5), "both pieces of the chunk centred on x = 200");
        Assert.That(end.Right, Is.EqualTo(inHtml.Right).Within(1));
        Assert.That(end.Right, Is.EqualTo(300).Within(2.5));
        Assert.That(end.Left, Is.LessThan(300 - 60));
    }

    [Test]
    public void A_chinese_label_falls_back_to_noto_sans_sc_as_html_text_does()
    {
        var outliner = new SvgTextOutliner(catalog);

        var fallen = outliner.Outline("中文标签", new SvgTextFont(["Noto Sans", "sans-serif"], 20, 400, false, false));
        var named = outliner.Outline("中文标签", new SvgTextFont(["Noto Sans SC"], 20, 400, false, false));
        var latin = outliner.Outline("AB", new SvgTextFont(["Noto Sans"], 20, 400, false, false));

        Assert.That(fallen.Segments, Is.Not.Empty, "Noto Sans has no Han glyphs: they come from the fallback");
        Assert.That(fallen.Segments, Is.EqualTo(named.Segments), "the same outlines as Noto Sans SC's");
        Assert.That(fallen.Advance, Is.EqualTo(80).Within(0.01), "four full-width ideographs at 20 px");
        Assert.That(latin.Segments, Is.Not.EqualTo(named.Segments));
    }

    [Test]
    public void In_the_pdf_stroked_svg_text_stays_filled_and_stroked_paths_with_no_font_and_no_warning()
    {
        var svg = Svg("figure.svg", """<rect width="400" height="100" fill="none"/><text x="20" y="50" font-size="20" fill="#1f2d4d" stroke="red" stroke-width="0.5">APRALO 2</text>""");

        var result = Pdf(Page($"""<img src="{svg}" alt="APRALO: 2 members">"""));

        Assert.That(result.Messages.Select(m => m.Code), Does.Not.Contain("PDF152"));
        using var document = PdfDocument.Open(result.Pdf);
        var page = document.GetPage(1);
        Assert.That(page.Letters, Is.Empty, "no text operators: the figure's alt text stands for it");
        Assert.That(page.GetImages(), Is.Empty, "never rasterized");
        var glyphs = page.Paths.Where(p => p.IsFilled).ToList();
        Assert.That(glyphs, Has.Count.GreaterThanOrEqualTo(1));
        Assert.That(page.Paths.Any(p => p.IsStroked), Is.True, "the red stroke around the glyphs");
        var box = glyphs.Select(p => p.GetBoundingRectangle()!.Value).ToList();
        // 20 px = 15 pt from the left; the baseline 50 px = 37.5 pt down a 225 pt page.
        Assert.That(box.Min(b => b.Left), Is.EqualTo(15).Within(2));
        Assert.That(box.Min(b => b.Bottom), Is.EqualTo(225 - 37.5).Within(1));
    }

    [Test]
    public void Tspans_with_dx_and_dy_move_the_pen_and_an_absolute_x_starts_a_new_chunk()
    {
        var svg = Svg("tspans.svg", """<text x="10" y="30" font-size="20">A<tspan dy="40">B</tspan><tspan x="300" y="90">C</tspan></text>""");

        var raster = Raster(Page($"""<img src="{svg}">"""));

        var a = Ink(raster, 0, 35)!.Value;
        var b = Ink(raster, 35, 75)!.Value;
        var c = Ink(raster, 75, 100)!.Value;
        Assert.That(a.Bottom, Is.EqualTo(30).Within(1));
        Assert.That(b.Bottom, Is.EqualTo(70).Within(1), "dy moves B 40 px down");
        Assert.That(b.Left, Is.GreaterThan(a.Right - 1), "B follows A");
        Assert.That(c.Left, Is.EqualTo(300).Within(2), "C starts at its own x");
    }

    [Test]
    public void Without_fonts_svg_text_is_left_out_with_a_warning()
    {
        var svg = Svg("label.svg", """<text x="10" y="60">AFRALO</text>""");

        var result = new PdfRenderer(new MonospaceTextSystem()).RenderPdf(Page($"""<img src="{svg}" alt="AFRALO">"""), new PdfRenderOptions { ResourceFolder = folder.FullName });

        Assert.That(result.Messages.Where(m => m.Code == "PDF152").Select(m => m.Message), Has.Some.Contains("<text> is not drawn"));
    }

    [Test]
    public void A_hostile_svg_draws_at_most_the_character_limit_of_text()
    {
        var counting = new CountingOutliner();
        var word = new string('x', 1000);
        var texts = string.Concat(Enumerable.Repeat($"<text>{word}</text>", SvgReader.MaxTextCharacters / 1000 + 50));
        var bytes = System.Text.Encoding.UTF8.GetBytes($"""<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">{texts}</svg>""");

        var result = SvgReader.Read(bytes, counting);

        Assert.That(result.Image, Is.Not.Null);
        Assert.That(counting.Characters, Is.LessThanOrEqualTo(SvgReader.MaxTextCharacters));
        Assert.That(result.Warnings, Has.Some.Contains("characters is not drawn"));
    }

    [Test]
    public void In_the_pdf_filled_svg_text_is_real_text_in_the_html_texts_font_subset()
    {
        var svg = Svg("labels.svg", """<rect x="0" y="0" width="400" height="100" fill="#e8eef7"/><g font-family="sans-serif" font-size="20" fill="#1f2d4d" text-anchor="middle"><text x="200" y="50">AFRALO 2</text></g>""");

        var result = Pdf(Page($"""<img src="{svg}" alt="AFRALO: 2 members"><p>NARALO</p>"""));

        using var document = PdfDocument.Open(result.Pdf);
        var page = document.GetPage(1);
        var inFigure = page.Letters.Where(l => l.StartBaseLine.Y > 225 - 75).ToList();
        var inParagraph = page.Letters.Where(l => l.StartBaseLine.Y < 225 - 75).ToList();
        Assert.That(string.Concat(inFigure.Select(l => l.Value)), Is.EqualTo("AFRALO 2"), "the label is text a reader finds");
        Assert.That(string.Concat(inParagraph.Select(l => l.Value)), Is.EqualTo("NARALO"));
        Assert.That(inFigure.Select(l => l.FontName).Distinct(), Is.EqualTo(inParagraph.Select(l => l.FontName).Distinct()),
            "one subset font for both: the shared letters A, L, O, R cost nothing");
        // The view box is 400 × 100 px on 300 × 75 pt: the baseline y = 50 px is 37.5 pt down a 225 pt page, the
        // chunk centred on x = 200 px (150 pt), the font 20 px (15 pt).
        Assert.That(inFigure[0].StartBaseLine.Y, Is.EqualTo(225 - 37.5).Within(0.01));
        Assert.That((inFigure[0].StartBaseLine.X + inFigure[^1].EndBaseLine.X) / 2, Is.EqualTo(150).Within(0.5));
        Assert.That(inFigure[0].PointSize, Is.EqualTo(15).Within(0.01));
        Assert.That(page.Paths.Count(p => p.IsFilled), Is.EqualTo(1), "the rectangle alone is a path: no glyph outlines");
    }

    [Test]
    public void Svg_text_is_inside_its_figures_marked_content_and_the_figure_keeps_its_alt()
    {
        var svg = Svg("labels.svg", """<text x="20" y="50" font-size="20" fill="#1f2d4d">ALAC 15</text><text x="20" y="80" font-size="20">中文标签</text>""");

        var result = Pdf(Page($"""<p>Before</p><img src="{svg}" alt="The ALAC: 15 members">"""));

        using var document = PdfDocument.Open(result.Pdf);
        var figures = StructureTreeReader.Read(document)!.All().Where(e => e.Type == "Figure").ToList();
        Assert.That(figures.Select(f => f.Text("Alt")), Is.EqualTo(new[] { "The ALAC: 15 members" }));
        var figureContent = figures[0].MarkedContent().Select(k => k.Mcid).ToHashSet();
        var marked = Flatten(document.GetPage(1).GetMarkedContents()).ToList();
        var figureText = string.Concat(marked.Where(m => !m.IsArtifact && figureContent.Contains(m.MarkedContentIdentifier)).SelectMany(m => m.Letters).Select(l => l.Value));
        Assert.That(figureText, Is.EqualTo("ALAC 15中文标签"), "both labels, the Chinese one in the fallback face, in the figure's content");
        Assert.That(document.GetPage(1).Letters.Count, Is.EqualTo(marked.Sum(m => m.Letters.Count)), "every letter is inside marked content");
    }

    [Test]
    public void Svg_text_under_a_rotation_is_text_along_the_rotated_baseline()
    {
        var svg = Svg("rotated.svg", """<text transform="translate(200 90) rotate(-90)" font-size="20">EURALO</text>""");

        var result = Pdf(Page($"""<img src="{svg}" alt="EURALO">"""));

        using var document = PdfDocument.Open(result.Pdf);
        var letters = document.GetPage(1).Letters;
        Assert.That(string.Concat(letters.Select(l => l.Value)), Is.EqualTo("EURALO"));
        // The pen goes up the page from (150 pt, 225 − 67.5 pt).
        Assert.That(letters[0].StartBaseLine.X, Is.EqualTo(150).Within(0.01));
        Assert.That(letters[0].StartBaseLine.Y, Is.EqualTo(225 - 67.5).Within(0.01));
        Assert.That(letters[^1].EndBaseLine.Y, Is.GreaterThan(letters[0].StartBaseLine.Y + 40));
        Assert.That(letters[^1].EndBaseLine.X, Is.EqualTo(150).Within(0.01));
    }

    [Test]
    public void The_same_svg_text_gives_the_same_pdf_bytes()
    {
        var svg = Svg("labels.svg", """<text x="20" y="50" font-size="20" fill="#1f2d4d" font-weight="bold">NomCom 5</text>""");
        var html = Page($"""<img src="{svg}" alt="NomCom: 5">""");
        var options = new PdfRenderOptions { ResourceFolder = folder.FullName, Date = new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero) };

        var first = new PdfRenderer(new FontSetTextSystem(catalog)).RenderPdf(html, options).Pdf;
        var second = new PdfRenderer(new FontSetTextSystem(catalog)).RenderPdf(html, options).Pdf;

        Assert.That(second, Is.EqualTo(first));
    }

    private static IEnumerable<UglyToad.PdfPig.Content.MarkedContentElement> Flatten(IEnumerable<UglyToad.PdfPig.Content.MarkedContentElement> elements) =>
        elements.SelectMany(e => new[] { e }.Concat(Flatten(e.Children)));

    /// <summary>An outliner that draws nothing and counts the characters it is given.</summary>
    private sealed class CountingOutliner : ISvgTextOutliner
    {
        public int Characters { get; private set; }

        public SvgTextOutline Outline(string text, SvgTextFont font)
        {
            Characters += text.Length;
            return new SvgTextOutline([], text.Length);
        }
    }
}
