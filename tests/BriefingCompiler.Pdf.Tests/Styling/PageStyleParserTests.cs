using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Tests.Styling;

public class PageStyleParserTests
{
    private static (PageStyle Page, MessageLog Log) Parse(string css)
    {
        var log = new MessageLog();
        return (new PageStyleParser(log).Parse([css], new ComputedStyle { FontSize = 10 }), log);
    }

    [Test]
    public void Without_page_rules_the_page_is_A4_with_2cm_margins()
    {
        var (page, _) = Parse("body { color: red }");

        Assert.That((page.First.Width, page.First.Height), Is.EqualTo((595f, 842f)));
        Assert.That(page.First.Margins.Top, Is.EqualTo(56.69f).Within(0.01));
    }

    [Test]
    public void Size_keywords_orientation_and_margin_shorthands()
    {
        Assert.That(Parse("@page { size: letter }").Page.First.Width, Is.EqualTo(612f));
        Assert.That(Parse("@page { size: A4 landscape }").Page.First.Width, Is.EqualTo(842f));
        Assert.That(Parse("@page { size: 100mm 50mm }").Page.First.Height, Is.EqualTo(142f));
        var (page, _) = Parse("@page { margin: 10mm 20pt 30px } @page :first { margin-top: 1in }");
        Assert.That(page.For(1).Margins.Top, Is.EqualTo(28.35f).Within(0.01));
        Assert.That(page.For(1).Margins.Right, Is.EqualTo(20f));
        Assert.That(page.For(1).Margins.Bottom, Is.EqualTo(22.5f));
        Assert.That(page.For(1).Margins.Left, Is.EqualTo(20f));
        Assert.That(page.First.Margins.Top, Is.EqualTo(72f));
        Assert.That(page.First.Margins.Bottom, Is.EqualTo(22.5f));
    }

    [Test]
    public void Margin_boxes_with_strings_escapes_counters_and_their_own_font()
    {
        var (page, _) = Parse("""
            /* running footer */
            @page { margin: 2cm;
              @top-center { content: "Draft \"A\" \2014  x"; font-size: 8pt; color: #555; font-weight: bold }
              @bottom-right { content: "Page " counter(page) " of " counter(pages) } }
            """);

        Assert.That(page.For(1).MarginBoxes.Select(b => b.Position), Is.EqualTo(new[] { MarginBoxPosition.TopCenter, MarginBoxPosition.BottomRight }));
        Assert.That(page.For(1).MarginBoxes[0].TextFor(1, 1), Is.EqualTo("Draft \"A\" — x"));
        Assert.That(page.For(1).MarginBoxes[0].Style.FontSize, Is.EqualTo(8f));
        Assert.That(page.For(1).MarginBoxes[0].Style.FontWeight, Is.EqualTo(700));
        Assert.That(page.For(1).MarginBoxes[0].Style.Color, Is.EqualTo(0xFF555555u));
        Assert.That(page.For(1).MarginBoxes[1].TextFor(3, 12), Is.EqualTo("Page 3 of 12"));
        Assert.That(page.For(1).MarginBoxes[1].Style.TextAlign, Is.EqualTo(BriefingCompiler.Pdf.Text.TextAlignment.Right), "@bottom-right is set against the right edge, whatever the direction");
    }

    [Test]
    public void The_first_page_can_drop_a_margin_box()
    {
        var (page, _) = Parse("""@page { @top-center { content: "Head" } @bottom-center { content: counter(page) } } @page :first { @top-center { content: none } }""");

        Assert.That(page.For(1).MarginBoxes.Select(b => b.TextFor(2, 2)), Is.EqualTo(new[] { "Head", "2" }));
        Assert.That(page.First.MarginBoxes.Select(b => b.TextFor(1, 2)), Is.EqualTo(new[] { "", "1" }));
    }

    [Test]
    public void Unsupported_page_features_are_reported()
    {
        var (_, log) = Parse("@page :recto { margin: 1cm } @page { @top-left-corner { content: 'x' } bleed: 3mm }");

        Assert.That(log.Messages.Select(m => m.Code), Is.EquivalentTo(new[] { "PDF105", "PDF106", "PDF107" }));
    }
}
