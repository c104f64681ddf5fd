using System.Globalization;
using BriefingCompiler.Localization;
using BriefingCompiler.Model;
using BriefingCompiler.Templating;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingCompiler.Word;

/// <summary>
/// Writes a briefing as a Word document (.docx) from the model and the labels of its language — the same parts in
/// the same order as the built-in template, not a conversion of the HTML: marking, version / date / audience line,
/// meeting, title, the sections under Word headings, the agenda as a numbered list (tentative items marked), the
/// positions, the document-control table; the version line and marking in the page header from page 2 on and
/// "page X of Y" as Word fields in the footer. Pure: the same briefing gives the same bytes.
/// </summary>
public static class WordDocumentWriter
{
    // A4 with the template's margins (24 mm top, 20 mm sides, 22 mm bottom), in twentieths of a point.
    private const int PageWidth = 11906, PageHeight = 16838, MarginTop = 1361, MarginSide = 1134, MarginBottom = 1247, HeaderDistance = 567;

    public static byte[] Write(Briefing briefing)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Relationship ids given, never generated: the packaging layer's own are random.
            var main = package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
            WordCoreProperties.Write(package.AddNewPart<CoreFilePropertiesPart>("rIdCore"), briefing.DocumentControl.Title, briefing.Language);
            var script = WordScript.For(briefing.Language);
            var context = new WordContext(script, main);
            var labels = BuiltInLabels.Resolve(briefing.Language, briefing.Labels);
            var conventions = LanguageConventions.For(briefing.Language);

            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = WordStyles.Build(script);
            var settings = Settings();
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = settings;

            var lines = new RunningLines(briefing, labels, conventions);
            main.AddNewPart<HeaderPart>("rIdHeader").Header = new Header(context.Paragraph(WordStyles.Header, context.Run(lines.PageHeader)));
            main.AddNewPart<HeaderPart>("rIdFirstHeader").Header = new Header(context.Paragraph(WordStyles.Header));
            main.AddNewPart<FooterPart>("rIdFooter").Footer = new Footer(context.Paragraph(WordStyles.Footer, PageNumberRuns(context, labels["page"], lines.PagePrefix)));

            var body = new Body();
            body.Append(new WordBodyWriter(briefing, context, labels, conventions, lines).Write());
            body.Append(SectionProperties(script));
            main.Document = new Document(body);

            if (!context.Footnotes.IsEmpty)
                settings.InsertBefore(WordFootnotes.Settings(), settings.GetFirstChild<Compatibility>());

            if (!context.Numbering.IsEmpty)
                main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = context.Numbering.Build();
        }
        return DeterministicPackage.Normalize(stream.ToArray());
    }

    private static Settings Settings() => new(
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));

    private static SectionProperties SectionProperties(WordScript script)
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" },
            new HeaderReference { Type = HeaderFooterValues.First, Id = "rIdFirstHeader" },
            new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
            new FooterReference { Type = HeaderFooterValues.First, Id = "rIdFooter" },
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin
            {
                Top = MarginTop, Bottom = MarginBottom, Left = MarginSide, Right = MarginSide,
                Header = HeaderDistance, Footer = HeaderDistance, Gutter = 0,
            },
            // The first page carries the version line in its body: like the PDF, its page header stays empty.
            new TitlePage());
        if (script.IsRightToLeft)
            section.Append(new BiDi());
        return section;
    }

    /// <summary>"Page {0} of {1}" with Word's PAGE and NUMPAGES fields in place of the placeholders, after the marking.</summary>
    private static IEnumerable<OpenXmlElement> PageNumberRuns(WordContext context, string pattern, string prefix)
    {
        var runs = new List<OpenXmlElement>();
        if (prefix.Length > 0)
            runs.Add(context.Run(prefix));
        var rest = pattern;
        while (rest.Length > 0)
        {
            var page = rest.IndexOf("{0}", StringComparison.Ordinal);
            var pages = rest.IndexOf("{1}", StringComparison.Ordinal);
            var next = page < 0 ? pages : pages < 0 ? page : Math.Min(page, pages);
            if (next < 0)
            {
                runs.Add(context.Run(rest));
                break;
            }
            if (next > 0)
                runs.Add(context.Run(rest[..next]));
            runs.AddRange(Field(next == page ? "PAGE" : "NUMPAGES"));
            rest = rest[(next + 3)..];
        }
        return runs;
    }

    /// <summary>A field Word computes when it lays the page out (a complex field: begin, instruction, separator, shown value, end).</summary>
    private static IEnumerable<Run> Field(string instruction) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode($" {instruction} ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("1")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];
}
