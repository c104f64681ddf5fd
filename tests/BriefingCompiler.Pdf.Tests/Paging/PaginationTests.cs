using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Tests.Layout;

namespace BriefingCompiler.Pdf.Tests.Paging;

/// <summary>Page breaks on a 200 × 200 pt page: 180 pt of content = 12 lines of 15 pt.</summary>
public class PaginationTests
{
    private static string Words(int count, string prefix = "w") =>
        string.Join(' ', Enumerable.Range(1, count).Select(i => $"{prefix}{i:00}"));

    [Test]
    public void Break_before_page_starts_a_new_page()
    {
        var probe = LayoutProbe.OfBody("""<p id="a">A</p><p id="b" style="break-before: page">B</p><p id="c" style="page-break-before: always">C</p>""");

        Assert.That(probe.Pages, Has.Count.EqualTo(3));
        Assert.That(probe.Find("b").Page, Is.EqualTo(2));
        Assert.That(probe.Find("b").Rect.Top, Is.EqualTo(10f).Within(0.01), "the margin at the break is truncated");
        Assert.That(probe.Find("c").Page, Is.EqualTo(3));
    }

    [Test]
    public void Break_after_page_and_a_break_at_the_very_top_do_not_make_empty_pages()
    {
        var probe = LayoutProbe.OfBody("""<h1 id="a" style="break-before: page">A</h1><p id="b" style="break-after: page">B</p><p id="c">C</p>""");

        Assert.That(probe.Pages, Has.Count.EqualTo(2));
        Assert.That(probe.Find("a").Page, Is.EqualTo(1));
        Assert.That(probe.Find("c").Page, Is.EqualTo(2));
    }

