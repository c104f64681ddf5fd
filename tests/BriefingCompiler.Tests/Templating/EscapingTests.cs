using AngleSharp.Dom;
using BriefingCompiler.Model;

namespace BriefingCompiler.Tests.Templating;

/// <summary>Whatever a briefing's author writes comes out as text: nothing in a source can add markup or script.</summary>
public class EscapingTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string EventAttribute = "<img src=x onerror=alert(1)>";
    private const string AttributeBreakout = "\" onmouseover=\"alert(1)";
    private const string ScribanLike = "{{ briefing.document_control.title }} {% raw %} {{ 'x' | string.upcase }}";

    private static Briefing Hostile()
    {
        var md = BriefingFixtures.Md;
        var english = BriefingFixtures.English();
        return english with
        {
            Symbol = AttributeBreakout,
            Meeting = english.Meeting with { Name = Script, Place = ScribanLike },
            Session = english.Session with { Title = Script + EventAttribute },
            Objective = md("""
                Inline <b onclick="alert(1)">bold</b> and <script>alert(2)</script> and {{ labels.agenda }}.

                <div onmouseover="alert(3)">
                raw HTML block
                </div>

                [js](javascript:alert(4)) [JS upper](JAVASCRIPT:alert(5)) [data](data:text/html;base64,PHNjcmlwdD4=)
                [vb](vbscript:msgbox) [entity](javascript&#58;alert(6)) <javascript:alert(7)> [rel](../secret.html)
                ![img](javascript:alert(8)) ![pixel](https://tracker.example/pixel.png) [ok](https://icann.org) [mail](mailto:gac@icann.org) [anchor](#agenda)

                [ref]: javascript:alert(9)
                [by reference][ref]
                """),
            Agenda =
            [
                new AgendaItem(Script, AgendaStatus.Tentative, EventAttribute, default),
                new AgendaItem(ScribanLike, AgendaStatus.Confirmed, AttributeBreakout, default),
            ],
            Positions = [new Position(EventAttribute, 1, md("# Heading <script>x</script>\n\n{% if true %}liquid{% endif %}"), default)],
            References = [new Reference("<b>ref</b>", "javascript:alert(10)", default)],
            Sections = [new ExtraSection(ScribanLike, md("text"), default)],
            Labels = new Dictionary<string, string> { ["agenda"] = Script, ["page"] = "</style><script>alert(11)</script> {0} \"{1}\"" },
            DocumentControl = english.DocumentControl with
            {
                Title = "</title>" + Script,
                Audience = "\"; } body { display: none } @top-center { content: \"x",
                Marking = "</style>" + Script,
            },
        };
    }

    [Test]
    public void Hostile_source_text_adds_no_script_no_event_handler_and_no_dangerous_link()
    {
        var doc = RenderedDocument.Render(Hostile());

        Assert.That(doc.QuerySelectorAll("script"), Is.Empty);
        Assert.That(doc.QuerySelectorAll("img, iframe, object, embed, div"), Is.Empty);
        var eventAttributes = doc.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.That(eventAttributes.Select(a => a.Name), Is.Empty);
        var hrefs = doc.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.That(hrefs, Has.All.Match("^(https?:|mailto:|#)"), string.Join(", ", hrefs));
        Assert.That(doc.QuerySelectorAll("style"), Has.Length.EqualTo(1), "a value cannot close the style element");
    }

    [Test]
    public void Hostile_strings_come_out_as_literal_text()
    {
        var doc = RenderedDocument.Render(Hostile());

        Assert.That(doc.QuerySelector("h1")!.TextContent, Is.EqualTo(Script + EventAttribute));
        Assert.That(doc.Title, Is.EqualTo("</title>" + Script));
        Assert.That(doc.QuerySelector("header .symbol")!.TextContent, Is.EqualTo(AttributeBreakout));
        Assert.That(doc.QuerySelector("header .meeting")!.TextContent, Is.EqualTo(Script + " · " + ScribanLike + " · 9–14 November 2024"));
        Assert.That(doc.QuerySelector("#agenda-1")!.TextContent, Does.StartWith(Script));
        Assert.That(doc.QuerySelector("#agenda-1 .agenda-note")!.TextContent, Is.EqualTo(EventAttribute));
        Assert.That(doc.QuerySelector("#agenda-2")!.TextContent, Does.StartWith(ScribanLike), "template syntax in data is not evaluated");
        Assert.That(doc.QuerySelector("#agenda h2")!.TextContent, Is.EqualTo(Script), "labels are escaped too");
        Assert.That(doc.QuerySelector("#section-1 h2")!.TextContent, Is.EqualTo(ScribanLike));
        Assert.That(doc.QuerySelector("#references li")!.TextContent, Does.StartWith("<b>ref</b>"));
        Assert.That(doc.QuerySelector("#references a"), Is.Null, "a reference URL outside the policy is not linked");
    }

    [Test]
    public void Raw_HTML_in_Markdown_is_shown_as_text()
    {
        var objective = RenderedDocument.Render(Hostile()).GetElementById("objective")!;
        var text = objective.TextContent;
        Assert.That(text, Does.Contain("Inline <b onclick=\"alert(1)\">bold</b> and <script>alert(2)</script> and {{ labels.agenda }}."));
        Assert.That(text, Does.Contain("<div onmouseover=\"alert(3)\">"));
        Assert.That(objective.QuerySelectorAll("b"), Is.Empty);
    }

    [Test]
    public void Refused_links_render_as_their_text_and_allowed_ones_stay_links()
    {
        var objective = RenderedDocument.Render(Hostile()).GetElementById("objective")!;
        var links = objective.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.That(links, Is.EqualTo(new[]
        {
            ("pixel", "https://tracker.example/pixel.png"),
            ("ok", "https://icann.org"),
            ("mail", "mailto:gac@icann.org"),
            ("anchor", "#agenda"),
        }), "an allowed image becomes a link to it: the document fetches nothing");
        var text = objective.TextContent;
        foreach (var label in new[] { "js", "JS upper", "data", "vb", "entity", "rel", "img", "by reference" })
            Assert.That(text, Does.Contain(label));
        Assert.That(text, Does.Contain("javascript:alert(7)"), "a refused autolink shows its address as text");
    }

    [Test]
    public void Page_margin_content_escapes_values_as_CSS_strings()
    {
        var html = RenderedDocument.Html(Hostile());
        var style = RenderedDocument.Parse(html).QuerySelector("style")!.TextContent;
        Assert.That(style, Does.Not.Contain("</"));
        Assert.That(style, Does.Contain("Distribution: \\22 ; } body { display: none } @top-center { content: \\22 x\";"),
            "the audience stays inside the CSS string: its quotes are escaped");
        Assert.That(style, Does.Contain(
            "content: \"\\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e  · \\3c /style\\3e \\3c script\\3e alert(11)\\3c /script\\3e  \" counter(page) \" \\22 \" counter(pages) \"\\22 \";"));
    }

    [Test]
    public void Markdown_headings_sit_below_the_heading_that_holds_them()
    {
        var doc = RenderedDocument.Render(Hostile());
        var position = doc.GetElementById("position-1")!;
        Assert.That(position.QuerySelector("h3")!.TextContent, Is.EqualTo("1. " + EventAttribute));
        Assert.That(position.QuerySelector("h4")!.TextContent, Is.EqualTo("Heading <script>x</script>"));
        Assert.That(position.TextContent, Does.Contain("{% if true %}liquid{% endif %}"));
    }
}
