using System.Xml.Linq;
using Briefc;
using BriefingCompiler.Pdf.Tests.Rendering;
using BriefingCompiler.Tests.Cli;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace BriefingCompiler.Tests.Building;

/// <summary>
/// The machine-testable conditions of the Matterhorn Protocol (PDF/UA-1's checklist) on every sample briefing as
/// <c>briefc build</c> writes it by default: no validator needed, the PDF read back with PdfPig. The numbers are the
/// Matterhorn checkpoints.
/// </summary>
public class AccessiblePdfTests
{
    private static string _output = null!;

    [OneTimeSetUp]
    public static void BuildTheSamples()
    {
        _output = Directory.CreateTempSubdirectory("briefc-ua-").FullName;
        var run = CliRun.Of("build", Path.Combine(TestPaths.RepositoryRoot, "briefings"), "--out", _output);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
    }

    [OneTimeTearDown]
    public static void DeleteOutput() => Directory.Delete(_output, recursive: true);

    private static IEnumerable<string> Samples() =>
        ["icann81-gac-alac.en.pdf", "icann81-gac-alac.ar.pdf", "icann81-gac-alac.zh.pdf", "icann81-gac-alac.zh.members.pdf"];

    [TestCaseSource(nameof(Samples))]
    public void Is_tagged_titled_and_identified_as_pdf_ua_1(string file)
    {
        using var pdf = PdfDocument.Open(Path.Combine(_output, file));
        var catalog = pdf.Structure.Catalog.CatalogDictionary;

        Assert.That(((BooleanToken)((DictionaryToken)catalog.Data["MarkInfo"]).Data["Marked"]).Data, Is.True, "01-002 Marked true");
        Assert.That(StructureTreeReader.Read(pdf), Is.Not.Null, "01-006 a structure tree");
        Assert.That(((StringToken)catalog.Data["Lang"]).Data, Is.Not.Empty, "11-001 the document's language");
        Assert.That(((BooleanToken)((DictionaryToken)catalog.Data["ViewerPreferences"]).Data["DisplayDocTitle"]).Data, Is.True, "07-002 DisplayDocTitle");
        Assert.That(pdf.TryGetXmpMetadata(out var xmp), Is.True, "06-001 XMP metadata");
        var document = XDocument.Parse(System.Text.Encoding.UTF8.GetString(xmp!.GetXmlBytes().ToArray()).TrimStart('\uFEFF'));
        Assert.That(document.Descendants(XName.Get("part", "http://www.aiim.org/pdfua/ns/id/")).Single().Value, Is.EqualTo("1"), "06-002 pdfuaid:part");
        Assert.That(document.Descendants(XName.Get("title", "http://purl.org/dc/elements/1.1/")).Single().Value, Is.Not.Empty, "06-003 dc:title");
    }

    [TestCaseSource(nameof(Samples))]
    public void Every_letter_and_image_is_tagged_content_or_an_artifact(string file)
    {
        using var pdf = PdfDocument.Open(Path.Combine(_output, file));
        foreach (var page in pdf.GetPages())
        {
            var marked = Flatten(page.GetMarkedContents()).ToList();
            Assert.That(marked.Sum(m => m.Letters.Count), Is.EqualTo(page.Letters.Count), $"01-005 page {page.Number}: letters outside marked content");
            Assert.That(marked.Sum(m => m.Images.Count), Is.EqualTo(page.GetImages().Count()), $"01-005 page {page.Number}: images outside marked content");
            Assert.That(marked.Where(m => !m.IsArtifact).Select(m => m.Tag), Is.All.Not.EqualTo("Artifact"));
        }
    }

    [TestCaseSource(nameof(Samples))]
    public void Headings_start_at_h1_and_never_skip_a_level(string file)
    {
        using var pdf = PdfDocument.Open(Path.Combine(_output, file));
        var levels = StructureTreeReader.Read(pdf)!.All().Where(e => e.Type is ['H', >= '1' and <= '6']).Select(e => e.Type[1] - '0').ToList();

        Assert.That(levels, Is.Not.Empty);
        Assert.That(levels[0], Is.EqualTo(1), "14-002 the first heading is H1");
        Assert.That(levels.Zip(levels.Skip(1)).Where(p => p.Second > p.First + 1), Is.Empty, "14-003 no heading skips a level");
    }

