using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Rendering;
using BriefingCompiler.Pdf.Tests.Layout;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Rendering;

/// <summary>
/// Ruby (<c>ruby</c>, <c>rb</c>, <c>rt</c>, <c>rp</c>, <c>rtc</c>) as painted: each annotation at half the base's size,
/// centred over its base (or the base centred under a wider annotation), right over the base's text or, with
/// <c>ruby-position: under</c>, right under it, growing a line that has no room for it, where an emphasis mark would stand;
/// <c>rp</c> not shown; the ruby never broken; in the tagged PDF a Ruby of RB and RT, base before annotation. The stand-in
/// font: every Latin character half an em wide, ascent 0.8 em, descent 0.2 em (so its em box is its ascent and descent);
/// its normal line box 1.2 em, 0.9 up and 0.3 down (12 pt text by default: an annotation is 6 pt, its line box 7.2 pt
/// with its baseline 5.4 pt down).
/// </summary>
public class RubyTests
{
    private static IReadOnlyList<PaintCommand> Paint(string body, string css = "") => LayoutProbe.OfBody(body, css).Document.Paints[0].Commands;

    private static DrawGlyphs Text(IReadOnlyList<PaintCommand> commands, string text) => commands.OfType<DrawGlyphs>().Single(g => g.Run.Text == text);

    /// <summary>Where a glyph run begins, from the page's 10 pt margin.</summary>
    private static float Left(DrawGlyphs glyphs) => glyphs.LineX + glyphs.Run.X - 10;

    [Test]
    public void The_annotation_is_half_the_size_centred_over_its_base_right_over_the_text()
    {
        var commands = Paint("""<p>x<ruby>abcd<rt>yz</rt></ruby>w</p>""");

        var bases = Text(commands, "abcd");
        var annotation = Text(commands, "yz");
        Assert.That(annotation.Run.Style.FontSize, Is.EqualTo(6f).Within(0.001), "the user-agent sheet's rt { font-size: 50% }");
        Assert.That(Left(bases), Is.EqualTo(6f).Within(0.01), "after the x");
        Assert.That(Left(annotation) + 3f, Is.EqualTo(Left(bases) + 12f).Within(0.01), "6 pt of annotation centred on 24 pt of base");
        Assert.That(annotation.BaselineY, Is.EqualTo(bases.BaselineY - 9.6f - 1.2f).Within(0.01),
            "its em box (its 1.2 pt descent under its baseline) right over the base's (9.6 pt up)");
        Assert.That(Left(Text(commands, "w")), Is.EqualTo(30f).Within(0.01), "the ruby is as wide as its base");
    }

    [Test]
    public void A_wider_annotation_widens_the_pair_and_the_base_is_centred_under_it()
    {
        var commands = Paint("""<p>x<ruby>a<rt>wxyz</rt></ruby>b</p>""");

        Assert.That(Left(Text(commands, "wxyz")), Is.EqualTo(6f).Within(0.01));
        Assert.That(Left(Text(commands, "a")), Is.EqualTo(6f + 3f).Within(0.01), "6 pt of base centred in the annotation's 12 pt");
        Assert.That(Left(Text(commands, "b")), Is.EqualTo(18f).Within(0.01), "the text goes on after the annotation");
    }

    [Test]
    public void Each_rt_annotates_the_content_since_the_previous_one_and_rb_elements_are_bases()
    {
        var commands = Paint("""<p><ruby>ab<rt>x</rt><rb>cd</rb><rt>yz</rt></ruby></p>""");

        Assert.That(Left(Text(commands, "x")) + 1.5f, Is.EqualTo(6f).Within(0.01), "over ab: 0 to 12");
        Assert.That(Left(Text(commands, "cd")), Is.EqualTo(12f).Within(0.01));
        Assert.That(Left(Text(commands, "yz")), Is.EqualTo(15f).Within(0.01), "over cd: 12 to 24");
    }

    [Test]
    public void Ruby_position_under_puts_the_annotation_under_the_text()
    {
        var commands = Paint("""<p><ruby style="ruby-position: under">ab<rt>x</rt></ruby></p>""");

        var bases = Text(commands, "ab");
        Assert.That(Text(commands, "x").BaselineY, Is.EqualTo(bases.BaselineY + 2.4f + 4.8f).Within(0.01), "its em box (4.8 pt up) right under the base's (2.4 pt down)");
    }

