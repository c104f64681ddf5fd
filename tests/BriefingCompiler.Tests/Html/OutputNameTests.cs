using BriefingCompiler.Html;

namespace BriefingCompiler.Tests.Html;

public class OutputNameTests
{
    [TestCase("briefings/icann81-gac-alac.zh.yaml", "out/icann81-gac-alac.zh.html")]
    [TestCase("briefings/x.en.yml", "out/x.en.html")]
    [TestCase("/abs/path/X.EN.YAML", "out/X.EN.html")]
    [TestCase("notes.txt", "out/notes.txt.html")]
    public void Output_takes_the_source_base_name(string source, string expected) =>
        Assert.That(OutputName.For(source, "out", ".html"), Is.EqualTo(expected));
}
