using BriefingCompiler.Pdf.Boxes;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Paging;
using BriefingCompiler.Pdf.Tests.Layout;

namespace BriefingCompiler.Pdf.Tests.Paging;

/// <summary>
/// <c>float: footnote</c> (CSS GCPM) on the 200 × 200 pt probe page: 180 pt of content = 12 lines of 15 pt.
/// Footnote lines are told apart from body lines by their "n. " marker.
/// </summary>
public class FootnoteTests
{
    private const string Css = ".fn { float: footnote; font-size: 12pt; line-height: 15pt } @page { @footnote { border-top: 1pt solid black; padding-top: 2pt } }";

    private static string Words(int count, string prefix = "w") =>
        string.Join(' ', Enumerable.Range(1, count).Select(i => $"{prefix}{i:00}"));

    private static IReadOnlyList<BlockBox> NotesOn(LayoutProbe probe, int page) =>
        FootnotePageLayout.FootnoteCalls(probe.Pages[page - 1].Body).Select(c => c.Note).ToArray();

    [Test]
    public void A_footnote_leaves_the_text_for_a_call_and_is_set_at_the_foot_of_its_page()
    {
        var probe = LayoutProbe.OfBody("""<p style="margin: 0">Text<span class="fn">Note one</span> goes on.</p>""", Css);

        Assert.That(probe.Pages, Has.Count.EqualTo(1));
        var lines = probe.LinesOf(1);
        Assert.That(lines[0], Is.EqualTo("Text1 goes on."), "the call (the footnote counter) takes the footnote's place");
        Assert.That(lines[^1], Is.EqualTo("1. Note one"), "the ::footnote-marker leads the footnote");
        var area = probe.Pages[0].Body.Children[^1];
        Assert.That(area.Y + area.Height, Is.EqualTo(180f).Within(0.01), "the area sits at the foot of the content box");
        Assert.That(((BoxFragment)area).Box.Style.BorderTop.Width, Is.EqualTo(1f), "@footnote's border-top is the area's");
        Assert.That(area.Height, Is.EqualTo(1 + 2 + 15).Within(0.01));
    }

    [Test]
    public void The_call_is_raised_and_smaller()
    {
        var probe = LayoutProbe.OfBody("""<p>Text<span class="fn">Note</span></p>""", Css);
        var call = probe.Pages[0].Body.Children.OfType<BoxFragment>().SelectMany(Lines).SelectMany(l => l.Line.Runs).Single(r => r.Tag is InlineTag { Footnote: not null });

        Assert.That(call.Text, Is.EqualTo("1"));
        Assert.That(call.Style.BaselineShift, Is.GreaterThan(0));
        Assert.That(call.Style.FontSize, Is.EqualTo(12 * 0.7f).Within(0.01));
    }

    [Test]
    public void Relative_sizes_of_two_call_rules_are_not_compounded()
    {
        var probe = LayoutProbe.OfBody("""<p>Text<span class="fn">Note</span></p>""", Css + " .fn::footnote-call { font-size: 0.5em }");
        var call = probe.Pages[0].Body.Children.OfType<BoxFragment>().SelectMany(Lines).SelectMany(l => l.Line.Runs).Single(r => r.Tag is InlineTag { Footnote: not null });

        Assert.That(call.Style.FontSize, Is.EqualTo(6f).Within(0.01), "the document's 0.5em replaces the user agent's 0.7em");
    }

    [Test]
    public void Call_and_marker_follow_the_documents_rules()
    {
        var probe = LayoutProbe.OfBody("""<p style="margin: 0">A<span class="fn">N</span></p>""",
            Css + """ .fn::footnote-call { content: "[" counter(footnote, lower-roman) "]" } .fn::footnote-marker { content: counter(footnote, lower-roman) ") " }""");

        Assert.That(probe.LinesOf(1), Is.EqualTo(new[] { "A[i]", "i) N" }));
    }