    [Test]
    public void A_line_without_room_grows_by_the_annotation_and_one_with_room_does_not()
    {
        float Baseline(string body) => Text(Paint(body), "one").BaselineY;

        Assert.That(Baseline("""<p style="line-height: 12pt"><ruby>one<rt>x</rt></ruby></p>""") - Baseline("""<p style="line-height: 12pt">one</p>"""),
            Is.EqualTo(6.6f).Within(0.01), "a 12 pt line leaves no room over the text: it grows to the top of the annotation's line box, 10.8 + 5.4 pt over the baseline");
        Assert.That(Baseline("""<p style="line-height: 30pt"><ruby>one<rt>x</rt></ruby></p>"""), Is.EqualTo(Baseline("""<p style="line-height: 30pt">one</p>""")).Within(0.01),
            "a 30 pt line has 9 pt over the text: room for the 6.6 pt");
    }

    [Test]
    public void In_real_fonts_an_annotation_of_the_mark_stands_where_the_emphasis_mark_does_and_grows_the_line_as_much()
    {
        // The references of the text-emphasis reftests draw the marks as ruby: both must land on the same pixels.
        using var catalog = new FontCatalog();
        DrawGlyphs[] Glyphs(string body) => LayoutProbe.Of($$"""
            <!DOCTYPE html><html><head><style>@page { size: 200pt 200pt; margin: 10pt } body { margin: 0; font: 16px serif }</style></head>
            <body><p>{{body}}</p></body></html>
            """, new FontSetTextSystem(catalog)).Document.Paints[0].Commands.OfType<DrawGlyphs>().ToArray();

        var ruby = Glyphs("<ruby>H<rt>\u2022</rt>I<rt>\u2022</rt></ruby>");
        var emphasis = Glyphs("""<span style="text-emphasis: filled dot">HI</span>""");
        var marks = emphasis.Single(g => g.Structure is null && g.Run.Text == "\u2022\u2022");
        var annotations = ruby.Where(g => g.Run.Text == "\u2022").ToArray();
        Assert.That(annotations.Select(a => a.BaselineY), Is.All.EqualTo(marks.BaselineY).Within(0.01));
        Assert.That(ruby.Single(g => g.Run.Text == "H").BaselineY, Is.EqualTo(emphasis.Single(g => g.Run.Text == "HI").BaselineY).Within(0.01), "the line grows as much");
        var firstMark = marks.LineX + marks.Run.X + marks.Run.Positions[0];
        Assert.That(annotations[0].LineX + annotations[0].Run.X, Is.EqualTo(firstMark).Within(0.01), "centred over the H");
        var secondMark = marks.LineX + marks.Run.X + marks.Run.Positions[1];
        Assert.That(annotations[1].LineX + annotations[1].Run.X, Is.EqualTo(secondMark).Within(0.01), "and over the I (no kerning between H and I)");
    }

    [Test]
    public void Rp_is_not_shown_and_the_ruby_does_not_break_across_lines()
    {
        var commands = Paint("""<p style="width: 60pt">aaaa <ruby>bbbbbbb<rp>(</rp><rt>c</rt><rp>)</rp></ruby></p>""");

        Assert.That(commands.OfType<DrawGlyphs>().Select(g => g.Run.Text), Has.None.Contains("(").And.None.Contains(")"));
        var bases = Text(commands, "bbbbbbb");
        Assert.That(bases.BaselineY, Is.GreaterThan(Text(commands, "aaaa").BaselineY), "42 pt of ruby does not fit after aaaa in 60 pt: the next line, whole");
        Assert.That(Left(bases), Is.EqualTo(0f).Within(0.01));
    }

    [Test]
    public void In_the_tagged_pdf_a_ruby_is_a_ruby_element_of_bases_and_annotations_read_base_first()
    {
        const string html = """
            <!DOCTYPE html><html lang="ja"><head><title>Ruby</title></head>
            <body><p>Name: <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp>字<rp>(</rp><rt>ji</rt><rp>)</rp></ruby>.</p></body></html>
            """;
        var result = new PdfRenderer(new MonospaceTextSystem()).RenderPdf(html, new PdfRenderOptions { Standard = PdfStandard.Default });

        using var pdf = PdfDocument.Open(result.Pdf);
        var root = StructureTreeReader.Read(pdf)!;
        var text = TaggedPdfTests.MarkedText(pdf);
        string Of(StructureElement e) => string.Concat(e.MarkedContent().Select(k => text[(k.Page, k.Mcid)]));
        var elements = root.All().ToList();
        Assert.That(elements.Select(e => e.Type), Is.EqualTo(new[] { "Document", "P", "Ruby", "RB", "RT", "RB", "RT" }));
        Assert.That(elements.Where(e => e.Type is "RB" or "RT").Select(Of), Is.EqualTo(new[] { "漢", "kan", "字", "ji" }));
        Assert.That(Of(elements.Single(e => e.Type == "P")), Is.EqualTo("Name: 漢kan字ji."), "the page's text reads each base, then its annotation");
    }
}
