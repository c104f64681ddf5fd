using AngleSharp.Dom;
using BriefingCompiler.Pdf.Styling;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Styling;

public class StylingTests
{
    private static (ComputedStyle Style, MessageLog Log) StyleOf(string body, string id, string css = "")
    {
        var log = new MessageLog();
        var document = DocumentStyler.Load($"<!DOCTYPE html><html><head><style>{css}</style></head><body>{body}</body></html>", log).Document;
        var resolver = new StyleResolver(log);
        var window = document.DefaultView!;
        var style = new ComputedStyle { Display = Display.Block };
        var chain = new List<IElement>();
        for (var element = document.GetElementById(id); element is not null; element = element.ParentElement)
        {
            chain.Insert(0, element);
        }

        foreach (var element in chain)
        {
            style = resolver.Resolve(window.GetComputedStyle(element), style, element.LocalName);
        }

        return (style, log);
    }

    [Test]
    public void Important_with_white_space_after_the_bang_wins_over_the_style_attribute()
    {
        var (style, _) = StyleOf("""<span id="s" style="display: inline; color: blue">x</span>""", "s", "span { display: block ! important; color: red !  important }");

        Assert.That(style.Display, Is.EqualTo(Display.Block));
        Assert.That(style.Color, Is.EqualTo(0xFFFF0000u));
    }

    [Test]
    public void Only_an_a_with_href_is_a_blue_link_and_an_author_a_rule_still_wins()
    {
        const string body = """<p><a id="link" href="#t">x</a> <a id="t">y</a></p><p><a id="styled" href="#t">z</a></p>""";

        Assert.That(StyleOf(body, "link").Style.Color, Is.EqualTo(0xFF0000EEu));
        Assert.That(StyleOf(body, "t").Style.Color, Is.EqualTo(0xFF000000u), "a bare anchor is no link: it keeps its parent's colour");
        Assert.That(StyleOf(body, "styled", "a { color: green }").Style.Color, Is.EqualTo(0xFF008000u), "the author's plain a rule outweighs the user agent's");
    }

    [TestCase("none square", "square", "none")]
    [TestCase("url(m.png) none", "none", "m.png")]
    [TestCase("none url(m.png)", "none", "m.png")]
    [TestCase("square none", "square", "none")]
    public void A_none_in_list_style_sets_the_part_the_value_leaves_out(string value, string type, string image)
    {
        var document = DocumentStyler.Load($"<!DOCTYPE html><html><head><style>div {{ list-style: circle; list-style: {value} }}</style></head><body><div id=\"d\">x</div></body></html>", new MessageLog()).Document;
        var declarations = document.DefaultView!.GetComputedStyle(document.GetElementById("d")!);

        Assert.That(declarations.GetPropertyValue("list-style-type"), Is.EqualTo(type));
        Assert.That(declarations.GetPropertyValue("list-style-image"), Does.Contain(image));
    }

    [Test]
    public void A_negative_padding_is_invalid_and_ignored()
    {
        var (style, _) = StyleOf("""<div id="d" style="padding-left: -1px; padding-top: -3pt; padding-right: 2pt">x</div>""", "d");

        Assert.That(style.Padding, Is.EqualTo(new Edges(0, 2, 0, 0)));
    }

    [Test]
    public void Lengths_are_points_and_keywords_are_normalised()
    {
        var (style, _) = StyleOf("""<p id="p" style="font-size: 16px; font-weight: bold; padding: 4px 8px; border-top: 2px dashed #ff0000; color: rgb(0, 128, 0)">x</p>""", "p");

        Assert.That(style.FontSize, Is.EqualTo(12f).Within(0.001));
        Assert.That(style.FontWeight, Is.EqualTo(700));
        Assert.That(style.Padding, Is.EqualTo(new Edges(3, 6, 3, 6)));
        Assert.That(style.BorderTop, Is.EqualTo(new BorderSide(1.5f, "dashed", 0xFFFF0000)));
        Assert.That(style.BorderBottom.Width, Is.Zero, "no border style means no border");
        Assert.That(style.Color, Is.EqualTo(0xFF008000u));
        Assert.That(style.Margin.Top, Is.EqualTo(12f).Within(0.001), "p's 1em margin from our user-agent sheet");
    }

