using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Paging;
using BriefingCompiler.Pdf.Styling;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Paging;

/// <summary>
/// Forced breaks to a side (CSS Fragmentation 3 §3.1: <c>break-before/after: left | right | recto | verso</c>, and CSS 2.1's
/// <c>page-break-before/after: left | right</c>): a blank page goes between when the content would land on the other side;
/// the blank page takes <c>@page :blank</c> rules, has a number and its margin boxes. Read back from the PDF.
/// </summary>
public class BlankPageTests
{
    /// <summary>A header naming the page's side, <c>:blank</c> replacing it on blank pages, the page number at the foot.</summary>
    private static string Document(string body, string css = "", string dir = "ltr") => $$"""
        <!DOCTYPE html><html lang="en" dir="{{dir}}"><head><title>Sides</title><style>
        @page { size: 300pt 200pt; margin: 40pt; @bottom-center { content: "p" counter(page) "/" counter(pages) } }
        @page :left { @top-center { content: "LeftSide" } }
        @page :right { @top-center { content: "RightSide" } }
        @page :blank { @top-center { content: "BlankPage" } }
        body { margin: 0; font-size: 10pt; line-height: 12pt }
        p { margin: 0 }
        {{css}}
        </style></head><body>{{body}}</body></html>
        """;

    /// <summary>The words of each page, in reading order.</summary>
    private static string[] Pages(string html)
    {
        using var catalog = new FontCatalog();
        var result = new PdfRenderer(catalog).RenderPdf(html, new PdfRenderOptions());
        Assert.That(result.Messages, Is.Empty);
        using var document = PdfDocument.Open(result.Pdf);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().OrderByDescending(w => w.BoundingBox.Top).ThenBy(w => w.BoundingBox.Left).Select(w => w.Text))).ToArray();
    }

    [Test]
    public void A_break_to_a_right_page_from_a_right_page_puts_a_blank_left_page_between()
    {
        var pages = Pages(Document("""<p style="page-break-after: right">One</p><p>Two</p>"""));

        Assert.That(pages, Is.EqualTo(new[] { "RightSide One p1/3", "BlankPage p2/3", "RightSide Two p3/3" }),
            "the blank page takes :blank over :left, is numbered and counted, and the content goes on on a right page");
    }

    [Test]
    public void A_break_to_the_side_the_next_page_is_on_anyway_adds_no_page()
    {
        var pages = Pages(Document("""<p>One</p><p style="break-before: left">Two</p><p style="break-before: right">Three</p>"""));

        Assert.That(pages, Is.EqualTo(new[] { "RightSide One p1/3", "LeftSide Two p2/3", "RightSide Three p3/3" }));
    }

    [Test]
    public void Two_breaks_to_the_same_side_in_a_row_give_a_blank_page_each_time()
    {
        var pages = Pages(Document("""<p>One</p><section style="break-before: left"><p>Two</p></section><p style="break-before: left">Three</p>"""));

        Assert.That(pages, Is.EqualTo(new[] { "RightSide One p1/4", "LeftSide Two p2/4", "BlankPage p3/4", "LeftSide Three p4/4" }));
    }

    [Test]
    public void Of_the_values_at_one_break_the_box_latest_in_the_flow_decides()
    {
        // forced-page-breaks-001: always after, right before: right wins, one blank page.
        Assert.That(Pages(Document("""<p style="page-break-after: always">One</p><div style="page-break-before: right">Two</div>""")),
            Is.EqualTo(new[] { "RightSide One p1/3", "BlankPage p2/3", "RightSide Two p3/3" }));
        // right after, page before: the later box's page wins, no side is asked for.
        Assert.That(Pages(Document("""<p style="break-after: right">One</p><div style="break-before: page">Two</div>""")),
            Is.EqualTo(new[] { "RightSide One p1/2", "LeftSide Two p2/2" }));
        // The innermost box that starts after the break is the latest: its right outweighs its section's page.
        Assert.That(Pages(Document("""<p>One</p><section style="break-before: page"><p style="break-before: right">Two</p></section>""")),
            Is.EqualTo(new[] { "RightSide One p1/3", "BlankPage p2/3", "RightSide Two p3/3" }));
    }

    [Test]
    public void Right_to_left_the_first_page_is_a_left_page_and_sides_are_counted_from_it()
    {
        Assert.That(Pages(Document("""<p>One</p><p style="break-before: left">Two</p>""", dir: "rtl")),
            Is.EqualTo(new[] { "LeftSide One p1/3", "BlankPage p2/3", "LeftSide Two p3/3" }));
        Assert.That(Pages(Document("""<p>One</p><p style="break-before: right">Two</p>""", dir: "rtl")),
            Is.EqualTo(new[] { "LeftSide One p1/2", "RightSide Two p2/2" }));
    }

    [Test]
    public void Recto_is_the_right_page_left_to_right_and_the_left_page_right_to_left_and_verso_the_other()
    {
        Assert.That(new[] { BreakRule.Recto, BreakRule.Verso }.Select(r => PageSideBreak.IsLeft(r, rightToLeft: false)), Is.EqualTo(new[] { false, true }));
        Assert.That(new[] { BreakRule.Recto, BreakRule.Verso }.Select(r => PageSideBreak.IsLeft(r, rightToLeft: true)), Is.EqualTo(new[] { true, false }));
    }

    [Test]
    public void Recto_and_verso_in_a_style_sheet_break_to_the_right_and_left_pages_left_to_right_and_the_other_way_right_to_left()
    {
        Assert.That(Pages(Document("""<p>One</p><p style="break-before: recto">Two</p>""")),
            Is.EqualTo(new[] { "RightSide One p1/3", "BlankPage p2/3", "RightSide Two p3/3" }), "recto: a right page, a blank left page between");
        Assert.That(Pages(Document("""<p class="v">One</p><p>Two</p>""", ".v { break-after: verso }")),
            Is.EqualTo(new[] { "RightSide One p1/2", "LeftSide Two p2/2" }), "verso after a right page: the next page, a left one");
        Assert.That(Pages(Document("""<p>One</p><p style="break-before: recto">Two</p>""", dir: "rtl")),
            Is.EqualTo(new[] { "LeftSide One p1/3", "BlankPage p2/3", "LeftSide Two p3/3" }), "right to left, recto is a left page");
        Assert.That(Pages(Document("""<p>One</p><p style="break-before: verso">Two</p>""", dir: "rtl")),
            Is.EqualTo(new[] { "LeftSide One p1/2", "RightSide Two p2/2" }), "right to left, verso is a right page");
    }

    [Test]
    public void Recto_and_verso_take_part_in_the_cascade_as_any_break_value()
    {
        Assert.That(Pages(Document("""<p>One</p><p class="r" style="break-before: page">Two</p>""", ".r { break-before: recto !important }")),
            Is.EqualTo(new[] { "RightSide One p1/3", "BlankPage p2/3", "RightSide Two p3/3" }), "an important recto outweighs the style attribute's page");
        Assert.That(Pages(Document("""<p>One</p><p class="r" style="break-before: page">Two</p>""", ".r { break-before: recto }")),
            Is.EqualTo(new[] { "RightSide One p1/2", "LeftSide Two p2/2" }), "the style attribute's page outweighs a sheet's recto");
        Assert.That(Pages(Document("""<p>One</p><div class="r"><p>Two</p><p style="page-break-before: always">Three</p></div>""", ".r { break-before: recto }")),
            Is.EqualTo(new[] { "RightSide One p1/4", "BlankPage p2/4", "RightSide Two p3/4", "LeftSide Three p4/4" }), "a child does not inherit its parent's side");
    }

    [Test]
    public void A_side_asked_for_by_the_first_box_chooses_the_first_pages_side_without_a_blank_page()
    {
        var pages = Pages(Document("""<section style="break-before: left"><p>One</p></section><p style="break-before: page">Two</p>"""));

        Assert.That(pages, Is.EqualTo(new[] { "LeftSide One p1/2", "RightSide Two p2/2" }));
    }

    [Test]
    public void Named_strings_and_footnotes_carry_over_the_blank_page()
    {
        var pages = Pages(Document(
            """<h2>Chapter</h2><p style="break-after: right">One<span class="note">Note one</span></p><p>Two</p>""",
            """
            @page :blank { @top-left { content: string(title) } }
            h2 { string-set: title content(); font-size: 10pt; margin: 0 }
            .note { float: footnote }
            """));

        Assert.That(pages[1], Is.EqualTo("Chapter BlankPage p2/3"), "the blank page shows the string set before it");
        Assert.That(pages[0], Does.Contain("Note one"), "the footnote stays on its call's page");
    }

    [Test]
    public void A_page_of_footnotes_carried_past_the_end_of_the_text_is_not_blank()
    {
        // CSS Paged Media 3 (Blank-page pseudo-class): :blank matches content-empty pages that appear as a result of forced page breaks; a page
        // that holds the rest of a footnote is no such page (WeasyPrint 57 counts it blank; we follow the spec).
        var notes = string.Join(' ', Enumerable.Range(1, 200).Select(i => $"n{i:000}"));
        var pages = Pages(Document($"""<p>One<span class="note">{notes}</span></p>""", ".note { float: footnote }"));

        Assert.That(pages, Has.Length.GreaterThan(1), "the premise: the footnote runs on past the page of its call");
        Assert.That(pages[1], Does.Contain("n1"), "the second page holds footnote text only");
        Assert.That(pages.Select(p => p.Split(' ')[0]), Is.EqualTo(pages.Select((_, i) => i % 2 == 0 ? "RightSide" : "LeftSide")),
            "each page takes its side's rules, none the :blank ones");
    }
}

