using BriefingCompiler.Templating;
namespace BriefingCompiler.Tests.Templating;
public class ScratchTests
{
    [Test]
    public void Dump()
    {
        File.WriteAllText("/tmp/html-zh.html", RenderedDocument.Html(BriefingFixtures.Chinese()));
        File.WriteAllText("/tmp/html-en.html", RenderedDocument.Html(BriefingFixtures.English()));
    }
}