    [TestCase("normal", WordBreakMode.Normal)]
    [TestCase("keep-all", WordBreakMode.KeepAll)]
    [TestCase("break-all", WordBreakMode.BreakAll)]
    public void Word_break_is_inherited_and_reaches_the_text_style(string value, WordBreakMode expected)
    {
        var (style, log) = StyleOf("""<div style="word-break: keep-all"><p id="p" style="word-break: VALUE">x <span id="s">y</span></p></div>""".Replace("VALUE", value), "s");

        Assert.That(style.WordBreak, Is.EqualTo(expected));
        Assert.That(style.ToTextStyle().WordBreak, Is.EqualTo(expected));
        Assert.That(log.Messages.Where(m => m.Message.Contains("word-break")), Is.Empty, "a supported value is not reported");
    }

    [Test]
    public void The_user_agent_sheet_styles_headings_emphasis_and_table_headers()
    {
        Assert.That(StyleOf("<h1 id=\"h\">x</h1>", "h").Style.FontWeight, Is.EqualTo(700));
        Assert.That(StyleOf("<h2 id=\"h\">x</h2>", "h").Style.BreakAfter, Is.EqualTo(BreakRule.Avoid));
        Assert.That(StyleOf("<p><em id=\"e\">x</em></p>", "e").Style.Italic, Is.True);
        Assert.That(StyleOf("<table><tr><th id=\"t\">x</th></tr></table>", "t").Style.FontWeight, Is.EqualTo(700));
        Assert.That(StyleOf("<section id=\"s\">x</section>", "s").Style.Display, Is.EqualTo(Display.Block));
        Assert.That(StyleOf("<body><p id=\"p\">x</p></body>", "p").Style.FontSize, Is.EqualTo(12f), "12pt body text by default");
    }

    [Test]
    public void Inherited_values_and_line_height_resolve_per_element()
    {
        var (style, _) = StyleOf("""<div style="font-size: 10pt; line-height: 1.5; text-align: center"><p id="p" style="font-size: 20pt">x</p></div>""", "p");

        Assert.That(style.LineHeight, Is.EqualTo(30f).Within(0.001));
        Assert.That(style.TextAlign, Is.EqualTo(TextAlignment.Center));
    }

    [Test]
    public void Print_media_rules_apply_and_screen_rules_do_not()
    {
        var (style, _) = StyleOf("""<p id="p">x</p>""", "p", "p { padding: 10px } @media print { p { padding: 0 } } @media screen { p { color: red } }");

        Assert.That(style.Padding, Is.EqualTo(Edges.Zero));
        Assert.That(style.Color, Is.EqualTo(0xFF000000u));
    }

    [Test]
    public void A_negative_max_width_is_invalid_and_ignored()
    {
        var (style, _) = StyleOf("""<div id="d" style="max-width: -1%">x</div>""", "d");

        Assert.That(style.MaxWidth, Is.Null);
    }

    [Test]
    public void Break_properties_accept_the_legacy_spelling()
    {
        var (style, _) = StyleOf("""<p id="p" style="page-break-before: always; page-break-inside: avoid">x</p>""", "p");

        Assert.That(style.BreakBefore, Is.EqualTo(BreakRule.Page));
        Assert.That(style.BreakInside, Is.EqualTo(BreakRule.Avoid));
    }

    [Test]
    public void Unsupported_css_is_reported_once_per_kind()
    {
        var log = new MessageLog();
        new PdfRenderer(new Tests.Layout.MonospaceTextSystem()).Layout(
            """<!DOCTYPE html><html><body><div style="transform: rotate(5deg)">a</div><div style="transform: scale(2)">b</div><div style="display: contents">c</div><video src="x.mp4"></video><video src="y.mp4"></video></body></html>""")
            .Messages.ToList().ForEach(m => log.WarnOnce(m.Code, m.Message, m.Message));

        var codes = log.Messages.Select(m => m.Code).ToArray();
        Assert.That(codes.Count(c => c == "PDF101"), Is.EqualTo(1), "transform, once");
        Assert.That(codes.Count(c => c == "PDF102"), Is.EqualTo(1), "display: contents");
        Assert.That(codes.Count(c => c == "PDF120"), Is.EqualTo(1), "<video>, once");
        Assert.That(log.Messages.Single(m => m.Code == "PDF120").Message, Does.Contain("<video>"));
    }