    [TestCaseSource(nameof(Samples))]
    public void Tables_have_headers_lists_have_items_figures_have_alt_and_links_are_tagged(string file)
    {
        using var pdf = PdfDocument.Open(Path.Combine(_output, file));
        var all = StructureTreeReader.Read(pdf)!.All().ToList();

        Assert.That(all.Where(e => e.Type == "Table"), Is.Not.Empty);
        Assert.That(all.Where(e => e.Type == "Table").Select(t => t.All().Count(e => e.Type == "TH")), Is.All.GreaterThan(0), "15-003 tables have header cells");
        Assert.That(all.Where(e => e.Type == "TH").Select(e => e.Dictionary.ContainsKey(NameToken.Create("A"))), Is.All.True, "15-003 header cells have a scope");
        Assert.That(all.Where(e => e.Type == "L").SelectMany(l => l.Children).Select(c => c.Type), Is.All.EqualTo("LI"), "09-004 lists hold list items");
        Assert.That(all.Where(e => e.Type == "Figure").Select(f => f.Text("Alt")), Is.All.Not.Null.And.All.Not.Empty, "13-004 figures have alt text");
        var linkAnnotations = pdf.GetPages().SelectMany(p => p.Dictionary.TryGet(NameToken.Create("Annots"), out var a) ? Resolve<ArrayToken>(pdf, a).Data : [])
            .Select(a => Resolve<DictionaryToken>(pdf, a)).ToList();
        Assert.That(linkAnnotations, Is.Not.Empty);
        Assert.That(linkAnnotations.Select(a => a.ContainsKey(NameToken.Create("StructParent")) && a.ContainsKey(NameToken.Create("Contents"))), Is.All.True,
            "28-011/28-012 link annotations are tagged and described");
        Assert.That(all.Where(e => e.Type == "Link").SelectMany(l => l.Kids.OfType<ObjectKid>()).Count(), Is.EqualTo(linkAnnotations.Count), "each annotation is an OBJR of a Link");
    }

    [TestCase("icann81-gac-alac.zh.pdf")]
    [TestCase("icann81-gac-alac.zh.members.pdf")]
    public void The_Chinese_samples_figure_is_tagged_with_the_alt_text_its_source_gives(string file)
    {
        // The figure check above holds for a document without figures too: this one shows that the sample's chart is
        // there, tagged, and says what the source's Markdown says.
        var alt = System.Text.RegularExpressions.Regex.Match(SampleBriefings.Text("zh"), @"!\[(?<alt>[^\]]+)\]\(assets/alac-composition\.svg ").Groups["alt"].Value;
        Assert.That(alt, Is.Not.Empty, "the Chinese sample shows assets/alac-composition.svg with alt text");
        using var pdf = PdfDocument.Open(Path.Combine(_output, file));

        var figures = StructureTreeReader.Read(pdf)!.All().Where(e => e.Type == "Figure").ToList();

        Assert.That(figures.Select(f => f.Text("Alt")), Is.EqualTo(new[] { alt }), "13-004 the one figure has the source's alt text");
        Assert.That(figures[0].MarkedContent(), Is.Not.Empty, "the chart's drawing is the figure's content, not an artifact");
    }

    [TestCaseSource(nameof(Samples))]
    public void Every_font_is_embedded_with_a_unicode_map(string file)
    {
        using var pdf = PdfDocument.Open(Path.Combine(_output, file));
        var resources = Resolve<DictionaryToken>(pdf, pdf.GetPage(1).Dictionary.Data["Resources"]);
        var fonts = Resolve<DictionaryToken>(pdf, resources.Data["Font"]).Data.Values.Select(f => Resolve<DictionaryToken>(pdf, f)).ToList();

        Assert.That(fonts, Is.Not.Empty);
        foreach (var font in fonts)
        {
            Assert.That(font.ContainsKey(NameToken.Create("ToUnicode")), Is.True, "31-009 ToUnicode");
            var descendant = Resolve<DictionaryToken>(pdf, Resolve<ArrayToken>(pdf, font.Data["DescendantFonts"]).Data[0]);
            var descriptor = Resolve<DictionaryToken>(pdf, descendant.Data["FontDescriptor"]);
            Assert.That(descriptor.ContainsKey(NameToken.Create("FontFile2")), Is.True, "31-001 the font program is embedded");
        }
    }

    private static IEnumerable<MarkedContentElement> Flatten(IEnumerable<MarkedContentElement> elements) =>
        elements.SelectMany(e => new[] { e }.Concat(Flatten(e.Children)));

    private static T Resolve<T>(PdfDocument pdf, IToken token) where T : class, IToken =>
        token is IndirectReferenceToken reference ? Resolve<T>(pdf, pdf.Structure.GetObject(reference.Data).Data) : (T)token;
}
