using System.Xml.Linq;
using BriefingCompiler.Pdf.Tests.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// The tagged PDF read back with PdfPig: a structure tree from the HTML's semantics in document order, every piece of
/// marked content referenced by exactly one element (and found again through the parent tree), decoration and the
/// running footer as artifacts, XMP that parses, the standards' identification and output intent, same bytes twice.
/// </summary>
public class TaggedPdfTests
{
    private const string RedSquare = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGP4z8AARwzEcQCukw/x0F8jngAAAABJRU5ErkJggg==";

    private const string Html = """
        <!DOCTYPE html><html lang="en"><head><title>Tagged briefing</title>
        <style>@page { size: A5; margin: 20mm; @bottom-center { content: "Footer page " counter(page) } }
        h1 { border-bottom: 1px solid black; background: #eee }</style></head><body>
        <h1>Heading one</h1>
        <p>First paragraph with <a href="https://example.org/">a link</a> in it.</p>
        <ol><li>Apple</li><li>Pear</li></ol>
        <table><thead><tr><th>Name</th><th>Role</th></tr></thead><tbody><tr><th>Ana</th><td>Chair</td></tr></tbody></table>
        <img src="RED" alt="A red square" width="8" height="8">
        <img src="RED" alt="" width="8" height="8">
        <p>Un mot <span lang="fr">bonjour</span> ici.</p>
        <div>Loose text</div>
        <h2>Heading two</h2>
        </body></html>
        """;

