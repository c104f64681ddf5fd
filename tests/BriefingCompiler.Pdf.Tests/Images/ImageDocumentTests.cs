using System.Diagnostics;
using System.Text;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Tests.Layout;
using SkiaSharp;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Images;

/// <summary>
/// Images in documents, end to end: HTML with &lt;img&gt;, inline &lt;svg&gt;, backgrounds and list images in a
/// folder of real image files, rendered to PDF (read back with PdfPig) and to pixels.
/// </summary>
public class ImageDocumentTests
{
    private DirectoryInfo folder = null!;
    private FontCatalog catalog = null!;

    [OneTimeSetUp]
    public void Fonts() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeFonts() => catalog.Dispose();

    [SetUp]
    public void MakeFolder()
    {
        folder = Directory.CreateTempSubdirectory("briefc-images-");
        Directory.CreateDirectory(Path.Combine(folder.FullName, "template", "img"));
        File.WriteAllBytes(Path.Combine(folder.FullName, "template", "img", "logo.png"), TestImages.Png(64, 32));
    }

    [TearDown]
    public void RemoveFolder() => folder.Delete(recursive: true);

    private string Template => Path.Combine(folder.FullName, "template");

    private static string Page(string body, string css = "") =>
        $"<!DOCTYPE html><html lang=\"en\"><head><style>@page {{ size: 300pt 300pt; margin: 20pt }} body {{ margin: 0; font-family: sans-serif; font-size: 10pt }} {css}</style></head><body>{body}</body></html>";

    private PdfRenderResult Render(string html, bool realFonts = false) =>
        new PdfRenderer(realFonts ? new FontSetTextSystem(catalog) : new MonospaceTextSystem()).RenderPdf(html, new PdfRenderOptions { ResourceFolder = Template });

    private BriefingCompiler.Pdf.Rendering.PageRaster Raster(string html) =>
        new PdfRenderer(new MonospaceTextSystem()).RenderRaster(html, new PdfRenderOptions { ResourceFolder = Template, PreviewDpi = 72 }).Pages[0];

    private static UglyToad.PdfPig.Content.IPdfImage OnlyImage(byte[] pdf, int page = 1)
    {
        using var document = PdfDocument.Open(pdf);
        var images = document.GetPage(page).GetImages().ToList();
        Assert.That(images, Has.Count.EqualTo(1));
        return images[0];
    }

    private static int ImageXObjects(byte[] pdf) => System.Text.RegularExpressions.Regex.Count(Encoding.Latin1.GetString(pdf), @"/Subtype\s*/Image");

    [Test]
    public void An_img_takes_its_own_size_one_pixel_a_css_px()
    {
        var result = Render(Page("<img src=\"img/logo.png\" alt=\"Logo\">"));

        var image = OnlyImage(result.Pdf);
        Assert.That(image.BoundingBox.Width, Is.EqualTo(48).Within(0.01), "64 px = 48 pt");
        Assert.That(image.BoundingBox.Height, Is.EqualTo(24).Within(0.01));
        Assert.That(image.BoundingBox.Left, Is.EqualTo(20).Within(0.01));
        Assert.That(image.BoundingBox.Top, Is.EqualTo(280).Within(0.01), "at the top of the content box (PDF y runs up)");
        Assert.That(result.Messages, Is.Empty);
    }

    [Test]
    public void Width_and_height_attributes_and_css_size_it_keeping_the_ratio_when_one_is_given()
    {
        Assert.Multiple(() =>
        {
            Assert.That(OnlyImage(Render(Page("<img src=\"img/logo.png\" width=\"128\">")).Pdf).BoundingBox.Height, Is.EqualTo(48).Within(0.01), "width 128 px, height from the 2:1 ratio");
            var both = OnlyImage(Render(Page("<img src=\"img/logo.png\" width=\"40\" height=\"40\">")).Pdf).BoundingBox;
            Assert.That((both.Width, both.Height), Is.EqualTo((30.0, 30.0)), "both attributes: stretched");
            Assert.That(OnlyImage(Render(Page("<img src=\"img/logo.png\" style=\"height: 12pt\" width=\"400\">")).Pdf).BoundingBox.Width, Is.EqualTo(300).Within(0.01), "CSS height with the width attribute");
            Assert.That(OnlyImage(Render(Page("<img src=\"img/logo.png\" style=\"width: 50%\">")).Pdf).BoundingBox.Width, Is.EqualTo(130).Within(0.01), "half the 260 pt content width");
        });
    }

