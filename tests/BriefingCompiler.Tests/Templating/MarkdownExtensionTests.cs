using AngleSharp.Html.Parser;
using BriefingCompiler.Templating;

namespace BriefingCompiler.Tests.Templating;

/// <summary>The Markdown extensions briefings use (issue 18): footnotes, sub/superscript, definition and task lists.</summary>
public class MarkdownExtensionTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html);

    [Test]
    public void Subscript_and_superscript()
    {
        var document = Parse(MarkdownRenderer.ToHtml("CO~2~ and x^2^, not ~~this~~", 3));

        Assert.That(document.QuerySelector("sub")!.TextContent, Is.EqualTo("2"));
        Assert.That(document.QuerySelector("sup")!.TextContent, Is.EqualTo("2"));
        Assert.That(document.Body!.TextContent, Does.Contain("CO2 and x2"));
    }

    [Test]
    public void Definition_lists()
    {
        var document = Parse(MarkdownRenderer.ToHtml("ALAC\n:   At-Large Advisory Committee\n\nGAC\n:   Governmental Advisory Committee\n", 3));

        Assert.That(document.QuerySelectorAll("dl dt").Select(e => e.TextContent), Is.EqualTo(new[] { "ALAC", "GAC" }));
        Assert.That(document.QuerySelectorAll("dl dd").Select(e => e.TextContent.Trim()), Is.EqualTo(new[] { "At-Large Advisory Committee", "Governmental Advisory Committee" }));
    }

    [Test]
    public void Task_lists_are_boxes_of_text_not_form_controls()
    {
        var document = Parse(MarkdownRenderer.ToHtml("- [ ] circulate the draft\n- [x] agree the agenda\n", 3));

        Assert.That(document.QuerySelectorAll("input"), Is.Empty, "the PDF engine draws no form controls");
        var items = document.QuerySelectorAll("li.task-list-item");
        Assert.That(items.Select(li => li.QuerySelector(".task-box")!.TextContent), Is.EqualTo(new[] { "\u25A1", "\u2713" }));
        Assert.That(items[1].QuerySelector(".task-box")!.ClassList, Does.Contain("task-done"));
        Assert.That(items[0].TextContent.Trim(), Does.EndWith("circulate the draft"));
    }

    [Test]
    public void Footnotes_are_numbered_through_the_fields_of_one_document()
    {
        var footnotes = new DocumentFootnotes();
        var first = Parse(MarkdownRenderer.ToHtml("One[^a] and two[^b], one again[^a].\n\n[^a]: Note A.\n[^b]: Note *B*.\n", 3, footnotes));
        var second = Parse(MarkdownRenderer.ToHtml("Three[^a].\n\n[^a]: Note C.\n", 3, footnotes));
        var list = Parse(footnotes.ListHtml());

        Assert.That(first.QuerySelectorAll("sup.footnote-ref a").Select(a => a.TextContent), Is.EqualTo(new[] { "1", "2", "1" }));
        Assert.That(first.QuerySelectorAll("sup.footnote-ref a").Select(a => a.Id), Is.EqualTo(new[] { "fnref-1", "fnref-2", "fnref-1-2" }), "ids stay unique");
        Assert.That(first.QuerySelectorAll("sup.footnote-repeat"), Has.Length.EqualTo(1), "a second call of a note is a link only");
        Assert.That(first.QuerySelectorAll("span.footnote").Select(s => s.InnerHtml), Is.EqualTo(new[] { "Note A.", "Note <em>B</em>." }), "the note for print, where it was called");
        Assert.That(second.QuerySelector("sup.footnote-ref a")!.TextContent, Is.EqualTo("3"), "the second field goes on from the first");
        Assert.That(list.QuerySelectorAll("section.footnotes li").Select(li => li.Id), Is.EqualTo(new[] { "fn-1", "fn-2", "fn-3" }));
        Assert.That(footnotes.ListHtml(), Is.Empty, "each note is listed once");
    }

    [Test]
    public void Footnote_text_keeps_the_link_policy_and_a_note_calling_itself_ends()
    {
        var html = MarkdownRenderer.ToHtml("See[^a].\n\n[^a]: [bad](javascript:alert(1)) and itself[^a].\n", 3);

        Assert.That(html, Does.Not.Contain("javascript:"));
        var document = Parse(html);
        Assert.That(document.QuerySelectorAll("section.footnotes li"), Has.Length.EqualTo(1));
        Assert.That(document.QuerySelector("span.footnote")!.TextContent, Does.StartWith("bad and itself1"));
    }

    [Test]
    public void A_call_without_a_note_stays_text()
    {
        var html = MarkdownRenderer.ToHtml("Nothing here[^missing].", 3);

        Assert.That(html, Does.Contain("[^missing]"));
        Assert.That(html, Does.Not.Contain("footnote"));
    }
}