    private static readonly PdfRenderOptions Options = new() { Date = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), Standard = PdfStandard.Default };

    private static PdfRenderResult Render(string html = Html, PdfRenderOptions? options = null) =>
        new PdfRenderer(new MonospaceTextSystem()).RenderPdf(html.Replace("RED", RedSquare), options ?? Options);

    [Test]
    public void The_catalog_marks_the_document_as_tagged_with_a_structure_tree_and_a_language()
    {
        using var pdf = PdfDocument.Open(Render().Pdf);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;

        Assert.That(catalog.ContainsKey(NameToken.Create("StructTreeRoot")), Is.True);
        var markInfo = (DictionaryToken)catalog.Data["MarkInfo"];
        Assert.That(((BooleanToken)markInfo.Data["Marked"]).Data, Is.True);
        Assert.That(((StringToken)catalog.Data["Lang"]).Data, Is.EqualTo("en"));
        var preferences = (DictionaryToken)catalog.Data["ViewerPreferences"];
        Assert.That(((BooleanToken)preferences.Data["DisplayDocTitle"]).Data, Is.True);
    }

    [Test]
    public void Elements_follow_the_html_semantics_in_document_order()
    {
        using var pdf = PdfDocument.Open(Render().Pdf);
        var root = StructureTreeReader.Read(pdf)!;

        Assert.That(root.All().Select(e => e.Type), Is.EqualTo(new[]
        {
            "Document", "H1", "P", "Link", "L", "LI", "Lbl", "LBody", "LI", "Lbl", "LBody",
            "Table", "THead", "TR", "TH", "TH", "TBody", "TR", "TH", "TD",
            "Figure", "P", "Span", "P", "H2",
        }));
    }

    [Test]
    public void Each_element_holds_the_text_of_its_html_element()
    {
        using var pdf = PdfDocument.Open(Render().Pdf);
        var root = StructureTreeReader.Read(pdf)!;
        var text = MarkedText(pdf);
        string Of(StructureElement e) => string.Concat(e.MarkedContent().Select(k => text[(k.Page, k.Mcid)]));

        var elements = root.All().ToList();
        Assert.That(Of(elements.First(e => e.Type == "H1")), Is.EqualTo("Heading one"));
        Assert.That(Of(elements.First(e => e.Type == "Link")), Is.EqualTo("a link"));
        Assert.That(elements.Where(e => e.Type == "Lbl").Select(Of), Is.EqualTo(new[] { "1.", "2." }));
        Assert.That(elements.Where(e => e.Type == "LBody").Select(Of), Is.EqualTo(new[] { "Apple", "Pear" }));
        Assert.That(elements.Where(e => e.Type is "TH" or "TD").Select(Of), Is.EqualTo(new[] { "Name", "Role", "Ana", "Chair" }));
        Assert.That(Of(elements.First(e => e.Type == "Span")), Is.EqualTo("bonjour"));
        Assert.That(elements.First(e => e.Type == "Span").Text("Lang"), Is.EqualTo("fr"));
        Assert.That(Of(elements.Last(e => e.Type == "P")), Is.EqualTo("Loose text"), "text loose in the body is a paragraph of its own");
    }

    [Test]
    public void Every_marked_content_sequence_is_referenced_by_exactly_one_element_and_the_parent_tree_leads_back_to_it()
    {
        using var pdf = PdfDocument.Open(Render().Pdf);
        var root = StructureTreeReader.Read(pdf)!;

        var referenced = root.All().SelectMany(e => e.Kids.OfType<MarkedContentKid>().Select(k => (Kid: k, Element: e))).ToList();
        Assert.That(referenced.Select(r => r.Kid), Is.Unique, "no MCID belongs to two elements");
        var inContent = pdf.GetPages().SelectMany(p => Flatten(p.GetMarkedContents()).Where(m => !m.IsArtifact && m.MarkedContentIdentifier >= 0)
            .Select(m => new MarkedContentKid(p.Number, m.MarkedContentIdentifier))).ToList();
        Assert.That(inContent, Is.Not.Empty);
        Assert.That(referenced.Select(r => r.Kid), Is.EquivalentTo(inContent), "every MCID in the content is in the tree and every MCID in the tree is in the content");

        var parentTree = ParentTree(pdf);
        foreach (var page in pdf.GetPages())
        {
            var key = ((NumericToken)page.Dictionary.Data["StructParents"]).Int;
            var array = Resolve<ArrayToken>(pdf, parentTree[key]);
            foreach (var (kid, element) in referenced.Where(r => r.Kid.Page == page.Number))
            {
                Assert.That(((IndirectReferenceToken)array[kid.Mcid]).Data, Is.EqualTo(element.Reference), $"page {page.Number} MCID {kid.Mcid}");
            }
        }
    }

    [Test]
    public void Decoration_and_the_running_footer_are_artifacts_outside_the_tree()
    {
        using var pdf = PdfDocument.Open(Render().Pdf);
        var page = pdf.GetPage(1);
        var marked = Flatten(page.GetMarkedContents()).ToList();

        var artifactText = string.Concat(marked.Where(m => m.IsArtifact).SelectMany(m => m.Letters).Select(l => l.Value));
        var taggedText = string.Concat(marked.Where(m => !m.IsArtifact).SelectMany(m => m.Letters).Select(l => l.Value));
        Assert.That(artifactText, Does.Contain("Footer page 1"));
        Assert.That(taggedText, Does.Not.Contain("Footer"));
        Assert.That(marked.Where(m => m.IsArtifact).SelectMany(m => m.Paths), Is.Not.Empty, "the heading's border and background are artifacts");
        Assert.That(marked.Where(m => !m.IsArtifact).SelectMany(m => m.Paths).Where(p => p.IsFilled || p.IsStroked), Is.Empty,
            "no rule or background is tagged as content (an image's clip is not drawn)");
        Assert.That(page.Letters.Count, Is.EqualTo(marked.Sum(m => m.Letters.Count)), "every letter is inside marked content");
    }

    [Test]
    public void A_figure_carries_its_alt_text_and_an_image_with_empty_alt_is_decoration()
    {
        using var pdf = PdfDocument.Open(Render().Pdf);
        var figures = StructureTreeReader.Read(pdf)!.All().Where(e => e.Type == "Figure").ToList();
        var images = Flatten(pdf.GetPage(1).GetMarkedContents()).ToList();

        Assert.That(figures.Select(f => f.Text("Alt")), Is.EqualTo(new[] { "A red square" }));
        Assert.That(images.Where(m => !m.IsArtifact).Sum(m => m.Images.Count), Is.EqualTo(1));
        Assert.That(images.Where(m => m.IsArtifact).Sum(m => m.Images.Count), Is.EqualTo(1), "alt=\"\" draws the image as an artifact");
    }

    [Test]
    public void An_image_in_a_line_is_a_figure_inside_its_paragraph_and_adds_no_character_to_the_text()
    {
        const string html = """<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p>Logo <img src="RED" alt="Red logo" width="8" height="8"> and <span style="display: inline-block; border: 1px solid black">badge</span> here.</p></body></html>""";

        using var pdf = PdfDocument.Open(Render(html).Pdf);
        var paragraph = StructureTreeReader.Read(pdf)!.All().Single(e => e.Type == "P");

        Assert.That(paragraph.Children.Select(c => c.Type), Is.EqualTo(new[] { "Figure" }), "the image is read where it stands, inside the paragraph");
        Assert.That(paragraph.Children.Single().Text("Alt"), Is.EqualTo("Red logo"));
        var text = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));
        Assert.That(text, Does.Contain("Logo").And.Contain("badge").And.Contain("here."));
        Assert.That(text, Does.Not.Contain("\uFFFC"), "the object replacement character standing for the objects is never drawn");
        var marked = Flatten(pdf.GetPage(1).GetMarkedContents()).ToList();
        Assert.That(pdf.GetPage(1).Letters.Count, Is.EqualTo(marked.Sum(m => m.Letters.Count)), "the inline-block's text is marked content too");
    }

    [Test]
    public void An_image_in_the_text_of_a_link_is_a_figure_in_that_link_not_in_a_second_one()
    {
        const string html = """<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p>See <a href="https://example.org/">the <img src="RED" alt="Logo" width="8" height="8"> site</a>.</p></body></html>""";

        using var pdf = PdfDocument.Open(Render(html).Pdf);
        var links = StructureTreeReader.Read(pdf)!.All().Where(e => e.Type == "Link").ToList();

        Assert.That(links, Has.Count.EqualTo(1));
        Assert.That(links[0].Children.Select(c => c.Type), Is.EqualTo(new[] { "Figure" }));
    }

    [Test]
    public void Table_header_cells_have_a_scope_from_where_they_are()
    {
        using var pdf = PdfDocument.Open(Render().Pdf);
        var headers = StructureTreeReader.Read(pdf)!.All().Where(e => e.Type == "TH").ToList();

        string Scope(StructureElement th) => ((NameToken)((DictionaryToken)th.Dictionary.Data["A"]).Data["Scope"]).Data;
        Assert.That(headers.Select(Scope), Is.EqualTo(new[] { "Column", "Column", "Row" }));
    }

    [Test]
    public void Cells_with_headers_name_their_header_cells_by_id_and_the_id_tree_leads_to_them()
    {
        const string html = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><table>"
            + "<tr><td></td><th id=\"y24\">2024</th><th id=\"y25\">2025</th></tr>"
            + "<tr><th id=\"gac\">GAC</th><td headers=\"gac y24\">12</td><td headers=\"gac y25 nowhere\">14</td></tr>"
            + "</table></body></html>";
        using var pdf = PdfDocument.Open(Render(html).Pdf);
        var cells = StructureTreeReader.Read(pdf)!.All().Where(e => e.Type is "TH" or "TD").ToList();

        string? Id(StructureElement e) => e.Dictionary.Data.TryGetValue("ID", out var id) ? ((StringToken)id).Data : null;
        List<string> Headers(StructureElement e) =>
            e.Dictionary.Data.TryGetValue("A", out var a) && ((DictionaryToken)a).Data.TryGetValue("Headers", out var headers)
                ? ((ArrayToken)headers).Data.Cast<StringToken>().Select(t => t.Data).ToList()
                : [];
        Assert.That(cells.Select(Id), Is.EqualTo(new[] { null, "y24", "y25", "gac", null, null }));
        // An id that names no cell ("nowhere") is left out: a reader could not follow it.
        Assert.That(cells.Select(Headers), Is.EqualTo(new List<string>[] { [], [], [], [], ["gac", "y24"], ["gac", "y25"] }));

        var root = Resolve<DictionaryToken>(pdf, pdf.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        var names = ((ArrayToken)Resolve<DictionaryToken>(pdf, root.Data["IDTree"]).Data["Names"]).Data;
        var tree = Enumerable.Range(0, names.Count / 2).ToDictionary(i => ((StringToken)names[2 * i]).Data, i => ((IndirectReferenceToken)names[2 * i + 1]).Data);
        Assert.That(tree.Keys, Is.EqualTo(new[] { "gac", "y24", "y25" }), "keys in sorted order");
        foreach (var cell in cells.Where(c => Id(c) is not null)) Assert.That(tree[Id(cell)!], Is.EqualTo(cell.Reference));
    }

    [Test]
    public void A_link_annotation_is_a_kid_of_its_link_element_and_points_back_to_it()
    {
        using var pdf = PdfDocument.Open(Render().Pdf);
        var link = StructureTreeReader.Read(pdf)!.All().Single(e => e.Type == "Link");
        var annotationReference = link.Kids.OfType<ObjectKid>().Single().Object;
        var annotation = Resolve<DictionaryToken>(pdf, new IndirectReferenceToken(annotationReference));

        Assert.That(((NameToken)annotation.Data["Subtype"]).Data, Is.EqualTo("Link"));
        Assert.That(((StringToken)annotation.Data["Contents"]).Data, Is.EqualTo("https://example.org/"), "PDF/UA: a link annotation is described");
        var key = ((NumericToken)annotation.Data["StructParent"]).Int;
        Assert.That(((IndirectReferenceToken)ParentTree(pdf)[key]).Data, Is.EqualTo(link.Reference));
        Assert.That(((NameToken)pdf.GetPage(1).Dictionary.Data["Tabs"]).Data, Is.EqualTo("S"), "tab order follows the structure");
    }

    [Test]
    public void A_header_row_repeated_on_later_pages_is_an_artifact_and_in_the_tree_once()
    {
        var rows = string.Concat(Enumerable.Range(1, 60).Select(i => $"<tr><td>Row {i}</td></tr>"));
        var html = $"<!DOCTYPE html><html lang=\"en\"><head><title>t</title><style>@page {{ size: A6; margin: 10mm }}</style></head><body><table><thead><tr><th>Heading</th></tr></thead><tbody>{rows}</tbody></table></body></html>";
        using var pdf = PdfDocument.Open(Render(html).Pdf);
        Assert.That(pdf.NumberOfPages, Is.GreaterThan(1));
        var text = MarkedText(pdf);
        var tree = StructureTreeReader.Read(pdf)!;

        var headers = tree.All().Where(e => e.Type == "TH").ToList();
        Assert.That(headers, Has.Count.EqualTo(1));
        Assert.That(string.Concat(headers[0].MarkedContent().Select(k => text[(k.Page, k.Mcid)])), Is.EqualTo("Heading"));
        var secondPage = Flatten(pdf.GetPage(2).GetMarkedContents()).ToList();
        Assert.That(string.Concat(secondPage.Where(m => m.IsArtifact).SelectMany(m => m.Letters).Select(l => l.Value)), Does.Contain("Heading"));
        Assert.That(tree.All().Count(e => e.Type == "TD"), Is.EqualTo(60), "every body row once, whichever page it is on");
    }

    [Test]
    public void Xmp_metadata_parses_and_carries_title_language_producer_and_pdf_ua_identification()
    {
        using var pdf = PdfDocument.Open(Render().Pdf);
        Assert.That(pdf.TryGetXmpMetadata(out var xmp), Is.True);
        var document = XDocument.Parse(System.Text.Encoding.UTF8.GetString(xmp!.GetXmlBytes().ToArray()).TrimStart('\uFEFF'));
        XNamespace dc = "http://purl.org/dc/elements/1.1/", rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            pdfNs = "http://ns.adobe.com/pdf/1.3/", pdfuaid = "http://www.aiim.org/pdfua/ns/id/", pdfaid = "http://www.aiim.org/pdfa/ns/id/";

        Assert.That(document.Descendants(dc + "title").Descendants(rdf + "li").Single().Value, Is.EqualTo("Tagged briefing"));
        Assert.That(document.Descendants(dc + "language").Descendants(rdf + "li").Single().Value, Is.EqualTo("en"));
        Assert.That(document.Descendants(pdfNs + "Producer").Single().Value, Is.EqualTo("briefc"));
        Assert.That(document.Descendants(pdfuaid + "part").Single().Value, Is.EqualTo("1"));
        Assert.That(document.Descendants(pdfaid + "part"), Is.Empty, "no PDF/A claim unless asked");
        Assert.That(pdf.Structure.Catalog.CatalogDictionary.ContainsKey(NameToken.Create("OutputIntents")), Is.False);
    }

    [Test]
    public void Pdf_a_2u_adds_its_identification_an_srgb_output_intent_and_cid_sets()
    {
        var bytes = Render(options: Options with { Standard = PdfStandard.TryParse("ua-1,a-2u", out _)! }).Pdf;
        using var pdf = PdfDocument.Open(bytes);
        Assert.That(pdf.TryGetXmpMetadata(out var xmp), Is.True);
        var document = XDocument.Parse(System.Text.Encoding.UTF8.GetString(xmp!.GetXmlBytes().ToArray()).TrimStart('\uFEFF'));
        XNamespace pdfaid = "http://www.aiim.org/pdfa/ns/id/", pdfaSchema = "http://www.aiim.org/pdfa/ns/schema#";
        Assert.That(document.Descendants(pdfaid + "part").Single().Value, Is.EqualTo("2"));
        Assert.That(document.Descendants(pdfaid + "conformance").Single().Value, Is.EqualTo("U"));
        Assert.That(document.Descendants(pdfaSchema + "prefix").Single().Value, Is.EqualTo("pdfuaid"), "PDF/A wants the pdfuaid schema declared");

        var intents = (ArrayToken)pdf.Structure.Catalog.CatalogDictionary.Data["OutputIntents"];
        var intent = (DictionaryToken)intents[0];
        Assert.That(((NameToken)intent.Data["S"]).Data, Is.EqualTo("GTS_PDFA1"));
        var profileStream = Resolve<StreamToken>(pdf, intent.Data["DestOutputProfile"]);
        Assert.That(((NumericToken)profileStream.StreamDictionary.Data["N"]).Int, Is.EqualTo(3));
        using var inflated = new System.IO.Compression.ZLibStream(new MemoryStream(profileStream.Data.ToArray()), System.IO.Compression.CompressionMode.Decompress);
        using var profileBytes = new MemoryStream();
        inflated.CopyTo(profileBytes);
        var profile = profileBytes.ToArray();
        AssertSrgbProfile(profile);

        Assert.That(PdfObjectText.Of(bytes), Does.Contain("/CIDSet"), "font descriptors list their CIDs");
    }

    [Test]
    public void Same_input_gives_the_same_bytes_with_every_standard()
    {
        foreach (var standard in new[] { "ua-1", "ua-1,a-2u", "a-3b", "ua-1,a-1b", "none" })
        {
            var options = Options with { Standard = PdfStandard.TryParse(standard, out _)! };
            Assert.That(Render(options: options).Pdf, Is.EqualTo(Render(options: options).Pdf), standard);
        }
    }

    [Test]
    public void Under_ua_1_an_image_without_alt_is_a_warning_naming_its_line_and_alt_empty_is_not()
    {
        const string html = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>\n<p>x</p>\n<img src=\"RED\">\n<img src=\"RED\" alt=\"\"></body></html>";
        var result = Render(html);
        var warnings = result.Messages.Where(m => m.Code == "PDF310").ToList();

        Assert.That(warnings, Has.Count.EqualTo(1));
        Assert.That(warnings[0].Source?.Line, Is.EqualTo(3));
        Assert.That(Render(html, Options with { Standard = PdfStandard.TryParse("none", out _)! }).Messages.Select(m => m.Code), Has.None.EqualTo("PDF310"));
        Assert.That(Render(html, new PdfRenderOptions()).Messages.Select(m => m.Code), Has.None.EqualTo("PDF310"), "the engine alone claims no standard");
    }

    [Test]
    public void Under_ua_1_a_document_without_a_title_is_a_warning()
    {
        var result = Render("<!DOCTYPE html><html lang=\"en\"><body><p>x</p></body></html>");

        Assert.That(result.Messages.Select(m => m.Code), Does.Contain("PDF311"));
    }

    [TestCase("ua-1", true, 0, '\0')]
    [TestCase("a-2b", false, 2, 'B')]
    [TestCase("ua-1,a-1b", true, 1, 'B')]
    [TestCase(" UA-1 , a-3u ", true, 3, 'U')]
    [TestCase("a-2u,ua-1", true, 2, 'U')]
    [TestCase("none", false, 0, '\0')]
    public void Standards_are_read_from_a_comma_separated_list(string text, bool ua, int part, char level)
    {
        Assert.That(PdfStandard.TryParse(text, out var error), Is.EqualTo(new PdfStandard(ua, part, level)));
        Assert.That(error, Is.Null);
    }

    [TestCase("a-2b,a-3b", "two PDF/A levels")]
    [TestCase("a-1a", "not supported")]
    [TestCase("ua-2", "unknown PDF standard 'ua-2'")]
    [TestCase("none,ua-1", "unknown PDF standard 'none'")]
    [TestCase("", "no PDF standard given")]
    public void Unknown_or_contradictory_standards_are_refused_with_a_reason(string text, string reason)
    {
        Assert.That(PdfStandard.TryParse(text, out var error), Is.Null);
        Assert.That(error, Does.Contain(reason));
    }

    /// <summary>The ICC header and the sRGB curve, checked against the standard's numbers rather than the writer's code.</summary>
    private static void AssertSrgbProfile(byte[] profile)
    {
        uint U32(int at) => (uint)(profile[at] << 24 | profile[at + 1] << 16 | profile[at + 2] << 8 | profile[at + 3]);
        string Tag(int at) => System.Text.Encoding.ASCII.GetString(profile, at, 4);
        Assert.That(U32(0), Is.EqualTo(profile.Length), "the header's size");
        Assert.That(Tag(12) + Tag(16) + Tag(20) + Tag(36), Is.EqualTo("mntrRGB XYZ acsp"));
        Assert.That(profile[8], Is.EqualTo(2), "ICC version 2, as PDF/A-2 readers all take");
        var tags = Enumerable.Range(0, (int)U32(128)).ToDictionary(i => Tag(132 + i * 12), i => (Offset: (int)U32(136 + i * 12), Size: (int)U32(140 + i * 12)));
        Assert.That(tags.Keys, Is.SupersetOf(new[] { "desc", "cprt", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC" }));
        double Fixed(int at) => (int)U32(at) / 65536.0;
        var red = tags["rXYZ"].Offset + 8;
        Assert.That(new[] { Fixed(red), Fixed(red + 4), Fixed(red + 8) }, Is.EqualTo(new[] { 0.4361, 0.2225, 0.0139 }).Within(0.0002), "sRGB red, D50-adapted");
        var curve = tags["rTRC"].Offset;
        var points = (int)U32(curve + 8);
        double At(int i) => (profile[curve + 12 + i * 2] << 8 | profile[curve + 13 + i * 2]) / 65535.0;
        var middle = (points - 1) / 2;
        var expected = Math.Pow((middle / (double)(points - 1) + 0.055) / 1.055, 2.4);
        Assert.That(At(middle), Is.EqualTo(expected).Within(0.0001), "the sRGB transfer curve at its middle (≈ 0.214)");
        Assert.That(At(points - 1), Is.EqualTo(1.0));
    }

    internal static Dictionary<(int Page, int Mcid), string> MarkedText(PdfDocument pdf) =>
        pdf.GetPages().SelectMany(p => Flatten(p.GetMarkedContents()).Where(m => m.MarkedContentIdentifier >= 0 && !m.IsArtifact)
            .Select(m => (Key: (p.Number, m.MarkedContentIdentifier), Text: string.Concat(m.Letters.Select(l => l.Value)))))
            .ToDictionary(m => m.Key, m => m.Text);

    /// <summary>Marked content with everything nested in it, depth first.</summary>
    internal static IEnumerable<MarkedContentElement> Flatten(IEnumerable<MarkedContentElement> elements) =>
        elements.SelectMany(e => new[] { e }.Concat(Flatten(e.Children)));

    private static Dictionary<int, IToken> ParentTree(PdfDocument pdf)
    {
        var root = Resolve<DictionaryToken>(pdf, pdf.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        var tree = Resolve<DictionaryToken>(pdf, root.Data["ParentTree"]);
        var nums = Resolve<ArrayToken>(pdf, tree.Data["Nums"]);
        var result = new Dictionary<int, IToken>();
        for (var i = 0; i + 1 < nums.Length; i += 2)
        {
            result[((NumericToken)nums[i]).Int] = nums[i + 1];
        }

        return result;
    }

    private static T Resolve<T>(PdfDocument pdf, IToken token) where T : class, IToken =>
        token is IndirectReferenceToken reference ? Resolve<T>(pdf, pdf.Structure.GetObject(reference.Data).Data) : (T)token;
}