    [Test]
    public void Direction_comes_from_the_dir_attribute()
    {
        var log = new MessageLog();
        var document = DocumentStyler.Load("""<!DOCTYPE html><html dir="rtl"><body><p id="p">x</p></body></html>""", log).Document;
        var resolver = new StyleResolver(log);
        var style = resolver.Resolve(document.DefaultView!.GetComputedStyle(document.GetElementById("p")!), new ComputedStyle(), "p");

        Assert.That(style.RightToLeft, Is.True);
    }

    [Test]
    public void An_h1_does_not_start_a_new_page_unless_the_author_asks()
    {
        Assert.That(StyleOf("<h1 id=\"h\">x</h1>", "h").Style.BreakBefore, Is.EqualTo(BreakRule.Auto), "AngleSharp's print default is undone");
        Assert.That(StyleOf("<h1 id=\"h\">x</h1>", "h", "h1 { break-before: page }").Style.BreakBefore, Is.EqualTo(BreakRule.Page));
    }

    [Test]
    public void Raised_text_and_cell_alignment_are_laid_out_without_warnings_and_an_unknown_value_is_reported()
    {
        var messages = new PdfRenderer(new Tests.Layout.MonospaceTextSystem()).Layout(
            """<!DOCTYPE html><html><body><table><tr><td style="vertical-align: top"><b>x</b> <span>y</span></td></tr></table><p>E = mc<sup>2</sup></p></body></html>""").Messages;
        var unknown = new PdfRenderer(new Tests.Layout.MonospaceTextSystem()).Layout(
            """<!DOCTYPE html><html><body><p>E = mc<span style="vertical-align: -webkit-baseline-middle">2</span></p></body></html>""").Messages;

        Assert.That(messages, Is.Empty);
        Assert.That(unknown.Single().Message, Does.Contain("vertical-align: -webkit-baseline-middle").And.Contain("<span>"));
    }

    [Test]
    public void A_styling_warning_names_the_element_it_was_found_on_by_its_place_in_the_html()
    {
        const string Html = "<!DOCTYPE html>\n<html><head><style>.f { transform: rotate(5deg) }</style></head>\n<body>\n  <p>x</p>\n  <div class=\"f\">y</div>\n</body></html>";
        var messages = new PdfRenderer(new Layout.MonospaceTextSystem()).Layout(Html).Messages;

        var transformed = messages.Single(m => m.Code == "PDF101");
        Assert.That(transformed.Source, Is.EqualTo(new PdfSourcePosition(5, 3, Html.IndexOf("<div", StringComparison.Ordinal))));
    }

    [Test]
    public void Text_decorations_reach_in_flow_blocks_and_table_parts_but_not_floats_or_atomic_inlines()
    {
        const string css = "#outer { text-decoration: underline line-through }";
        const string body = """
            <div id="outer"><p id="block">a</p><table><tr id="row"><td id="cell">b</td></tr></table>
            <div id="float" style="float: left">c</div><span id="atomic" style="display: inline-block">d</span>
            <div id="absolute" style="position: absolute">e</div></div>
            """;

        foreach (var id in new[] { "block", "row", "cell" })
        {
            var (style, _) = StyleOf(body, id, css);
            Assert.That((style.Underline, style.LineThrough), Is.EqualTo((true, true)), id);
        }

        foreach (var id in new[] { "float", "atomic", "absolute" })
        {
            var (style, _) = StyleOf(body, id, css);
            Assert.That((style.Underline, style.LineThrough), Is.EqualTo((false, false)), id);
        }
    }
}
