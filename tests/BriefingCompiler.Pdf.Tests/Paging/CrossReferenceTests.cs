using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Paging;
using BriefingCompiler.Pdf.Tests.Layout;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Paging;

/// <summary>
/// CSS GCPM cross-references on the 200 × 200 pt probe page (180 pt of content: 12 lines of 15 pt, 30 characters of
/// 6 pt a line): <c>target-counter()</c>, <c>target-counters()</c>, <c>target-text()</c> and <c>leader()</c> — a contents
/// list whose page numbers are those the headings land on.
/// </summary>
public class CrossReferenceTests
{
    private const string Toc = "p { margin: 0 } .toc a::after { content: leader('.') target-counter(attr(href url), page) } h2 { margin: 0; font-size: 12pt; break-before: page }";

    private static string Sections(int count, int paragraphs = 1) => string.Concat(Enumerable.Range(1, count).Select(i =>
        $"""<h2 id="s{i}">Section {i}</h2>""" + string.Concat(Enumerable.Repeat("<p>text</p>", paragraphs))));

    private static string Contents(int count) => string.Concat(Enumerable.Range(1, count).Select(i => $"""<p class="toc"><a href="#s{i}">Section {i}</a></p>"""));

    private static GlyphRun[] RunsOfLine(LayoutProbe probe, int page, string startsWith)
    {
        LineFragment? found = null;
        LayoutProbe.Walk(probe.Pages[page - 1].Body, 0, 0, (fragment, _) =>
        {
            if (fragment is LineFragment line && found is null && string.Concat(line.Line.Runs.Select(r => r.Text)).StartsWith(startsWith, StringComparison.Ordinal))
                found = line;
        });
        return found?.Line.Runs.ToArray() ?? throw new AssertionException($"No line starts with '{startsWith}' on page {page}.");
    }

    [Test]
    public void A_contents_entry_shows_the_page_of_its_target_after_a_leader_that_fills_the_line()
    {
        var probe = LayoutProbe.OfBody(Contents(2) + Sections(2), Toc);

        Assert.That(probe.Pages, Has.Count.EqualTo(3));
        var runs = RunsOfLine(probe, 1, "Section 1");
        Assert.That(runs[^1].Text, Is.EqualTo("2"), "section 1 starts page 2");
        Assert.That(runs[^1].X + runs[^1].Width, Is.EqualTo(180f).Within(0.01), "the number is set against the line's end");
        var leader = runs.Single(r => r.Tag is InlineTag { Leader: not null });
        Assert.That(leader.Text.Trim('.'), Is.Empty, "the leader is dots");
        Assert.That(leader.Text.Length, Is.EqualTo(30 - "Section 1".Length - 1), "the dots fill what the title and the number leave");
        Assert.That(RunsOfLine(probe, 1, "Section 2")[^1].Text, Is.EqualTo("3"));
    }

    [Test]
    public void Page_numbers_are_right_when_the_contents_list_itself_moves_the_headings()
    {
        // 30 entries fill three pages, so every heading lands two pages later than a layout with a one-line stand-in would say;
        // two-digit numbers make some entries wrap (the title's last word goes with the leader and the number).
        var body = "<p>" + string.Join(' ', Enumerable.Repeat("intro", 40)) + "</p>" + Contents(30).Replace(">Section ", ">Section with a longer title number ") + Sections(30, 13);
        var probe = LayoutProbe.OfBody(body, Toc);

        var entries = new List<(int Section, int Shown)>();
        for (var page = 1; page <= probe.Pages.Count; page++)
        {
            foreach (var line in probe.LinesOf(page))
            {
                var match = System.Text.RegularExpressions.Regex.Match(line, @"number (\d+)\.+(\d+)$");
                if (match.Success)
                    entries.Add((int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value)));
            }
        }