    [Test]
    public void Max_width_100_percent_scales_a_large_image_down_to_its_container_keeping_the_ratio()
    {
        File.WriteAllBytes(Path.Combine(Template, "wide.png"), TestImages.Png(1000, 250));

        var image = OnlyImage(Render(Page("<div style=\"width: 200pt\"><img src=\"wide.png\" style=\"max-width: 100%\"></div>")).Pdf).BoundingBox;

        Assert.That((image.Width, image.Height), Is.EqualTo((200.0, 50.0)));
    }

    [Test]
    public void A_logo_on_every_page_is_one_image_in_the_pdf()
    {
        var pages = string.Concat(Enumerable.Range(1, 5).Select(i => $"<div style=\"break-before: page\"><img src=\"img/logo.png\" alt=\"Logo\"><p>Page {i}</p></div>"));

        var pdf = Render(Page(pages)).Pdf;

        using var document = PdfDocument.Open(pdf);
        Assert.That(document.NumberOfPages, Is.EqualTo(5));
        Assert.That(Enumerable.Range(1, 5).Select(n => document.GetPage(n).GetImages().Count()), Is.All.EqualTo(1));
        Assert.That(ImageXObjects(pdf), Is.EqualTo(1));
    }

    [Test]
    public void A_jpeg_file_goes_into_the_pdf_unchanged()
    {
        var jpeg = TestImages.Png(40, 30, SKEncodedImageFormat.Jpeg);
        File.WriteAllBytes(Path.Combine(Template, "photo.jpg"), jpeg);

        var pdf = Render(Page("<img src=\"photo.jpg\">")).Pdf;

        Assert.That(pdf.AsSpan().IndexOf(jpeg), Is.GreaterThan(0));
        Assert.That(OnlyImage(pdf).BoundingBox.Width, Is.EqualTo(30).Within(0.01));
    }

    [Test]
    public void Gif_and_webp_are_read_gif_by_its_first_frame()
    {
        File.WriteAllBytes(Path.Combine(Template, "a.gif"), Convert.FromBase64String("R0lGODlhAQABAIAAAP8AAP///ywAAAAAAQABAAACAkQBADs="));
        File.WriteAllBytes(Path.Combine(Template, "b.webp"), TestImages.Png(20, 10, SKEncodedImageFormat.Webp));

        var result = Render(Page("<img src=\"a.gif\" style=\"width: 30pt\"><img src=\"b.webp\">"));

        using var document = PdfDocument.Open(result.Pdf);
        var images = document.GetPage(1).GetImages().OrderBy(i => i.BoundingBox.Width).ToList();
        Assert.That(result.Messages, Is.Empty);
        Assert.That(images.Select(i => Math.Round(i.BoundingBox.Width, 2)), Is.EqualTo(new[] { 15.0, 30.0 }));
        Assert.That(Raster(Page("<img src=\"a.gif\" style=\"width: 30pt\">")) is var raster && ImagePaintingTests.Pixel(raster, 30, 30) == SKColors.Red, Is.True, "the GIF's red pixel");
    }

    [Test]
    public void A_data_uri_image_is_read_without_any_folder()
    {
        var uri = "data:image/png;base64," + Convert.ToBase64String(TestImages.Png(8, 8));

        var result = new PdfRenderer(new MonospaceTextSystem()).RenderPdf(Page($"<img src=\"{uri}\">"), new PdfRenderOptions());

        Assert.That(OnlyImage(result.Pdf).BoundingBox.Width, Is.EqualTo(6).Within(0.01));
        Assert.That(result.Messages, Is.Empty);
    }

    [Test]
    public void A_named_image_is_read_by_its_address_and_encoded_once_for_every_document_of_a_renderer()
    {
        var png = TestImages.Png(40, 20);
        var options = new PdfRenderOptions { NamedImages = new Dictionary<string, byte[]> { ["briefc-emblem:1"] = png } };
        var renderer = new PdfRenderer(new MonospaceTextSystem());

        var first = renderer.RenderPdf(Page("<img src=\"briefc-emblem:1\">"), options);
        var second = renderer.RenderPdf(Page("<p>x</p><img src=\"briefc-emblem:1\" style=\"width: 10pt\">"), options);
        var unnamed = renderer.RenderPdf(Page("<img src=\"briefc-emblem:1\">"), new PdfRenderOptions());

        Assert.That(first.Messages, Is.Empty);
        Assert.That(OnlyImage(first.Pdf).BoundingBox.Width, Is.EqualTo(30).Within(0.01));
        // One encoding serves both documents: the image streams' bytes are the same.
        Assert.That(OnlyImage(second.Pdf).RawBytes.ToArray(), Is.EqualTo(OnlyImage(first.Pdf).RawBytes.ToArray()));
        Assert.That(unnamed.Messages.Select(m => m.Code), Does.Contain("PDF150"), "without the name the address is nothing the engine reads");
    }

