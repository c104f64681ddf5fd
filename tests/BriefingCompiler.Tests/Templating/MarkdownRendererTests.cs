using BriefingCompiler.Templating;

namespace BriefingCompiler.Tests.Templating;

public class MarkdownRendererTests
{
    [Test]
    public void Pipe_tables_become_tables()
    {
        var html = MarkdownRenderer.ToHtml("| a | b |\n|---|--:|\n| 1 | 2 |", 3);
        var doc = RenderedDocument.Parse(html);
        Assert.That(doc.QuerySelectorAll("table th").Select(th => th.TextContent), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(doc.QuerySelectorAll("table td").Select(td => td.TextContent), Is.EqualTo(new[] { "1", "2" }));
    }

    [TestCase(3, "<h3>A</h3>\n<h4>B</h4>\n<h6>C</h6>\n")]
    [TestCase(4, "<h4>A</h4>\n<h5>B</h5>\n<h6>C</h6>\n")]
    [TestCase(1, "<h1>A</h1>\n<h2>B</h2>\n<h5>C</h5>\n")]
    public void Headings_move_down_and_stop_at_h6(int level, string expected) =>
        Assert.That(MarkdownRenderer.ToHtml("# A\n## B\n##### C", level), Is.EqualTo(expected));

    [Test]
    public void Email_autolinks_and_web_autolinks_are_kept()
    {
        var html = MarkdownRenderer.ToHtml("<gac@icann.org> <https://icann.org>", 3);
        Assert.That(html, Is.EqualTo("<p><a href=\"mailto:gac@icann.org\">gac@icann.org</a> <a href=\"https://icann.org\">https://icann.org</a></p>\n"));
    }

    [TestCase("javascript:alert(1)", false)]
    [TestCase(" JavaScript:alert(1)", false)]
    [TestCase("data:text/html,x", false)]
    [TestCase("vbscript:x", false)]
    [TestCase("file:///etc/passwd", false)]
    [TestCase("//evil.example/x", false)]
    [TestCase("relative/page.html", false)]
    [TestCase("http:", false)]
    [TestCase("", false)]
    [TestCase("HTTPS://icann.org", true)]
    [TestCase("http://icann.org", true)]
    [TestCase("mailto:gac@icann.org", true)]
    [TestCase("#agenda-2", true)]
    public void Link_policy_is_an_allow_list(string url, bool allowed) =>
        Assert.That(LinkPolicy.IsAllowed(url), Is.EqualTo(allowed));

    [Test]
    public void Code_is_escaped_and_CJK_text_passes_unchanged()
    {
        Assert.That(MarkdownRenderer.ToHtml("`<b>` 会议目标 é", 3), Is.EqualTo("<p><code>&lt;b&gt;</code> 会议目标 é</p>\n"));
    }
}