        Assert.That(entries.Select(e => e.Section), Is.EqualTo(Enumerable.Range(1, 30)), "every entry ends in its leader and number");
        foreach (var (section, shown) in entries)
            Assert.That(shown, Is.EqualTo(probe.Find("s" + section).Page), $"entry {section}");
        Assert.That(entries[^1].Shown, Is.GreaterThan(50), "the sections run over two-digit pages");
    }

    [Test]
    public void Dots_of_lines_above_each_other_line_up_whatever_their_indent()
    {
        var probe = LayoutProbe.OfBody("""<p class="toc"><a href="#s1">Ab</a></p><p class="toc" style="padding-left: 9pt"><a href="#s2">Abc</a></p>""" + Sections(2), Toc);

        var first = RunsOfLine(probe, 1, "Ab.").Single(r => r.Tag is InlineTag { Leader: not null });
        var second = RunsOfLine(probe, 1, "Abc").Single(r => r.Tag is InlineTag { Leader: not null });
        Assert.That((180 - first.X) % 6, Is.EqualTo(0).Within(0.01));
        Assert.That((171 - second.X) % 6, Is.EqualTo(0).Within(0.01), "copies sit on a grid of the pattern's width from the end edge");
        Assert.That(first.X + first.Width, Is.EqualTo(9 + second.X + second.Width).Within(0.01), "the indented line's dots end where the other's do");
    }

    [Test]
    public void Target_counter_of_a_section_counter_and_target_text_refer_forward()
    {
        var probe = LayoutProbe.OfBody(
            """<p class="ref"><a href="#b">see</a></p><h2 id="a">Alpha</h2><h2 id="b">Beta <em>two</em></h2>""",
            """p { margin: 0 } h2 { counter-increment: sec; margin: 0; font-size: 12pt } h2::before { content: counter(sec) ". " }"""
            + """ .ref a::after { content: " (" target-counter(attr(href url), sec, upper-roman) ": " target-text(attr(href), content) "; " target-text(attr(href), before) ")" }""");

        Assert.That(probe.LinesOf(1)[0], Is.EqualTo("see (II: Beta two; 2. )"));
    }

    [Test]
    public void Target_counters_shows_the_nested_counters()
    {
        var probe = LayoutProbe.OfBody(
            """<p class="ref"><a href="#x">x</a></p><ol><li>a</li><li><ol><li>b</li><li id="x">c</li></ol></li></ol>""",
            """p { margin: 0 } .ref a::after { content: " " target-counters(attr(href url), list-item, ".") }""");

        Assert.That(probe.LinesOf(1)[0], Is.EqualTo("x 2.2"));
    }

    [Test]
    public void A_reference_to_no_element_shows_nothing_and_stays_text()
    {
        var probe = LayoutProbe.OfBody("""<p><a href="#missing">a</a> <a href="https://example.org">b</a></p>""",
            """p { margin: 0 } a::after { content: "[" target-counter(attr(href url), page) "]" }""");

        Assert.That(probe.LinesOf(1)[0], Is.EqualTo("a[] b[]"));
    }

    [Test]
    public void The_cascade_decides_as_for_any_content_value()
    {
        var probe = LayoutProbe.OfBody("""<p><a class="x" href="#s1">a</a></p>""" + Sections(1),
            """p { margin: 0 } h2 { break-before: page } a.x::after { content: "<" target-counter(attr(href url), page) ">" }"""
            + """ a::after { content: "!" !important } @media screen { a.x::after { content: "screen" target-counter(attr(href url), page) !important } }""");

        Assert.That(probe.LinesOf(1)[0], Is.EqualTo("a!"), "!important wins over specificity; screen rules do not apply");
    }

    [Test]
    public void Leader_keywords_and_strings()
    {
        string Line(string leader) => LayoutProbe.OfBody("""<p><a href="#s1">a</a></p>""" + Sections(1),
            $$"""p { margin: 0 } h2 { break-before: page } a::after { content: {{leader}} target-counter(attr(href url), page) }""").LinesOf(1)[0];

        Assert.That(Line("leader(dotted)"), Does.Match(@"^a(\. )+\u00A0?\.? ?2$|^a[. \u00A0]+2$"));
        Assert.That(Line("leader(solid)"), Is.EqualTo("a" + new string('_', 28) + "2"));
        Assert.That(Line("leader('-')"), Is.EqualTo("a" + new string('-', 28) + "2"));
    }

    [Test]
    public void Paragraphs_without_references_are_broken_once_however_many_passes()
    {
        var counting = new CountingTextSystem(new MonospaceTextSystem());
        var html = $$"""
            <!DOCTYPE html><html><head><style>@page { size: 200pt 200pt; margin: 10pt } body { font-size: 12pt; line-height: 15pt } {{Toc}}</style></head>
            <body>{{Contents(2)}}<p>the body paragraph</p>{{Sections(2)}}</body></html>
            """;
        var document = new PdfRenderer(counting).Layout(html);

        Assert.That(document.Pages, Has.Count.EqualTo(3));
        Assert.That(counting.LaidOut.Count(t => t.Contains("Section 1.")), Is.EqualTo(2), "the entry: a stand-in, then its page");
        Assert.That(counting.LaidOut.Count(t => t == "the body paragraph"), Is.EqualTo(1), "the second pass takes the first one's lines");
    }

    [Test]
    public void Target_pages_are_where_each_element_begins()
    {
        var probe = LayoutProbe.OfBody("""<p id="a">x</p><h2 id="b">y <span id="c">z</span></h2>""", "h2 { break-before: page }");

        var pages = CrossReferencePagination.TargetPages(probe.Pages);
        Assert.That(pages["a"], Is.EqualTo(1));
        Assert.That(pages["b"], Is.EqualTo(2));
        Assert.That(pages["c"], Is.EqualTo(2), "an inline element's id counts where its text is");
    }

    [Test]
    public void Running_content_named_pages_and_page_selectors_are_not_reported_element_outside_margin_boxes_is()
    {
        var probe = LayoutProbe.OfBody("""<h2 class="t">T</h2><p class="cover">c</p>""",
            """h2.t { string-set: title content(); bookmark-level: 1; bookmark-label: "x" } .cover { page: cover; break-before: page; page-break-after: auto }"""
            + """ header { position: running(top) } p::after { content: element(top) } @page cover { margin: 0 } @page :left { margin-left: 1cm }"""
            + """ @page { margin: 30pt 10pt; @top-center { content: string(title) } @top-left { content: element(top) } }""");

        var messages = probe.Document.Messages.Select(m => m.Message).ToArray();
        Assert.That(messages, Has.None.Contains("string-set").And.None.Contains("bookmark-").And.None.Contains("string()"), "supported (RunningStringTests, BookmarkStyleTests)");
        Assert.That(messages, Has.None.Contains("Named pages").And.None.Contains("running(").And.None.Contains("'@page"), "supported (PageSelectorTests, RunningElementTests)");
        Assert.That(probe.Document.Messages.Where(m => m.Code == "PDF126").Select(m => m.Message), Has.One.Contains("'element()' is supported in page margin boxes only"));
        Assert.That(probe.Document.Messages.Where(m => m.Message.Contains("page-break")), Is.Empty, "page-break-after is a property of its own");
    }

    [Test]
    public void A_style_sheet_without_paged_media_properties_reports_none()
    {
        var probe = LayoutProbe.OfBody("<p>a</p>", "p { break-before: page; page-break-inside: avoid } @page :first { margin: 1cm }");

        Assert.That(probe.Document.Messages.Where(m => m.Code == "PDF101"), Is.Empty);
    }

    [Test]
    public void In_a_marker_a_reference_shows_what_comes_before_it_and_a_page_number_is_reported()
    {
        var probe = LayoutProbe.OfBody(
            """<h2 id="a">A</h2><ul><li data-ref="#a">item</li></ul><ul class="p"><li data-ref="#a">page</li></ul>""",
            """h2 { counter-increment: sec; margin: 0; font-size: 12pt } li::marker { content: target-counter(attr(data-ref url), sec) ") " }"""
            + """ ul.p li::marker { content: "[" target-counter(attr(data-ref url), page) "] " }""");

        static IEnumerable<Box> All(Box box) => box is ContainerBox container ? [box, .. container.Children.SelectMany(All)] : [box];
        var markers = All(probe.Document.Root).OfType<ListItemBox>().Select(i => i.Marker).ToArray();
        Assert.That(markers, Is.EqualTo(new[] { "1) ", "[] " }));
        Assert.That(probe.Document.Messages.Select(m => m.Message), Has.Some.Contains("::marker"));
    }
}