    [Test]
    public void Footnotes_are_numbered_through_the_document_and_each_sits_on_its_calls_page()
    {
        var body = string.Concat(Enumerable.Range(1, 30).Select(i => $"""<p style="margin: 0">{Words(6, $"p{i:00}w")}<span class="fn">note {i:00}</span></p>"""));
        var probe = LayoutProbe.OfBody(body, Css);

        Assert.That(probe.Pages.Count, Is.GreaterThan(3));
        var seen = new List<string>();
        for (var page = 1; page <= probe.Pages.Count; page++)
        {
            var lines = probe.LinesOf(page);
            var notes = lines.Where(l => l.Contains("note")).ToArray();
            // Each paragraph's call ends its last line ("p07w067": paragraph 7, call 7).
            var calledHere = lines.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^p(\d\d)w.*w06(\d+)$")).Where(m => m.Success)
                .Select(m => (Paragraph: int.Parse(m.Groups[1].Value), Call: int.Parse(m.Groups[2].Value))).ToArray();
            Assert.That(calledHere.Select(c => c.Call), Is.EqualTo(calledHere.Select(c => c.Paragraph)), $"page {page}: calls numbered through the document");
            Assert.That(notes, Is.EqualTo(calledHere.Select(c => $"{c.Call}. note {c.Call:00}")), $"page {page}: the footnotes are those called on it, each numbered by its marker");
            seen.AddRange(notes);
        }

        Assert.That(seen, Has.Count.EqualTo(30), "no footnote is lost or doubled");
    }

    [Test]
    public void A_footnote_too_long_for_its_page_goes_on_at_the_foot_of_the_next()
    {
        var probe = LayoutProbe.OfBody($"""<p style="margin: 0">{Words(40)}<span class="fn">{Words(60, "n")}</span></p><p style="margin: 0">{Words(30, "x")}</p>""", Css);

        var first = probe.LinesOf(1);
        var call = first.Select((l, i) => (l, i)).Single(p => p.l.EndsWith("w401"));
        Assert.That(first[call.i + 1], Does.StartWith("1. n01"), "the footnote begins on its call's page, under the text");
        var second = probe.LinesOf(2);
        Assert.That(second, Has.Some.StartsWith("x01"));
        Assert.That(string.Join(" ", first.Concat(second).Concat(probe.Pages.Count > 2 ? probe.LinesOf(3) : [])), Does.Contain("n59 n60"));
        var noteWords = first.Concat(second).Where(l => l.Contains('n') && !l.StartsWith('x') && !l.StartsWith('w')).SelectMany(l => l.Split(' ')).Where(w => w.StartsWith('n')).ToArray();
        Assert.That(noteWords, Is.EqualTo(Enumerable.Range(1, 60).Select(i => $"n{i:00}")), "split, not lost or repeated");
    }

    [Test]
    public void A_call_whose_footnote_cannot_begin_on_its_page_moves_to_the_next_with_its_line()
    {
        // 11 full lines, then a line with a call: its footnote (with the area's 3 pt rule and padding) cannot start in 15 pt.
        var probe = LayoutProbe.OfBody($"""<p style="margin: 0; orphans: 1; widows: 1">{Words(11 * 7)} last<span class="fn">note</span></p>""", Css);

        Assert.That(probe.LinesOf(1), Has.None.Contains("note"));
        Assert.That(probe.LinesOf(1), Has.None.Contains("last"));
        Assert.That(probe.LinesOf(2), Is.EqualTo(new[] { "last1", "1. note" }));
    }

    [Test]
    public void A_footnote_inside_a_footnote_stays_in_its_text()
    {
        var probe = LayoutProbe.OfBody("""<p>A<span class="fn">outer <span class="fn">inner</span></span></p>""", Css);

        Assert.That(probe.LinesOf(1)[^1], Is.EqualTo("1. outer inner"));
        Assert.That(NotesOn(probe, 1), Has.Count.EqualTo(1));
    }

    private static IEnumerable<LineFragment> Lines(BoxFragment box) =>
        box.Children.SelectMany(c => c switch { LineFragment l => [l], BoxFragment b => Lines(b), _ => [] });
}
