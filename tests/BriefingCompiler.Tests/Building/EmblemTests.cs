using AngleSharp.Html.Parser;
using Briefc;
using BriefingCompiler.Tests.Cli;
using UglyToad.PdfPig;

namespace BriefingCompiler.Tests.Building;

/// <summary>briefc.yaml's <c>emblem</c>: the image and the organisation's name at the head of the built-in template's
/// first page (HTML and PDF), the name in every page's running header when asked, and the image confined to the project.</summary>
public class EmblemTests
{
    private const string Svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">
          <circle cx="50" cy="50" r="46" fill="#1f3a5f"/>
        </svg>
        """;

    private string _project = null!;

    [SetUp]
    public void CreateProject()
    {
        _project = Directory.CreateTempSubdirectory("briefc-emblem-").FullName;
        Directory.CreateDirectory(Path.Combine(_project, "briefings"));
        Directory.CreateDirectory(Path.Combine(_project, "assets"));
        foreach (var language in new[] { "en", "ar" })
            SampleBriefings.CopyTo(Path.Combine(_project, "briefings"), language, $"s.{language}.yaml");
        File.WriteAllText(Path.Combine(_project, "assets", "emblem.svg"), Svg);
    }

    [TearDown]
    public void DeleteProject() => Directory.Delete(_project, recursive: true);

    private void Project(string emblem) =>
        File.WriteAllText(Path.Combine(_project, "briefc.yaml"), "briefc: 1\nformats: [html, pdf]\nemblem:\n" + emblem);

    [Test]
    public void The_emblem_and_the_name_in_the_briefings_language_head_the_first_page()
    {
        Project("  image: assets/emblem.svg\n  organisation:\n    en: Governmental Advisory Committee\n    '*': GAC\n");

        var run = CliRun.In(_project, "build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output + run.Error);
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_project, "out", "s.en.html")));
        var image = html.QuerySelector("header .emblem img");
        Assert.That(image, Is.Not.Null);
        Assert.That(image!.GetAttribute("src"), Does.StartWith("data:image/svg+xml;base64,"));
        Assert.That(Convert.FromBase64String(image.GetAttribute("src")!["data:image/svg+xml;base64,".Length..]), Is.EqualTo(File.ReadAllBytes(Path.Combine(_project, "assets", "emblem.svg"))));
        Assert.That(image.GetAttribute("alt"), Is.Empty, "the name beside it says what it is");
        Assert.That(html.QuerySelector("header .organisation")?.TextContent, Is.EqualTo("Governmental Advisory Committee"));
        var arabic = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_project, "out", "s.ar.html")));
        Assert.That(arabic.QuerySelector("header .organisation")?.TextContent, Is.EqualTo("GAC"), "'*' serves every other language");

        using var pdf = PdfDocument.Open(Path.Combine(_project, "out", "s.en.pdf"));
        var first = pdf.GetPage(1);
        var name = first.GetWords().First(w => w.Text == "Governmental");
        Assert.That(name.BoundingBox.Bottom, Is.GreaterThan(first.Height * 0.8), "the name is at the head of the page");
        // The SVG stays vector: a filled path in the emblem's colour left of the name, not an image.
        Assert.That(first.ExperimentalAccess.Paths.Any(p => p.IsFilled && p.GetBoundingRectangle() is { } box && box.Right <= name.BoundingBox.Left && box.Top > first.Height * 0.8), Is.True);
        Assert.That(pdf.GetPage(2).Text, Does.Not.Contain("Governmental"), "not in the running header unless asked");
    }

    [Test]
    public void Every_page_puts_the_name_in_the_running_header_of_the_pages_after_the_first()
    {
        Project("  image: assets/emblem.svg\n  organisation: Governmental Advisory Committee\n  every_page: true\n");

        var run = CliRun.In(_project, "build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output + run.Error);
        using var pdf = PdfDocument.Open(Path.Combine(_project, "out", "s.en.pdf"));
        var second = pdf.GetPage(2);
        var words = second.GetWords().Where(w => w.Text == "Governmental").ToList();
        Assert.That(words, Has.Count.EqualTo(1));
        Assert.That(words[0].BoundingBox.Bottom, Is.GreaterThan(second.Height - 24 / 25.4 * 72), "in the top margin band");
    }

    [Test]
    public void Every_page_draws_a_raster_emblem_in_the_running_header_once_per_pdf()
    {
        File.WriteAllBytes(Path.Combine(_project, "assets", "emblem.png"), PdfBuildTests.Png(120, 60));
        Project("  image: assets/emblem.png\n  organisation: GAC\n  every_page: true\n");

        var run = CliRun.In(_project, "build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output + run.Error);
        using var pdf = PdfDocument.Open(Path.Combine(_project, "out", "s.en.pdf"));
        Assert.That(pdf.NumberOfPages, Is.GreaterThan(2));
        foreach (var page in pdf.GetPages().Skip(1))
        {
            var header = page.GetImages().Where(i => i.BoundingBox.Bottom > page.Height - 24 / 25.4 * 72).ToList();
            Assert.That(header, Has.Count.EqualTo(1), $"page {page.Number}");
            Assert.That(header[0].BoundingBox.Height, Is.EqualTo(7 / 25.4 * 72).Within(0.05), "the template's 7 mm");
        }

        // One image XObject in the file, however many pages show it.
        var bytes = File.ReadAllBytes(Path.Combine(_project, "out", "s.en.pdf"));
        Assert.That(System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(bytes), "/Subtype/Image"), Is.EqualTo(1));
    }

    [Test]
    public void A_changed_emblem_image_rebuilds_the_briefings()
    {
        Project("  image: assets/emblem.svg\n");
        Assert.That(CliRun.In(_project, "build").ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(CliRun.In(_project, "build").Output, Does.Contain("Built 0"));

        File.WriteAllText(Path.Combine(_project, "assets", "emblem.svg"), Svg.Replace("#1f3a5f", "#8b1a1a"));
        var run = CliRun.In(_project, "build");

        Assert.That(run.Output, Does.Contain("Built 2"), "the image's bytes are an input of every briefing");
        Assert.That(File.ReadAllText(Path.Combine(_project, "out", "s.en.html")), Does.Contain(Convert.ToBase64String(File.ReadAllBytes(Path.Combine(_project, "assets", "emblem.svg")))),
            "an emblem of a few kilobytes sits inside the page, which stays one self-contained file");
    }

    [Test]
    public void An_opaque_png_emblem_goes_into_each_pdf_as_its_own_compressed_rows_and_the_manifest_hashes_the_file_written()
    {
        var random = new Random(15);
        using var bitmap = new SkiaSharp.SKBitmap(new SkiaSharp.SKImageInfo(300, 200, SkiaSharp.SKColorType.Rgba8888, SkiaSharp.SKAlphaType.Opaque));
        for (var y = 0; y < 200; y++)
        for (var x = 0; x < 300; x++)
            bitmap.SetPixel(x, y, new SkiaSharp.SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
        using var encoded = SkiaSharp.SKImage.FromBitmap(bitmap).Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        var png = encoded.ToArray();
        Assert.That(png[25], Is.EqualTo(2), "an RGB PNG without alpha");
        File.WriteAllBytes(Path.Combine(_project, "assets", "emblem.png"), png);
        Project("  image: assets/emblem.png\n  organisation: GAC\n  every_page: true\n");

        var run = CliRun.In(_project, "build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output + run.Error);
        var pdf = File.ReadAllBytes(Out("s.en.pdf"));
        var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (png.AsSpan(at + 4, 4).SequenceEqual("IDAT"u8))
                idat.Write(png, at + 8, length);
            at += 12 + length;
        }

        Assert.That(pdf.AsSpan().IndexOf(idat.ToArray()), Is.GreaterThan(0), "the PNG's own zlib data, neither decoded nor deflated again");
        using (var document = PdfDocument.Open(pdf))
            Assert.That(document.GetPages().Skip(1).Select(p => p.GetImages().Count()), Is.All.EqualTo(1));
        // The manifest's hash, taken as the file was written from its pieces, is the hash of the bytes on disk…
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Out(".briefc-manifest.json")));
        var hashes = manifest.RootElement.GetProperty("briefings").EnumerateObject()
            .SelectMany(b => b.Value.GetProperty("outputs").EnumerateObject()).DistinctBy(o => o.Name).ToDictionary(o => o.Name, o => o.Value.GetString());
        foreach (var name in new[] { "s.en.pdf", "s.ar.pdf", "s.en.html" })
            Assert.That(hashes[name], Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Out(name))))), name);
        // …so the next build finds every output as it was written.
        Assert.That(CliRun.In(_project, "build").Output, Does.Contain("Built 0"));
    }

    /// <summary>A PNG of noise: it does not compress, so its file is as large as a photographic logo's.</summary>
    private static byte[] NoisePng(int width, int height, int seed)
    {
        var random = new Random(seed);
        using var bitmap = new SkiaSharp.SKBitmap(width, height);
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
            bitmap.SetPixel(x, y, new SkiaSharp.SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
        using var data = SkiaSharp.SKImage.FromBitmap(bitmap).Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private string Out(string name) => Path.Combine(_project, "out", name);

    private string EmblemSource(string page) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Out(page))).QuerySelector("header .emblem img")!.GetAttribute("src")!;

    [Test]
    public void A_large_emblem_is_written_once_beside_the_pages_which_link_it()
    {
        var image = NoisePng(200, 200, 1);
        Assert.That(image, Has.Length.GreaterThan(BriefingCompiler.Assets.ImageAsset.InlineMaxBytes));
        File.WriteAllBytes(Path.Combine(_project, "assets", "emblem.png"), image);
        Project("  image: assets/emblem.png\n  organisation: GAC\n  every_page: true\n");

        var run = CliRun.In(_project, "build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output + run.Error);
        var name = EmblemSource("s.en.html");
        Assert.That(name, Does.Match("^briefc-emblem-[0-9a-f]{16}\\.png$"), "a file beside the page, named for its bytes");
        Assert.That(EmblemSource("s.ar.html"), Is.EqualTo(name), "one file for every page");
        Assert.That(File.ReadAllBytes(Out(name)), Is.EqualTo(image));
        Assert.That(Directory.GetFiles(Path.Combine(_project, "out"), "briefc-emblem-*"), Has.Length.EqualTo(1));
        Assert.That(new FileInfo(Out("s.en.html")).Length, Is.LessThan(image.Length), "the page does not carry the image");
        using (var pdf = PdfDocument.Open(Out("s.en.pdf")))
            Assert.That(pdf.GetPage(1).GetImages().Count(), Is.EqualTo(1), "the PDF still carries it: a PDF stands alone");
        Assert.That(run.Output, Does.Not.Contain("briefc-emblem-"), "the briefings' own outputs are listed, not the shared file");
        Assert.That(CliRun.In(_project, "build").Output, Does.Contain("Built 0"));

        File.Delete(Out(name));
        Assert.That(CliRun.In(_project, "build").Output, Does.Contain("Built 2"), "a page whose emblem file is gone is rebuilt");
        Assert.That(File.ReadAllBytes(Out(name)), Is.EqualTo(image));
    }

    [Test]
    public void A_replaced_large_emblem_is_a_new_file_and_the_old_one_goes_once_no_page_links_it()
    {
        File.WriteAllBytes(Path.Combine(_project, "assets", "emblem.png"), NoisePng(200, 200, 1));
        Project("  image: assets/emblem.png\n");
        Assert.That(CliRun.In(_project, "build").ExitCode, Is.EqualTo(ExitCodes.Success));
        var old = EmblemSource("s.en.html");

        File.WriteAllBytes(Path.Combine(_project, "assets", "emblem.png"), NoisePng(200, 200, 2));
        var run = CliRun.In(_project, "build");

        Assert.That(run.Output, Does.Contain("Built 2"), run.Output + run.Error);
        var renewed = EmblemSource("s.en.html");
        Assert.That(renewed, Is.Not.EqualTo(old), "a new name: no browser shows a cached old emblem");
        Assert.That(File.Exists(Out(renewed)), Is.True);
        Assert.That(File.Exists(Out(old)), Is.False, "no page links the old emblem any more");

        // One of the two briefings gone: the other still links the emblem, which stays; the last gone: it goes.
        File.Delete(Path.Combine(_project, "briefings", "s.ar.yaml"));
        CliRun.In(_project, "build");
        Assert.That(File.Exists(Out(renewed)), Is.True);
        File.Delete(Path.Combine(_project, "briefings", "s.en.yaml"));
        SampleBriefings.CopyTo(Path.Combine(_project, "briefings"), "en", "t.en.yaml");
        Project("  image: assets/emblem.svg\n");
        CliRun.In(_project, "build");
        Assert.That(File.Exists(Out(renewed)), Is.False);
        Assert.That(EmblemSource("t.en.html"), Does.StartWith("data:image/svg+xml;base64,"), "a small emblem sits inside the page");
    }

    [Test]
    public void A_link_planted_where_the_emblem_file_goes_is_replaced_not_written_through()
    {
        var image = NoisePng(200, 200, 3);
        File.WriteAllBytes(Path.Combine(_project, "assets", "emblem.png"), image);
        Project("  image: assets/emblem.png\n");
        var victim = Path.Combine(Path.GetTempPath(), $"briefc-emblem-victim-{Guid.NewGuid():N}.png");
        File.WriteAllText(victim, "precious");
        Directory.CreateDirectory(Path.Combine(_project, "out"));
        var name = "briefc-emblem-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(image))[..16] + ".png";
        File.CreateSymbolicLink(Out(name), victim);
        try
        {
            var run = CliRun.In(_project, "build");

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Output + run.Error);
            Assert.That(File.ReadAllText(victim), Is.EqualTo("precious"));
            Assert.That(new FileInfo(Out(name)).LinkTarget, Is.Null);
            Assert.That(File.ReadAllBytes(Out(name)), Is.EqualTo(image));
        }
        finally
        {
            File.Delete(victim);
        }
    }

    [TestCase("../outside.svg", "without '..'")]
    [TestCase("/etc/passwd", "without '..'")]
    [TestCase("assets/missing.svg", "no such file")]
    [TestCase("assets/link.svg", "leads outside the folder")]
    [TestCase("assets/text.svg", "is not a PNG, JPEG, GIF, WebP or SVG image")]
    public void An_emblem_that_cannot_be_used_is_an_error_at_its_line_that_says_why(string image, string reason)
    {
        var outside = Path.Combine(Path.GetTempPath(), $"briefc-emblem-outside-{Guid.NewGuid():N}.svg");
        File.WriteAllText(outside, Svg);
        File.WriteAllText(Path.Combine(_project, "assets", "text.svg"), "not an image at all");
        File.CreateSymbolicLink(Path.Combine(_project, "assets", "link.svg"), outside);
        try
        {
            Project($"  image: {image}\n");

            var run = CliRun.In(_project, "build");

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
            Assert.That(run.Output + run.Error, Does.Contain("briefc.yaml(4,10)").And.Contain("BRF3203").And.Contain(reason));
            Assert.That(Directory.Exists(Path.Combine(_project, "out")) ? Directory.GetFiles(Path.Combine(_project, "out"), "*.html") : [], Is.Empty);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Test]
    public void A_name_under_a_key_that_is_no_language_tag_is_an_error()
    {
        Project("  image: assets/emblem.svg\n  organisation:\n    english!: GAC\n");

        var run = CliRun.In(_project, "build");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(run.Output + run.Error, Does.Contain("briefc.yaml(6,5)").And.Contain("not a language tag"));
    }
}
