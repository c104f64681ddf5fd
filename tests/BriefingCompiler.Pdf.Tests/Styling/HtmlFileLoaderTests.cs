using AngleSharp.Html.Parser;
using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Tests.Styling;

/// <summary>Standalone HTML/XHTML files made into the engine's HTML: XML parsing, entities, and where style sheets may come from.</summary>
public class HtmlFileLoaderTests
{
    private string folder = "";

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("briefc-loader-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static AngleSharp.Dom.IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private const string XhtmlStart = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
        """;

    [Test]
    public void XHTML_is_read_as_XML_and_written_as_standards_mode_HTML()
    {
        var path = Write("a.xht", XhtmlStart + """
            <head><title>T &amp; t</title><style type="text/css">/* <![CDATA[ */ div > p { color: green } /* ]]> */</style></head>
            <body><div id="empty"/><p title="a &quot;b&quot; &lt; c">x &lt; y&nbsp;&eacute;&#x263A;<br/>z</p><pre>
            kept</pre></body></html>
            """);

        var loaded = HtmlFileLoader.Load(path);

        Assert.That(loaded.Problems, Is.Empty);
        Assert.That(loaded.Html, Does.StartWith("<!DOCTYPE html>\n"));
        var document = Parse(loaded.Html!);
        Assert.Multiple(() =>
        {
            Assert.That(document.Doctype!.Name, Is.EqualTo("html"));
            Assert.That(document.Title, Is.EqualTo("T & t"));
            Assert.That(document.QuerySelector("style")!.TextContent, Does.Contain("div > p { color: green }"), "style text is not escaped");
            Assert.That(document.GetElementById("empty")!.ChildNodes, Is.Empty, "<div/> is an empty element in XML");
            var p = document.QuerySelector("body > p")!;
            Assert.That(p.GetAttribute("title"), Is.EqualTo("a \"b\" < c"));
            Assert.That(p.TextContent, Is.EqualTo("x < y\u00A0é☺z"), "HTML's named references are known in XHTML, as browsers know them");
            Assert.That(p.QuerySelectorAll("br"), Has.Length.EqualTo(1));
            Assert.That(document.QuerySelector("pre")!.TextContent, Is.EqualTo("\nkept"), "the newline after <pre> is the text's own in XML");
            Assert.That(document.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"));
        });
    }

    [Test]
    public void An_XHTML_page_and_the_same_page_in_HTML_render_to_the_same_pixels()
    {
        const string body = """<body style="margin:0"><div style="width:50px;padding-top:50px;background:#00f"></div><table style="border-spacing:0"><tr><td style="background:#0f0;padding:10px">cell</td></tr></table><p>Text &amp; more</p></body>""";
        var xhtml = Write("same.xht", XhtmlStart + "<head><title>t</title></head>" + body + "</html>");
        var html = Write("same.html", "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head>" + body + "</html>");
        using var catalog = new FontCatalog();
        var renderer = new PdfRenderer(catalog);
        var options = new PdfRenderOptions { PageSize = new PageSize(300, 200), PageMargin = 0 };

        var fromXhtml = renderer.RenderRaster(HtmlFileLoader.Load(xhtml).Html!, options).Pages.Single();
        var fromHtml = renderer.RenderRaster(HtmlFileLoader.Load(html).Html!, options).Pages.Single();

        Assert.That(fromXhtml.Rgba, Is.EqualTo(fromHtml.Rgba));
        Assert.That(fromXhtml.Rgba.Distinct().Count(), Is.GreaterThan(2), "something was drawn");
    }

    [Test]
    public void Not_well_formed_XHTML_gives_no_HTML_and_an_error_at_its_place()
    {
        var path = Write("bad.xht", XhtmlStart + "<body>\n<p>a <b>b</p>\n</body></html>");

        var loaded = HtmlFileLoader.Load(path);

        Assert.That(loaded.Html, Is.Null);
        var problem = loaded.Problems.Single();
        Assert.That((problem.Severity, problem.Code, problem.Line), Is.EqualTo((PdfMessageSeverity.Error, HtmlFileLoader.NotWellFormedCode, 4)), "the line where </p> meets the open <b>");
    }

    [Test]
    public void An_external_DTD_is_never_read()
    {
        Write("entities.dtd", "<!ENTITY secret \"read from the DTD\">");
        var path = Write("dtd.xht", "<?xml version=\"1.0\"?>\n<!DOCTYPE html SYSTEM \"entities.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&secret;</p></body></html>");

        var loaded = HtmlFileLoader.Load(path);

        Assert.That(loaded.Html, Is.Null, "the entity stays unknown: the DTD beside the file was not loaded");
        Assert.That(loaded.Problems.Single().Code, Is.EqualTo(HtmlFileLoader.NotWellFormedCode));
        var internalSubset = Write("internal.xht", "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY secret \"declared here\">]>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&secret;</p></body></html>");
        Assert.That(Parse(HtmlFileLoader.Load(internalSubset).Html!).QuerySelector("p")!.TextContent, Is.EqualTo("declared here"), "the same entity declared in the file itself is known");
    }

    [Test]
    public void HTML_without_style_sheet_links_is_handed_over_as_written()
    {
        const string text = "<!DOCTYPE html><html><body><p>unclosed <b>bold</p></body></html>";
        var path = Write("plain.html", text);

        Assert.That(HtmlFileLoader.Load(path), Is.EqualTo(new LoadedHtml(text, [])).Using<LoadedHtml>((a, b) => a.Html == b.Html && a.Problems.Count == b.Problems.Count));
    }

    [Test]
    public void Linked_style_sheets_from_the_folder_and_below_are_inlined_in_place_with_their_media()
    {
        Write("support/a.css", "p { color: green }");
        Write("b.css", "p { color: blue }");
        var path = Write("page.html", """
            <!DOCTYPE html>
            <html><head><style>p { color: red }</style>
            <link rel="stylesheet" href="support/a.css" media="print">
            <link rel="alternate stylesheet" href="b.css">
            <link rel="icon" href="b.css">
            </head><body><p>x</p></body></html>
            """);

        var loaded = HtmlFileLoader.Load(path);

        Assert.That(loaded.Problems, Is.Empty);
        var styles = Parse(loaded.Html!).QuerySelectorAll("style").Select(s => (s.GetAttribute("media"), s.TextContent)).ToList();
        Assert.That(styles, Is.EqualTo(new[] { ((string?)null, "p { color: red }"), ("print", "p { color: green }") }), "in document order; alternate sheets and other links are not style sheets");
        Assert.That(loaded.Html, Does.StartWith("<!DOCTYPE html>"));
    }

    [TestCase("../outside.css", "it leads out of the input's folder")]
    [TestCase("support/../../outside.css", "it leads out of the input's folder")]
    [TestCase("/etc/passwd", "it is not a relative path to a file")]
    [TestCase("http://example.org/a.css", "it is not a relative path (briefc reads style sheets only from the input's folder, never from the network)")]
    [TestCase("//example.org/a.css", "it is not a relative path")]
    [TestCase("file:///etc/passwd", "it is not a relative path")]
    [TestCase("data:text/css,p{color:red}", "it is not a relative path")]
    [TestCase("missing.css", "no such file")]
    public void Style_sheets_from_anywhere_else_are_left_out_with_a_warning(string href, string reason)
    {
        Write("outside.css", "p { color: red }");
        var path = Write("page/index.html", $"<!DOCTYPE html>\n<html><head>\n  <link rel=\"stylesheet\" href=\"{href}\">\n</head><body><p>x</p></body></html>");

        var loaded = HtmlFileLoader.Load(path);

        Assert.That(Parse(loaded.Html!).QuerySelectorAll("style, link"), Is.Empty);
        var problem = loaded.Problems.Single();
        Assert.That((problem.Code, problem.Severity, problem.Line, problem.Column), Is.EqualTo((HtmlFileLoader.StyleSheetNotLoadedCode, PdfMessageSeverity.Warning, 3, 3)));
        Assert.That(problem.Message, Does.StartWith($"The style sheet '{href}' is not used: {reason}"));
    }

    [Test]
    public void A_symbolic_link_leading_out_of_the_folder_is_not_followed()
    {
        var outside = Write("outside.css", "p { color: red }");
        Directory.CreateDirectory(Path.Combine(folder, "page", "support"));
        File.CreateSymbolicLink(Path.Combine(folder, "page", "support", "link.css"), outside);
        var path = Write("page/index.html", "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"support/link.css\"></head><body></body></html>");

        var loaded = HtmlFileLoader.Load(path);

        Assert.That(loaded.Problems.Single().Message, Does.Contain("it leads outside the folder (through a symbolic link)"));
        Assert.That(loaded.Html, Does.Not.Contain("color: red"));
    }

    [Test]
    public void A_linked_folder_leading_out_of_the_folder_is_not_followed_either()
    {
        Write("elsewhere/secret.css", "p { color: red }");
        Directory.CreateDirectory(Path.Combine(folder, "page"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "page", "support"), Path.Combine(folder, "elsewhere"));
        var path = Write("page/index.html", "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"support/secret.css\"></head><body></body></html>");

        var loaded = HtmlFileLoader.Load(path);

        Assert.That(loaded.Problems.Single().Message, Does.Contain("it leads outside the folder (through a symbolic link)"));
        Assert.That(loaded.Html, Does.Not.Contain("color: red"));
    }
}
