using BriefingCompiler.Localization;
using BriefingCompiler.Templating;

namespace BriefingCompiler.Tests.Templating;

/// <summary>Straight quotes typed in Markdown become the document language's quotation marks in the HTML (issue 18, item 5).</summary>
public class TypographicQuotesTests
{
    private static string Html(string markdown, string language) =>
        MarkdownRenderer.ToHtml(markdown, 3, new DocumentFootnotes(), QuotationMarks.For(language)).Trim();

    [TestCase("en", "<p>He said “yes” and it’s ‘fine’.</p>")]
    [TestCase("zh", "<p>He said “yes” and it’s ‘fine’.</p>")]
    [TestCase("fr", "<p>He said «\u202Fyes\u202F» and it’s “fine”.</p>")]
    [TestCase("es", "<p>He said «yes» and it’s “fine”.</p>")]
    [TestCase("ru", "<p>He said «yes» and it’s „fine“.</p>")]
    [TestCase("ar", "<p>He said «yes» and it’s “fine”.</p>")]
    [TestCase("de", "<p>He said „yes“ and it’s ‚fine‘.</p>")]
    [TestCase("ja", "<p>He said 「yes」 and it’s 『fine』.</p>")]
    [TestCase("zh-Hant", "<p>He said 「yes」 and it’s 『fine』.</p>")]
    [TestCase("zh-TW", "<p>He said 「yes」 and it’s 『fine』.</p>")]
    public void Each_language_gets_its_own_marks(string language, string expected) =>
        Assert.That(Html("He said \"yes\" and it's 'fine'.", language), Is.EqualTo(expected));

    [Test]
    public void French_spaces_typed_inside_the_marks_become_the_narrow_no_break_space() =>
        Assert.That(Html("Il a dit \" oui \" à l'instant.", "fr"), Is.EqualTo("<p>Il a dit «\u202Foui\u202F» à l’instant.</p>"));

    [Test]
    public void A_quote_reads_its_neighbours_across_emphasis_and_links() =>
        Assert.That(Html("\"**Bold** words\" and \"[a link](https://icann.org)\".", "en"),
            Is.EqualTo("<p>“<strong>Bold</strong> words” and “<a href=\"https://icann.org\">a link</a>”.</p>"));

    [Test]
    public void Code_and_escaped_quotes_stay_as_typed()
    {
        Assert.That(Html("Type `\"x\"` or \\\"y\\\".", "en"), Is.EqualTo("<p>Type <code>&quot;x&quot;</code> or &quot;y&quot;.</p>"));
        Assert.That(Html("```\nsay \"hi\"\n```", "en"), Does.Contain("say &quot;hi&quot;"));
    }

    [Test]
    public void Quotes_inside_text_typed_as_an_html_tag_stay_straight() =>
        Assert.That(Html("Inline <b onclick=\"alert(1)\">bold</b> is \"shown\".", "en"),
            Is.EqualTo("<p>Inline &lt;b onclick=&quot;alert(1)&quot;&gt;bold&lt;/b&gt; is “shown”.</p>"));

    [Test]
    public void Apostrophes_after_a_word_and_before_a_number_are_apostrophes() =>
        Assert.That(Html("The States' rights since the '90s, ICANN's role.", "en"), Is.EqualTo("<p>The States’ rights since the ’90s, ICANN’s role.</p>"));

    [Test]
    public void A_quote_before_a_footnote_call_closes()
    {
        var html = Html("The \"communiqué\"[^1] says so.\n\n[^1]: Kigali.", "en");
        Assert.That(html, Does.StartWith("<p>The “communiqué”<sup"));
    }

    [Test]
    public void Headings_and_table_cells_get_the_marks_too() =>
        Assert.That(Html("# The \"plan\"\n\n| a |\n|---|\n| \"b\" |", "en"), Does.Contain("<h3>The “plan”</h3>").And.Contain("<td>“b”</td>"));

    [Test]
    public void Without_marks_the_quotes_stay_as_typed() =>
        Assert.That(MarkdownRenderer.ToHtml("\"yes\"", 3, new DocumentFootnotes()).Trim(), Is.EqualTo("<p>&quot;yes&quot;</p>"));
}
