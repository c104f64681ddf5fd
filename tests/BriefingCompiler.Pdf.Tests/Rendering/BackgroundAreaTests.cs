using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Tests.Images;
using SkiaSharp;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// Where a background is painted (background-clip) and where its image starts (background-origin), and the colours
/// it is painted in (out-of-range rgb() channels, colour keywords in SVG), as pixels on an 800 × 600 px page.
/// </summary>
public class BackgroundAreaTests
{
    private static (PageRaster Page, IReadOnlyList<PdfMessage> Messages) Render(string style, string body, string? resourceFolder = null)
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderRaster(
            $"<!DOCTYPE html><html><head><style>body {{ margin: 0 }} {style}</style></head><body>{body}</body></html>",
            new PdfRenderOptions { PageSize = new PageSize(600, 450), PageMargin = 0, PreviewDpi = 96, ResourceFolder = resourceFolder });
        return (result.Pages.Single(), result.Messages);
    }

    private static SKColor Pixel(PageRaster page, int x, int y)
    {
        var at = (y * page.Width + x) * 4;
        return new SKColor(page.Rgba[at], page.Rgba[at + 1], page.Rgba[at + 2], page.Rgba[at + 3]);
    }

    // A 100 × 100 content box inside 20 px of padding inside a 10 px transparent border: border box 0..160.
    private const string Box = "div { width: 100px; height: 100px; padding: 20px; border: 10px solid transparent; background-color: black }";

    [TestCase("", true, true)]
    [TestCase("div { background-clip: border-box }", true, true)]
    [TestCase("div { background-clip: padding-box }", false, true)]
    [TestCase("div { background-clip: content-box }", false, false)]
    public void Background_clip_chooses_the_box_the_colour_fills(string clip, bool underBorder, bool underPadding)
    {
        var (page, messages) = Render(Box + clip, "<div></div>");

        Assert.Multiple(() =>
        {
            Assert.That(Pixel(page, 5, 80), Is.EqualTo(underBorder ? SKColors.Black : SKColors.White), "under the border");
            Assert.That(Pixel(page, 20, 80), Is.EqualTo(underPadding ? SKColors.Black : SKColors.White), "in the padding");
            Assert.That(Pixel(page, 80, 80), Is.EqualTo(SKColors.Black), "in the content box");
            Assert.That(messages.Select(m => m.Code), Does.Not.Contain("PDF101"));
        });
    }

    [TestCase("border-box", 0)]
    [TestCase("padding-box", 10)]
    [TestCase("content-box", 30)]
    public void Background_origin_chooses_where_the_image_starts(string origin, int start)
    {
        // 20 × 20 px, its left half red, its right half blue, drawn once.
        var folder = Directory.CreateTempSubdirectory("briefc-origin-").FullName;
        File.WriteAllBytes(Path.Combine(folder, "tile.png"), TestImages.Png(20, 20));
        var (page, _) = Render(
            $"div {{ width: 100px; height: 100px; padding: 20px; border: 10px solid transparent; background: url(tile.png) no-repeat; background-origin: {origin} }}",
            "<div></div>", folder);
        Directory.Delete(folder, recursive: true);

        Assert.Multiple(() =>
        {
            Assert.That(Pixel(page, start + 5, start + 5), Is.EqualTo(SKColors.Red), "the image's left half");
            Assert.That(Pixel(page, start + 15, start + 5), Is.EqualTo(SKColors.Blue), "its right half");
            Assert.That(Pixel(page, start + 25, start + 5), Is.EqualTo(SKColors.White), "drawn once");
            if (start > 0)
                Assert.That(Pixel(page, start - 3, start - 3), Is.EqualTo(SKColors.White), "nothing before the origin");
        });
    }

    [Test]
    public void Rgb_channels_out_of_range_are_clamped_in_sheets_and_style_attributes()
    {
        var (page, _) = Render(
            "#sheet { height: 50px; background-color: rgb(101%, -1%, 0%) }",
            """<div id="sheet"></div><div style="height: 50px; background-color: rgb(-10, 300, -1)"></div>""");

        Assert.Multiple(() =>
        {
            Assert.That(Pixel(page, 10, 25), Is.EqualTo(new SKColor(255, 0, 0)), "101% is 100%, -1% is 0%");
            Assert.That(Pixel(page, 10, 75), Is.EqualTo(new SKColor(0, 255, 0)), "-10 is 0, 300 is 255");
        });
    }

    [Test]
    public void Svg_fills_may_use_any_css_colour_keyword()
    {
        var svg = """<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="20" height="20" fill="lime"/><rect x="20" width="20" height="20" fill="aqua"/></svg>""";
        var source = "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
        var (page, messages) = Render("img { display: block }", $"""<img src="{source}" alt="">""");

        Assert.Multiple(() =>
        {
            Assert.That(Pixel(page, 10, 10), Is.EqualTo(new SKColor(0, 255, 0)), "lime");
            Assert.That(Pixel(page, 30, 10), Is.EqualTo(new SKColor(0, 255, 255)), "aqua");
            Assert.That(messages.Select(m => m.Code), Does.Not.Contain("PDF152"));
        });
    }

    [TestCase("color: rgb(101%, 0%, 0%)", "color: rgb(100%, 0%, 0%)")]
    [TestCase("a { color: RGBA(-1, 256, 10, 2) }", "a { color: RGBA(0, 255, 10, 1) }")]
    [TestCase("a { border: 1px solid rgb(-5, 0, 0) !important; color: red }", "a { border: 1px solid rgb(0, 0, 0) !important; color: red }")]
    [TestCase("a { color: rgb(10%, 20%, 30%) }", "a { color: rgb(10%, 20%, 30%) }")]
    [TestCase("a { color: rgb(var(--x)) }", "a { color: rgb(var(--x)) }")]
    public void Rgb_channel_clamping_rewrites_only_values_out_of_range(string css, string expected) =>
        Assert.That(InvalidDeclarations.Filter(css), Is.EqualTo(expected));
}
