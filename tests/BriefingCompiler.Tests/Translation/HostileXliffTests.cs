using System.Text;
using BriefingCompiler.Diagnostics;
using BriefingCompiler.Translation;

namespace BriefingCompiler.Tests.Translation;

/// <summary>
/// XLIFF files are untrusted input: whatever comes back from outside is refused with a positioned error, in bounded
/// time and memory, before anything is read from elsewhere or expanded.
/// </summary>
public class HostileXliffTests
{
    private const string Head = """<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr"><file id="f1" original="x.en.yaml">""";

    private static Diagnostic Refusal(string xml)
    {
        var (document, diagnostics) = XliffReader.Read("in.xlf", Encoding.UTF8.GetBytes(xml));
        Assert.That(document, Is.Null);
        Assert.That(diagnostics, Has.Count.EqualTo(1));
        Assert.That(diagnostics[0].Code, Is.EqualTo(DiagnosticCodes.XliffUnreadable));
        return diagnostics[0];
    }

    [Test]
    public void An_external_entity_is_refused_at_the_DOCTYPE_and_nothing_is_read()
    {
        var secret = Path.Combine(Directory.CreateTempSubdirectory("briefc-xxe-").FullName, "secret.txt");
        File.WriteAllText(secret, "TOP SECRET");
        var refusal = Refusal($"""
            <?xml version="1.0"?>
            <!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file://{secret}">]>
            {Head}<unit id="u"><segment><source>a</source><target>&xxe;</target></segment></unit></file></xliff>
            """);
        Assert.That(refusal.Message, Does.Contain("DOCTYPE"));
        Assert.That(refusal.Span.Line, Is.EqualTo(2));
        Assert.That(refusal.Message, Does.Not.Contain("TOP SECRET"));
    }

    [Test]
    public void A_billion_laughs_is_refused_without_expanding_anything()
    {
        var entities = new StringBuilder("""<!ENTITY lol0 "lollollollollollollollollollol">""");
        for (var i = 1; i < 10; i++)
            entities.Append($"""<!ENTITY lol{i} "{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}">""");
        var refusal = Refusal($"<!DOCTYPE xliff [{entities}]>{Head}<unit id=\"u\"><segment><source>a</source><target>&lol9;</target></segment></unit></file></xliff>");
        Assert.That(refusal.Message, Does.Contain("DOCTYPE"));
    }

    [Test]
    public void A_million_units_are_refused_at_the_first_past_the_limit()
    {
        var xml = new StringBuilder(Head);
        for (var i = 0; i < 1_000_000; i++)
            xml.Append("<unit id=\"u").Append(i).Append("\"/>\n");
        xml.Append("</file></xliff>");

        var refusal = Refusal(xml.ToString());

        Assert.That(refusal.Message, Does.Contain("more than 100,000 units"));
        Assert.That(refusal.Span.Line, Is.EqualTo(XliffLimits.MaxUnits + 1), "the place of the first unit too many");
    }

    [Test]
    public void Files_over_the_size_limit_and_nesting_past_the_depth_limit_are_refused()
    {
        var big = new byte[XliffLimits.MaxFileBytes + 1];
        var (document, diagnostics) = XliffReader.Read("big.xlf", big);
        Assert.That(document, Is.Null);
        Assert.That(diagnostics.Single().Message, Does.Contain("limited to 32 MiB"));

        var deep = Head + "<unit id=\"u\"><segment><source>a</source><target>"
            + string.Concat(Enumerable.Range(1, 200).Select(i => $"<pc id=\"{i}\">")) + "x"
            + string.Concat(Enumerable.Repeat("</pc>", 200)) + "</target></segment></unit></file></xliff>";
        Assert.That(Refusal(deep).Message, Does.Contain("nest more than 64 deep"));
    }

    [TestCase("<xliff xmlns=\"urn:example\"/>", "namespace 'urn:example'")]
    [TestCase("<html/>", "not an XLIFF file")]
    [TestCase(Head + "<unit id=\"u\"><segment><source>a</source><target><b>x</b></target></segment></unit></file></xliff>", "<b> is not an inline element")]
    [TestCase(Head + "<unit id=\"u\"><segment><source>a</source><target><ph id=\"one\"/></target></segment></unit></file></xliff>", "the id 'one'")]
    [TestCase(Head + "<unit id=\"u\"><segment><source>a</source><target>x", "not well-formed XML")]
    public void What_is_not_an_XLIFF_briefc_wrote_is_named(string xml, string expected)
    {
        Assert.That(Refusal(xml).Message, Does.Contain(expected));
    }
}
