using BriefingCompiler.Pdf.Styling;

namespace BriefingCompiler.Pdf.Tests.Styling;

/// <summary>
/// The scan that keeps pathological nesting from making parsing quadratic (issue 20 #14: 100,000 nested divs took
/// 476 s): real documents pass untouched, deeper tags become spaces, text and every offset stay where they were.
/// </summary>
public class NestingLimitTests
{
    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    [Test]
    public void A_document_nesting_less_than_the_limit_is_the_same_string()
    {
        var html = "<!DOCTYPE html><html><body>" + Repeat("<div>", 500) + "x" + Repeat("</div>", 500) + "</body></html>";
        var (limited, wasLimited) = NestingLimit.Apply(html);
        Assert.That((ReferenceEquals(limited, html), wasLimited), Is.EqualTo((true, false)));
    }

    [TestCase("<li>item", "</ul>")]
    [TestCase("<li><p>item", "</ul>")]
    [TestCase("<p>paragraph", "")]
    [TestCase("<tr><td>a<td>b", "</table>")]
    [TestCase("<dt>term<dd>definition", "</dl>")]
    public void Siblings_whose_end_tags_html_lets_authors_omit_do_not_count_as_nesting(string item, string close)
    {
        var opening = close.Length > 0 ? "<" + close[2..] : "";
        var html = "<!DOCTYPE html><html><body>" + opening + Repeat(item, 5_000) + close + "</body></html>";
        Assert.That(NestingLimit.Apply(html).Limited, Is.False);
    }

    [Test]
    public void Tags_deeper_than_the_limit_become_spaces_and_offsets_are_kept()
    {
        var html = Repeat("<div class=\"a>b\">", 600) + "deep\ntext" + Repeat("</div>", 600) + "<p>after</p>";
        var (limited, wasLimited) = NestingLimit.Apply(html);

        Assert.That(wasLimited, Is.True);
        Assert.That(limited, Has.Length.EqualTo(html.Length));
        Assert.That(limited.IndexOf("deep\ntext", StringComparison.Ordinal), Is.EqualTo(html.IndexOf("deep\ntext", StringComparison.Ordinal)));
        Assert.That(CountOf(limited, "<div"), Is.EqualTo(NestingLimit.MaxDepth), "an attribute's quoted '>' does not end its tag");
        Assert.That(CountOf(limited, "</div>"), Is.EqualTo(NestingLimit.MaxDepth), "the end tags of blanked elements go with them");
        Assert.That(limited, Does.EndWith("<p>after</p>"));
    }

    [Test]
    public void Comments_raw_text_and_void_elements_do_not_nest()
    {
        var html = Repeat("<!-- <div> --><script>if (a<b) '<div>'</script><br><img src=x><hr/>", 2_000) + "<p>end</p>";
        Assert.That(NestingLimit.Apply(html).Limited, Is.False);
    }

    private static int CountOf(string text, string piece)
    {
        var count = 0;
        for (var at = text.IndexOf(piece, StringComparison.Ordinal); at >= 0; at = text.IndexOf(piece, at + 1, StringComparison.Ordinal))
            count++;
        return count;
    }
}