    [Test]
    public void A_data_uri_used_by_many_documents_is_read_once()
    {
        var uri = "data:image/png;base64," + Convert.ToBase64String(TestImages.Png(8, 8));
        var cache = new BriefingCompiler.Pdf.Images.ImageCache();

        var one = new BriefingCompiler.Pdf.Images.ImageLoader(null, new BriefingCompiler.Pdf.Styling.MessageLog(), cache: cache).Load(uri);
        var other = new BriefingCompiler.Pdf.Images.ImageLoader(null, new BriefingCompiler.Pdf.Styling.MessageLog(), cache: cache).Load(new string(uri.AsSpan()));

        Assert.That(one, Is.Not.Null);
        Assert.That(other, Is.SameAs(one));
    }

    [Test]
    public void A_network_image_is_never_fetched_its_alt_text_is_shown()
    {
        var result = Render(Page("<p>Before</p><img src=\"https://example.org/logo.png\" alt=\"Ministry logo\"><p>After</p>"), realFonts: true);

        using var document = PdfDocument.Open(result.Pdf);
        Assert.That(document.GetPage(1).GetImages(), Is.Empty);
        Assert.That(document.GetPage(1).Text, Does.Contain("Ministry logo"));
        var warning = result.Messages.Single(m => m.Code == "PDF151");
        Assert.That(warning.Message, Does.Contain("https://example.org/logo.png"));
        Assert.That(warning.Source?.Line, Is.EqualTo(1));
    }

    [Test]
    public void A_missing_image_is_a_warning_naming_it_and_the_line_and_its_alt_text_is_shown()
    {
        var result = Render(Page("<p>x</p>\n\n<img src=\"img/nope.png\" alt=\"Seal\">"), realFonts: true);

        var warning = result.Messages.Single(m => m.Code == "PDF150");
        Assert.That(warning.Message, Does.Contain("img/nope.png").And.Contain("no such file"));
        Assert.That(warning.Source?.Line, Is.EqualTo(3));
        using var document = PdfDocument.Open(result.Pdf);
        Assert.That(document.GetPage(1).Text, Does.Contain("Seal"));
    }

    [Test]
    public void Nothing_outside_the_folder_is_read_neither_by_dot_dot_nor_by_an_absolute_path_nor_through_a_link()
    {
        var secret = Path.Combine(folder.FullName, "secret.png");
        File.WriteAllBytes(secret, TestImages.Png(4, 4));
        File.CreateSymbolicLink(Path.Combine(Template, "link.png"), secret);

        var result = Render(Page($"<img src=\"../secret.png\"><img src=\"{secret}\"><img src=\"file://{secret}\"><img src=\"link.png\">"));

        using var document = PdfDocument.Open(result.Pdf);
        Assert.That(document.GetPage(1).GetImages(), Is.Empty);
        Assert.That(result.Messages.Where(m => m.Code == "PDF150").Select(m => m.Message).ToList(), Has.Count.EqualTo(4)
            .And.Some.Contains("outside the template's folder")
            .And.Some.Contains("leads outside the folder (through a symbolic link)"));
    }

    [Test]
    public void A_truncated_png_is_a_warning_not_a_crash()
    {
        var png = TestImages.Png(200, 200);
        File.WriteAllBytes(Path.Combine(Template, "cut.png"), png[..(png.Length / 2)]);

        var result = Render(Page("<img src=\"cut.png\" alt=\"Cut\">"));

        Assert.That(result.Messages.Single(m => m.Code == "PDF150").Message, Does.Contain("cut.png").And.Contain("truncated"));
    }

