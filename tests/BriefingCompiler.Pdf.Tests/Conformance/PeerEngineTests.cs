using System.Text;
using System.Xml.Linq;
using BriefingCompiler.Conformance;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Rendering;

namespace BriefingCompiler.Pdf.Tests.Conformance;

/// <summary>
/// What the harness sets up to run a peer engine (Chromium, WeasyPrint) as it runs ours: the fonts.conf, the page style,
/// the copy of a page that carries it, the command lines, the sample, and a runner judging another renderer's pixels.
/// None of it runs a peer: the peers need not be installed.
/// </summary>
public class PeerEngineTests
{
    [Test]
    public void The_fonts_conf_resolves_every_family_as_our_engine_does()
    {
        using var fonts = new FontCatalog();

        Assert.Multiple(() =>
        {
            foreach (var (family, bundled) in PeerFontConfig.Aliases)
                Assert.That(fonts.Match(family, 400, false)?.Family, Is.EqualTo(bundled), family);
            Assert.That(fonts.Match(FontCatalog.DefaultFamily, 400, false)?.Family, Is.EqualTo(PeerFontConfig.Aliases["serif"]),
                "a family nothing has falls back to serif in the fonts.conf, to the default family in our engine");
        });
    }

    [Test]
    public void The_fonts_conf_lists_only_the_given_folders_and_maps_the_generic_families()
    {
        var text = PeerFontConfig.Text(["/repo/fonts", "/suite/fonts/R&D ahem"], "/work/cache");
        var root = XDocument.Parse(text).Root!;
        var assignments = root.Elements("match").Where(m => m.Element("test") is not null)
            .ToDictionary(m => m.Element("test")!.Element("string")!.Value, m => m.Element("edit")!.Element("string")!.Value);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.StartWith("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">"));
            Assert.That(root.Name.LocalName, Is.EqualTo("fontconfig"));
            Assert.That(root.Elements("dir").Select(d => d.Value), Is.EqualTo(new[] { "/repo/fonts", "/suite/fonts/R&D ahem" }));
            Assert.That(root.Element("cachedir")!.Value, Is.EqualTo("/work/cache"));
            Assert.That(root.Elements("include"), Is.Empty, "nothing of the system's configuration, so none of its fonts");
            Assert.That(assignments["serif"], Is.EqualTo("Tinos"));
            Assert.That(assignments["sans-serif"], Is.EqualTo("Noto Sans"));
            Assert.That(assignments["monospace"], Is.EqualTo("Noto Sans Mono"));
            Assert.That(root.Elements("match").First().Element("edit")!.Attribute("mode")!.Value, Is.EqualTo("append_last"),
                "serif is appended to every pattern before the generic families are mapped");
        });
    }

    [Test]
    public void The_page_style_sets_the_harness_page_over_the_documents_own()
    {
        Assert.That(PeerCommand.PageStyle, Is.EqualTo("@page { size: 800px 600px !important; margin: 0 !important }\n"));
    }

    [Test]
    public void The_style_goes_first_in_the_head_with_a_base_of_the_pages_folder()
    {
        const string page = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml"><head profile="x"><title>t</title><link rel="stylesheet" href="support/a.css"/></head><body><header/></body></html>
            """;

        var style = PeerCommand.PageStyle;
        var copy = PageStyleInjection.Into(page, "/suite/css21/my tests", style);
        var head = XDocument.Parse(copy).Root!.Elements().First();

        Assert.Multiple(() =>
        {
            Assert.That(head.Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "base", "style", "title", "link" }));
            Assert.That(head.Elements().First().Attribute("href")!.Value, Is.EqualTo("file:///suite/css21/my%20tests/"));
            Assert.That(head.Elements().ElementAt(1).Value, Is.EqualTo(style));
            Assert.That(head.Elements().Take(2).Select(e => e.Attribute("style")!.Value), Is.All.EqualTo("display: none !important"));
            Assert.That(copy.Replace(copy[copy.IndexOf("<base", StringComparison.Ordinal)..(copy.IndexOf("</style>", StringComparison.Ordinal) + "</style>".Length)], ""),
                Is.EqualTo(page), "nothing else changes");
        });
    }

    [TestCase("<!DOCTYPE html><html lang=en><p>x", "<!DOCTYPE html><html lang=en>")]
    [TestCase("<!doctype html>\n<p>x", "<!doctype html>")]
    [TestCase("<p>x", "")]
    [TestCase("<html><header>h</header><head></head>", "<html><header>h</header><head>")]
    public void Without_a_head_the_style_goes_after_the_root_or_the_doctype(string page, string before)
    {
        var copy = PageStyleInjection.Into(page, "/s", "p { }");

        Assert.That(copy, Does.StartWith(before + "<base href=\"file:///s/\""));
    }

    [Test]
    public void A_copy_keeps_every_byte_of_the_page_whatever_its_encoding()
    {
        var folder = Directory.CreateTempSubdirectory("briefc-peer-copy-").FullName;
        try
        {
            var latin1 = Path.Combine(folder, "latin1.html");
            File.WriteAllBytes(latin1, [.. Encoding.ASCII.GetBytes("<html><head></head><body>"), 0xE9, 0xFF, .. Encoding.ASCII.GetBytes("</body></html>")]);
            var utf16 = Path.Combine(folder, "utf16.html");
            File.WriteAllBytes(utf16, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<html><head></head><body>é €</body></html>")]);

            PageStyleInjection.Copy(latin1, Path.Combine(folder, "latin1-copy.html"), "p { }");
            PageStyleInjection.Copy(utf16, Path.Combine(folder, "utf16-copy.html"), "p { }");
            var latin1Copy = File.ReadAllBytes(Path.Combine(folder, "latin1-copy.html"));
            var utf16Copy = File.ReadAllText(Path.Combine(folder, "utf16-copy.html"));

            Assert.Multiple(() =>
            {
                Assert.That(latin1Copy[^16..^14], Is.EqualTo(new byte[] { 0xE9, 0xFF }));
                Assert.That(utf16Copy, Does.EndWith("</style></head><body>é €</body></html>"));
                Assert.That(utf16Copy, Does.Contain($"<base href=\"{new Uri(folder + "/").AbsoluteUri}\""));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void The_peers_print_to_pdf_with_the_fonts_conf_and_pdftoppm_rasterises_at_96_dpi()
    {
        var chromium = PeerCommand.Chromium("/w/1/page.xht", "/w/1/page.pdf", "/w/1/profile", "/w/fonts.conf");
        var weasyprint = PeerCommand.WeasyPrint("/suite/a b.xht", "/w/2/page.pdf", "/w/page.css", "/w/fonts.conf");
        var pdftoppm = PeerCommand.Pdftoppm("/w/2/page.pdf", "/w/2/page");

        Assert.Multiple(() =>
        {
            Assert.That(chromium.FileName, Is.EqualTo("chromium"));
            Assert.That(chromium.ArgumentList, Is.SupersetOf(new[] { "--headless", "--no-sandbox", "--no-pdf-header-footer", "--user-data-dir=/w/1/profile", "--print-to-pdf=/w/1/page.pdf" }));
            Assert.That(chromium.ArgumentList[^1], Is.EqualTo("file:///w/1/page.xht"));
            Assert.That(chromium.Environment["FONTCONFIG_FILE"], Is.EqualTo("/w/fonts.conf"));
            Assert.That(weasyprint.FileName, Is.EqualTo("weasyprint"));
            Assert.That(weasyprint.ArgumentList, Is.EqualTo(new[] { "--quiet", "-s", "/w/page.css", "/suite/a b.xht", "/w/2/page.pdf" }));
            Assert.That(weasyprint.Environment["FONTCONFIG_FILE"], Is.EqualTo("/w/fonts.conf"));
            Assert.That(pdftoppm.FileName, Is.EqualTo("pdftoppm"));
            Assert.That(pdftoppm.ArgumentList, Is.EqualTo(new[] { "-r", "96", "-png", "/w/2/page.pdf", "/w/2/page" }));
            Assert.That(() => PeerCommand.Program(ReftestEngine.Briefc), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void A_program_is_found_in_the_first_folder_of_the_path_that_has_it()
    {
        var first = Directory.CreateTempSubdirectory("briefc-path-a-").FullName;
        var second = Directory.CreateTempSubdirectory("briefc-path-b-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(second, "peer"), "");
            File.WriteAllText(Path.Combine(first, "other"), "");
            var path = string.Join(Path.PathSeparator, first, second);

            Assert.Multiple(() =>
            {
                Assert.That(ExecutableSearch.Find("peer", path), Is.EqualTo(Path.Combine(second, "peer")));
                Assert.That(ExecutableSearch.Find("missing", path), Is.Null);
                Assert.That(ExecutableSearch.Find("peer", ""), Is.Null);
            });
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }

    [Test]
    public void The_sample_takes_every_nth_runnable_test_of_each_folder_in_path_order()
    {
        static Reftest Test(string path, string? skip = null) =>
            new(path, path[..path.LastIndexOf('/')], [], FuzzyTolerance.Default, skip);
        Reftest[] tests =
        [
            Test("css21/b/t5.xht"), Test("css21/a/t1.xht"), Test("css21/a/t2.xht", "script"), Test("css21/a/t3.xht"),
            Test("css21/a/t4.xht"), Test("css21/a/t6.xht"), Test("css21/b/t1.xht"), Test("css21/b/t9.xht"),
        ];

        Assert.Multiple(() =>
        {
            Assert.That(ReftestSample.EveryNth(tests, 2).Select(t => t.Path),
                Is.EqualTo(new[] { "css21/a/t1.xht", "css21/a/t4.xht", "css21/b/t1.xht", "css21/b/t9.xht" }));
            Assert.That(ReftestSample.EveryNth(tests, 1).Select(t => t.Path).ToList(), Has.Count.EqualTo(7).And.No.EqualTo("css21/a/t2.xht"));
            Assert.That(() => ReftestSample.EveryNth(tests, 0), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void A_runner_judges_another_renderers_pages_by_the_same_rules_and_a_failing_render_fails_its_test_alone()
    {
        static PageRaster Page(byte red) =>
            new(4, 3, [.. Enumerable.Range(0, 12).SelectMany(_ => new byte[] { red, 128, 0, 255 })]);
        var pages = new Dictionary<string, IReadOnlyList<PageRaster>>
        {
            ["d/pass.xht"] = [Page(0)], ["d/ref.xht"] = [Page(0)], ["d/fail.xht"] = [Page(200)], ["d/two.xht"] = [Page(0), Page(0)],
        };
        IReadOnlyList<PageRaster> Render(string path) =>
            pages.TryGetValue(path, out var found) ? found : throw new TimeoutException($"peer did not finish {path} in 30 s");
        static Reftest Test(string name, string reference = "d/ref.xht") =>
            new("d/" + name, "d", [new ReftestReference(ReferenceKind.Match, reference)], FuzzyTolerance.Default, null);
        Reftest[] tests = [Test("pass.xht"), Test("fail.xht"), Test("two.xht"), Test("hang.xht"), Test("pass.xht", "d/hang-ref.xht")];
        var suite = Directory.CreateTempSubdirectory("briefc-peer-suite-").FullName;
        try
        {
            // The runner reads a matching reference for references of its own (a chain); this one has none.
            Directory.CreateDirectory(Path.Combine(suite, "d"));
            File.WriteAllText(Path.Combine(suite, "d", "ref.xht"), "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>r</title></head><body/></html>");
            var runner = new ReftestRunner(suite, Render, TimeSpan.FromSeconds(60), tests);
            var results = tests.Select(runner.Run).Select(r => (r.Status, r.Detail)).ToList();

            Assert.That(results, Is.EqualTo(new[]
            {
                (ReftestStatus.Passed, ""),
                (ReftestStatus.Failed, "differs from d/ref.xht: 12 pixels differ, by up to 200"),
                (ReftestStatus.Failed, "differs from d/ref.xht: 2 pages, the reference 1"),
                (ReftestStatus.Failed, "exception TimeoutException: peer did not finish d/hang.xht in 30 s"),
                (ReftestStatus.Failed, "exception TimeoutException: peer did not finish d/hang-ref.xht in 30 s"),
            }));
        }
        finally
        {
            Directory.Delete(suite, recursive: true);
        }
    }
}