    [Test]
    public void Widows_pull_lines_onto_the_next_page()
    {
        // 120 pt used, 60 pt (4 lines) left for a 5-line paragraph: 2 widows need 3 + 2.
        var probe = LayoutProbe.OfBody($"""<div style="padding-top: 120pt"></div><p id="p" style="margin: 0">{Words(35)}</p>""");

        var fragments = probe.All("p");
        Assert.That(fragments.Select(f => f.Page), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(fragments[0].Rect.Height, Is.EqualTo(45f).Within(0.01));
        Assert.That(probe.LinesOf(2), Has.Count.EqualTo(2));
        Assert.That(probe.LinesOf(2)[0], Does.StartWith("w22"));
    }

    [Test]
    public void Widows_can_be_set_to_one()
    {
        var probe = LayoutProbe.OfBody($"""<div style="padding-top: 120pt"></div><p id="p" style="margin: 0; widows: 1">{Words(35)}</p>""");

        Assert.That(probe.All("p")[0].Rect.Height, Is.EqualTo(60f).Within(0.01));
        Assert.That(probe.LinesOf(2), Has.Count.EqualTo(1));
    }

    [Test]
    public void Orphans_move_a_paragraph_whose_first_line_alone_would_fit()
    {
        var probe = LayoutProbe.OfBody($"""<div style="padding-top: 165pt"></div><p id="p" style="margin: 0">{Words(35)}</p>""");

        Assert.That(probe.All("p").Select(f => f.Page), Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void A_heading_is_kept_with_the_paragraph_after_it()
    {
        var probe = LayoutProbe.OfBody($"""
            <div style="padding-top: 150pt"></div>
            <h2 id="h" style="margin: 0; font-size: 12pt">Title</h2>
            <p id="p" style="margin: 0">{Words(35)}</p>
            """);

        Assert.That(probe.Find("h").Page, Is.EqualTo(2));
        Assert.That(probe.Find("p").Page, Is.EqualTo(2));
    }

    [Test]
    public void A_chain_of_headings_keeps_only_with_the_first_lines_of_the_nested_paragraph()
    {
        // The briefing's positions: section > h2, section > (h3, p.agenda, p), all but the last keeping with
        // what follows. 75 pt used, 105 pt (7 lines) left: h2, h3, the agenda line and 4 lines of the
        // 5-line paragraph would fit; 2 widows split it 3 + 2. Only the paragraph's rest moves on.
        var probe = LayoutProbe.OfBody($"""
            <div style="padding-top: 75pt"></div>
            <section id="s">
              <h2 id="h2" style="margin: 0; font-size: 12pt">Positions</h2>
              <section id="inner">
                <h3 id="h3" style="margin: 0; font-size: 12pt">1. Topic</h3>
                <p id="agenda" style="margin: 0; break-after: avoid">Item 2</p>
                <p id="p" style="margin: 0">{Words(35)}</p>
              </section>
            </section>
            """);

        Assert.That(probe.Find("h2").Page, Is.EqualTo(1));
        Assert.That(probe.Find("h3").Page, Is.EqualTo(1));
        Assert.That(probe.Find("agenda").Page, Is.EqualTo(1));
        Assert.That(probe.All("p").Select(f => (f.Page, f.Rect.Height)), Is.EqualTo(new[] { (1, 45f), (2, 30f) }));
    }

    [Test]
    public void A_chain_of_headings_moves_whole_when_fewer_than_orphans_lines_would_follow_it()
    {
        // 135 pt used, 45 pt left: h2, h3 and the agenda line fit, but no line of the paragraph does.
        var probe = LayoutProbe.OfBody($"""
            <div style="padding-top: 135pt"></div>
            <section id="s">
              <h2 id="h2" style="margin: 0; font-size: 12pt">Positions</h2>
              <section id="inner">
                <h3 id="h3" style="margin: 0; font-size: 12pt">1. Topic</h3>
                <p id="agenda" style="margin: 0; break-after: avoid">Item 2</p>
                <p id="p" style="margin: 0">{Words(35)}</p>
              </section>
            </section>
            """);

        Assert.That(probe.Find("h2").Page, Is.EqualTo(2));
        Assert.That(probe.Find("p").Page, Is.EqualTo(2));
        Assert.That(probe.Find("s").Page, Is.EqualTo(2), "no empty fragment of the section is left on page 1");
    }

    [Test]
    public void Break_inside_avoid_moves_the_whole_block()
    {
        var probe = LayoutProbe.OfBody($"""
            <div style="padding-top: 120pt"></div>
            <div id="d" style="break-inside: avoid"><p style="margin: 0">{Words(35)}</p></div>
            """);

        Assert.That(probe.All("d").Select(f => f.Page), Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void A_table_that_avoids_breaks_moves_to_the_next_page_whole()
    {
        var rows = string.Concat(Enumerable.Range(1, 5).Select(i => $"<tr><td>row {i}</td></tr>"));
        var probe = LayoutProbe.OfBody($"""<div style="padding-top: 120pt"></div><table id="t" style="break-inside: avoid">{rows}</table>""");

        Assert.That(probe.All("t").Select(f => f.Page), Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void A_long_table_repeats_its_header_on_every_page_and_never_splits_a_row()
    {
        var rows = string.Concat(Enumerable.Range(1, 30).Select(i => $"<tr><td id=\"c{i}\">row {i:00}</td><td>{(i % 7 == 0 ? "x y z" : "x")}</td></tr>"));
        var probe = LayoutProbe.OfBody($"""<table id="t" style="width: 100%"><thead><tr><th>Head</th><th>More</th></tr></thead><tbody>{rows}</tbody></table>""",
            "td { width: 50% } td + td { width: 2pt }");

        Assert.That(probe.Pages.Count, Is.GreaterThanOrEqualTo(3));
        for (var page = 1; page <= probe.Pages.Count; page++)
        {
            Assert.That(probe.LinesOf(page).Take(2), Is.EqualTo(new[] { "Head", "More" }), $"page {page} starts with the header");
        }

        var order = Enumerable.Range(1, probe.Pages.Count).SelectMany(p => probe.LinesOf(p)).Where(l => l.StartsWith("row")).ToArray();
        Assert.That(order, Is.EqualTo(Enumerable.Range(1, 30).Select(i => $"row {i:00}")));
        Assert.That(Enumerable.Range(1, 30).Select(i => probe.All($"c{i}").Count), Is.All.EqualTo(1));
    }

    [Test]
    public void A_row_taller_than_a_page_is_split_with_a_warning()
    {
        var probe = LayoutProbe.OfBody($"""<table><tr><td id="big">{string.Join("<br>", Enumerable.Range(1, 20).Select(i => $"line {i:00}"))}</td></tr></table>""");

        Assert.That(probe.All("big").Select(f => f.Page), Is.EqualTo(new[] { 1, 2 }));
        var lines = probe.LinesOf(1).Concat(probe.LinesOf(2)).ToArray();
        Assert.That(lines, Is.EqualTo(Enumerable.Range(1, 20).Select(i => $"line {i:00}")));
        Assert.That(probe.Document.Messages.Select(m => m.Code), Does.Contain("PDF204"));
    }

    [Test]
    public void Nothing_is_laid_out_below_the_content_box_of_any_page()
    {
        var body = string.Concat(Enumerable.Range(1, 12).Select(i => $"""
            <h2>Section {i}</h2><p>{Words(20 + i * 3)}</p>
            <ul><li>{Words(8, "a")}</li><li>{Words(12, "b")}</li></ul>
            <table style="border: 1px solid black"><tr><th>k</th><td>{Words(i)}</td></tr></table>
            """));
        var probe = LayoutProbe.OfBody(body);

        Assert.That(probe.Pages.Count, Is.GreaterThan(5));
        foreach (var page in probe.Pages)
        {
            LayoutProbe.Walk(page.Body, page.Margins.Left, page.Margins.Top, (fragment, rect) =>
            {
                Assert.That(rect.Bottom, Is.LessThanOrEqualTo(190.01f), $"page {page.Number}: {fragment.GetType().Name} ends at {rect.Bottom}");
                Assert.That(rect.Top, Is.GreaterThanOrEqualTo(9.99f));
            });
        }
    }

    [Test]
    public void A_paragraph_continues_word_for_word_on_a_page_of_another_width()
    {
        var probe = LayoutProbe.Of($$"""
            <!DOCTYPE html><html><head><style>
            @page { size: 200pt 200pt; margin: 10pt } @page :first { margin: 10pt 40pt }
            body { font-size: 12pt; line-height: 15pt }
            </style></head><body><p style="margin: 0">{{Words(120)}}</p></body></html>
            """);

        Assert.That(probe.Pages[0].ContentWidth, Is.EqualTo(120f));
        Assert.That(probe.Pages[1].ContentWidth, Is.EqualTo(180f));
        Assert.That(probe.LinesOf(1).Max(l => l.Length), Is.LessThanOrEqualTo(20), "20 characters fit in 120 pt");
        Assert.That(probe.LinesOf(2).Max(l => l.Length), Is.GreaterThan(20));
        var words = Enumerable.Range(1, probe.Pages.Count).SelectMany(probe.LinesOf).SelectMany(l => l.Split(' '));
        Assert.That(words, Is.EqualTo(Words(120).Split(' ')));
    }

    [Test]
    public void Running_headers_and_footers_know_the_page_count()
    {
        var probe = LayoutProbe.Of($$"""
            <!DOCTYPE html><html><head><style>
            @page { size: 200pt 200pt; margin: 30pt 10pt;
              @top-left { content: "Briefing"; font-size: 8pt }
              @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt } }
            body { font-size: 12pt; line-height: 15pt }
            </style></head><body><p>{{Words(200)}}</p></body></html>
            """);

        var pages = probe.Pages;
        Assert.That(pages.Count, Is.GreaterThan(2));
        foreach (var page in pages)
        {
            var texts = page.MarginBoxes.Select(l => string.Concat(l.Line.Runs.Select(r => r.Text))).ToArray();
            Assert.That(texts, Is.EqualTo(new[] { "Briefing", $"Page {page.Number} of {pages.Count}" }));
            Assert.That(page.MarginBoxes[0].Y + page.MarginBoxes[0].Height, Is.LessThanOrEqualTo(30f), "header inside the top margin");
            Assert.That(page.MarginBoxes[1].Y, Is.GreaterThanOrEqualTo(170f), "footer inside the bottom margin");
        }
    }
}
