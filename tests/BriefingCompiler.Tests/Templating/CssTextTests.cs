using BriefingCompiler.Templating;

namespace BriefingCompiler.Tests.Templating;

public class CssTextTests
{
    [TestCase("Version 2 · 4 November 2024", "\"Version 2 · 4 November 2024\"")]
    [TestCase("发布对象：GAC 成员（会前）", "\"发布对象：GAC 成员（会前）\"")]
    [TestCase("a\"b", "\"a\\22 b\"")]
    [TestCase("back\\slash", "\"back\\5c slash\"")]
    [TestCase("</style>", "\"\\3c /style\\3e \"")]
    [TestCase("line\nbreak", "\"line\\a break\"")]
    [TestCase("it's & co", "\"it\\27 s \\26  co\"")]
    public void Strings_cannot_leave_their_quotes(string text, string expected) =>
        Assert.That(CssText.QuotedString(text), Is.EqualTo(expected));

    [TestCase("Page {0} of {1}", "", "\"Page \" counter(page) \" of \" counter(pages)")]
    [TestCase("第 {0} 页，共 {1} 页", "", "\"第 \" counter(page) \" 页，共 \" counter(pages) \" 页\"")]
    [TestCase("{0}/{1}", "", "counter(page) \"/\" counter(pages)")]
    [TestCase("{0}", "SECRET · ", "\"SECRET · \" counter(page)")]
    [TestCase("no placeholders", "", "\"no placeholders\"")]
    [TestCase("", "", "\"\"")]
    public void Page_patterns_become_counters(string pattern, string prefix, string expected) =>
        Assert.That(CssText.PageCounterContent(pattern, prefix), Is.EqualTo(expected));
}