    [Test]
    public void A_png_claiming_100000_by_100000_pixels_is_refused_from_its_header_before_decoding()
    {
        File.WriteAllBytes(Path.Combine(Template, "huge.png"), HugePngHeader(100_000, 100_000));
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        var result = Render(Page("<img src=\"huge.png\" alt=\"Huge\">"));

        Assert.That(result.Messages.Single(m => m.Code == "PDF150").Message, Does.Contain("100,000 × 100,000 pixels"));
        Assert.That(GC.GetTotalAllocatedBytes(precise: true) - before, Is.LessThan(200_000_000), "nothing near 40 GB is allocated");
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "a generous bound: the point is that it ends");
    }

    [Test]
    public void An_image_that_does_not_fit_below_text_moves_whole_to_the_next_page()
    {
        File.WriteAllBytes(Path.Combine(Template, "tall.png"), TestImages.Png(100, 200));

        var pdf = Render(Page("<div style=\"height: 200pt\"></div><img src=\"tall.png\">")).Pdf;

        using var document = PdfDocument.Open(pdf);
        Assert.That(document.NumberOfPages, Is.EqualTo(2));
        Assert.That(document.GetPage(1).GetImages(), Is.Empty);
        Assert.That(OnlyImage(pdf, 2).BoundingBox.Height, Is.EqualTo(150).Within(0.01), "whole, not split");
    }

    [Test]
    public void An_image_taller_than_a_page_is_scaled_down_to_fit_with_a_warning()
    {
        File.WriteAllBytes(Path.Combine(Template, "poster.png"), TestImages.Png(100, 1000));

        var result = Render(Page("<img src=\"poster.png\">"));

        var image = OnlyImage(result.Pdf).BoundingBox;
        Assert.That(image.Height, Is.EqualTo(260).Within(0.01), "the page's content height");
        Assert.That(image.Width, Is.EqualTo(26).Within(0.01), "the ratio kept");
        Assert.That(result.Messages.Select(m => m.Code), Does.Contain("PDF210"));
    }

    [Test]
    public void An_svg_file_is_drawn_as_vector_paths_never_as_an_image()
    {
        File.WriteAllText(Path.Combine(Template, "emblem.svg"), """
            <svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 200 100">
              <defs><linearGradient id="g"><stop offset="0" stop-color="#00f"/><stop offset="1" stop-color="#0f0"/></linearGradient></defs>
              <rect x="0" y="0" width="100" height="100" fill="red"/>
              <circle cx="150" cy="50" r="40" fill="url(#g)" stroke="black" stroke-width="4"/>
            </svg>
            """);

        var result = Render(Page("<img src=\"emblem.svg\" alt=\"Emblem\">"));

        using var document = PdfDocument.Open(result.Pdf);
        var page = document.GetPage(1);
        Assert.That(page.GetImages(), Is.Empty);
        Assert.That(ImageXObjects(result.Pdf), Is.Zero);
        // The red square is a filled path; the circle a stroked path around a gradient (a shading clipped to the circle).
        Assert.That(page.Paths.Count(p => p.IsFilled), Is.GreaterThanOrEqualTo(1));
        Assert.That(page.Paths.Count(p => p.IsStroked), Is.GreaterThanOrEqualTo(1));
        Assert.That(result.Messages, Is.Empty);
        var raster = Raster(Page("<img src=\"emblem.svg\">"));
        Assert.That(ImagePaintingTests.Pixel(raster, 30, 30), Is.EqualTo(SKColors.Red), "the red square's middle (100 × 50 px = 75 × 37.5 pt at 20 pt)");
        Assert.That(ImagePaintingTests.Pixel(raster, 76, 38), Is.Not.EqualTo(SKColors.White), "the circle's middle (150, 50 of 200 × 100)");
    }

    [Test]
    public void An_inline_svg_is_drawn_as_vector_paths()
    {
        var result = Render(Page("""<svg width="40" height="40" viewBox="0 0 10 10"><title>Seal</title><path d="M0 0 H10 V10 Z" fill="#0000ff"/></svg>"""));

        using var document = PdfDocument.Open(result.Pdf);
        Assert.That(document.GetPage(1).GetImages(), Is.Empty);
        Assert.That(document.GetPage(1).Paths.Count(p => p.IsFilled), Is.GreaterThanOrEqualTo(1));
        var raster = Raster(Page("""<svg width="40" height="40" viewBox="0 0 10 10"><path d="M0 0 H10 V10 Z" fill="#0000ff"/></svg>"""));
        Assert.That(ImagePaintingTests.Pixel(raster, 45, 25), Is.EqualTo(SKColors.Blue), "above the diagonal");
        Assert.That(ImagePaintingTests.Pixel(raster, 25, 45), Is.EqualTo(SKColors.White), "below it");
    }

    [Test]
    public void An_svg_without_a_size_is_300_by_150_px_as_css_says()
    {
        File.WriteAllText(Path.Combine(Template, "nosize.svg"), """<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>""");

        var pdf = Render(Page("<div style=\"width: 250pt\"><img src=\"nosize.svg\" style=\"border: 1pt solid black\"></div>")).Pdf;

        using var document = PdfDocument.Open(pdf);
        var border = document.GetPage(1).Paths.Where(p => p.IsStroked).Select(p => p.GetBoundingRectangle()?.Width ?? 0).Max();
        Assert.That(border, Is.EqualTo(225 + 2).Within(0.01), "300 px wide, plus the borders");
    }

    [Test]
    public void An_svg_nested_a_million_groups_deep_is_refused_in_bounded_time()
    {
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\">");
        for (var i = 0; i < 1_000_000; i++)
            svg.Append("<g>");
        svg.Append("<rect width=\"1\" height=\"1\"/>");
        for (var i = 0; i < 1_000_000; i++)
            svg.Append("</g>");
        svg.Append("</svg>");
        File.WriteAllText(Path.Combine(Template, "deep.svg"), svg.ToString());
        var clock = Stopwatch.StartNew();

        var result = Render(Page("<img src=\"deep.svg\" alt=\"Deep\">"));

        Assert.That(result.Messages.Single(m => m.Code == "PDF150").Message, Does.Contain("nested more than 256 deep"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public void An_svg_entity_or_reference_to_a_file_outside_the_folder_or_the_network_reads_nothing()
    {
        var secretPath = Path.Combine(folder.FullName, "secret.txt");
        File.WriteAllText(secretPath, "TOPSECRET");
        File.WriteAllText(Path.Combine(folder.FullName, "outside.svg"), """<svg xmlns="http://www.w3.org/2000/svg"><rect id="r" width="5" height="5"/></svg>""");
        File.WriteAllText(Path.Combine(Template, "entity.svg"), $"""
            <?xml version="1.0"?>
            <!DOCTYPE svg [<!ENTITY secret SYSTEM "file://{secretPath}">]>
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><desc>&secret;</desc><rect width="10" height="10"/></svg>
            """);
        File.WriteAllText(Path.Combine(Template, "refs.svg"), """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
              <use xlink:href="../outside.svg#r"/><image xlink:href="http://example.org/x.png" width="5" height="5"/>
              <rect width="10" height="10" fill="green"/>
            </svg>
            """);

        var result = Render(Page("<img src=\"entity.svg\" alt=\"E\"><img src=\"refs.svg\" alt=\"R\">"), realFonts: true);

        var messages = result.Messages.Select(m => m.Code + " " + m.Message).ToList();
        Assert.That(messages, Has.Some.Contains("PDF150").And.Some.Contains("entity.svg").And.Some.Contains("not well-formed"));
        Assert.That(messages, Has.Some.Contains("PDF152").And.Some.Contains("'../outside.svg#r' is not followed"));
        Assert.That(messages, Has.Some.Contains("<image> is not drawn"));
        Assert.That(Encoding.Latin1.GetString(result.Pdf), Does.Not.Contain("TOPSECRET"));
        using var document = PdfDocument.Open(result.Pdf);
        Assert.That(document.GetPage(1).Text, Does.Not.Contain("TOPSECRET"));
        Assert.That(document.GetPage(1).Paths.Count(p => p.IsFilled), Is.EqualTo(1), "only the green square of refs.svg");
    }

    [Test]
    public void Object_fit_contain_and_cover_place_the_image_in_its_box()
    {
        // 64 × 32 px, left half red, right half blue, in a 40 × 40 pt box at (20, 20).
        var contain = Raster(Page("<img src=\"img/logo.png\" style=\"width: 40pt; height: 40pt; object-fit: contain\">"));
        var cover = Raster(Page("<img src=\"img/logo.png\" style=\"width: 40pt; height: 40pt; object-fit: cover; object-position: left top\">"));

        Assert.Multiple(() =>
        {
            Assert.That(ImagePaintingTests.Pixel(contain, 30, 23), Is.EqualTo(SKColors.White), "contain: letterboxed above the 40 × 20 image");
            Assert.That(ImagePaintingTests.Pixel(contain, 30, 40), Is.EqualTo(SKColors.Red));
            Assert.That(ImagePaintingTests.Pixel(contain, 50, 40), Is.EqualTo(SKColors.Blue));
            Assert.That(ImagePaintingTests.Pixel(cover, 50, 55), Is.EqualTo(SKColors.Red), "cover: 80 × 40, its left half fills the box");
            Assert.That(ImagePaintingTests.Pixel(cover, 62, 40), Is.EqualTo(SKColors.White), "and nothing past the box");
        });
    }

    [Test]
    public void A_background_image_repeats_and_is_one_image_in_the_pdf()
    {
        File.WriteAllBytes(Path.Combine(Template, "tile.png"), TestImages.Png(8, 8));
        var html = Page("<div style=\"height: 60pt; background-image: url('tile.png')\"></div><div style=\"height: 60pt; background: url(tile.png) no-repeat 100% 0\"></div>");

        var result = Render(html);
        var raster = Raster(html);

        Assert.That(result.Messages, Is.Empty);
        Assert.That(ImageXObjects(result.Pdf), Is.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(ImagePaintingTests.Pixel(raster, 22, 22), Is.EqualTo(SKColors.Red), "tile 1, left half");
            Assert.That(ImagePaintingTests.Pixel(raster, 24, 22), Is.EqualTo(SKColors.Blue), "tile 1, right half");
            Assert.That(ImagePaintingTests.Pixel(raster, 27, 22), Is.EqualTo(SKColors.Red), "tile 2 (6 pt a tile)");
            Assert.That(ImagePaintingTests.Pixel(raster, 275, 82), Is.EqualTo(SKColors.Red), "no-repeat at the right edge: 274–280");
            Assert.That(ImagePaintingTests.Pixel(raster, 278, 82), Is.EqualTo(SKColors.Blue));
            Assert.That(ImagePaintingTests.Pixel(raster, 100, 82), Is.EqualTo(SKColors.White), "nothing else");
        });
    }

    [Test]
    public void A_background_on_body_shows_on_every_page_once_in_the_pdf_without_warnings()
    {
        var pages = string.Concat(Enumerable.Range(1, 3).Select(i => $"<p style=\"break-before: page\">Page {i}</p>"));

        var result = Render(Page(pages, "body { background: url(img/logo.png) no-repeat right top; background-size: 30pt auto }"));

        using var document = PdfDocument.Open(result.Pdf);
        Assert.That(result.Messages, Is.Empty);
        Assert.That(Enumerable.Range(1, 3).Select(n => document.GetPage(n).GetImages().Single().BoundingBox.Right), Is.All.EqualTo(280).Within(0.01));
        Assert.That(ImageXObjects(result.Pdf), Is.EqualTo(1));
    }

    [Test]
    public void A_list_style_image_replaces_the_bullet()
    {
        File.WriteAllBytes(Path.Combine(Template, "bullet.png"), TestImages.Png(8, 8));

        var result = Render(Page("<ul style=\"list-style-image: url(bullet.png); padding-left: 30pt\"><li>One</li><li>Two</li></ul>"));

        using var document = PdfDocument.Open(result.Pdf);
        var images = document.GetPage(1).GetImages().ToList();
        Assert.That(images, Has.Count.EqualTo(2));
        Assert.That(images.Select(i => Math.Round(i.BoundingBox.Width, 2)), Is.All.EqualTo(6.0));
        Assert.That(images.Select(i => i.BoundingBox.Right), Is.All.LessThan(50), "before the content, which starts at 50 pt");
        Assert.That(ImageXObjects(result.Pdf), Is.EqualTo(1));
        Assert.That(result.Messages, Is.Empty);
    }

    [Test]
    public void An_image_in_a_link_is_a_link()
    {
        var pdf = Render(Page("<a href=\"https://example.org/\"><img src=\"img/logo.png\"></a>")).Pdf;

        using var document = PdfDocument.Open(pdf);
        var link = document.GetPage(1).GetHyperlinks().Single();
        Assert.That(link.Uri, Is.EqualTo("https://example.org/"));
        Assert.That(link.Bounds.Width, Is.EqualTo(48).Within(0.01));
    }

    /// <summary>A PNG signature and IHDR chunk (with its CRC) claiming the given size, and nothing else.</summary>
    internal static byte[] HugePngHeader(int width, int height)
    {
        var ihdr = new byte[17];
        "IHDR"u8.CopyTo(ihdr);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(8), height);
        ihdr[12] = 8; // bit depth
        ihdr[13] = 6; // RGBA
        var crc = TestImages.PngCrc32(ihdr);
        var png = new List<byte>([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        png.AddRange(ihdr);
        png.AddRange([(byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc]);
        return [.. png];
    }
}
