using BriefingCompiler.Building;

namespace BriefingCompiler.Tests.Building;

/// <summary>The template and fonts a watch keeps between builds: reused while nothing they depend on changes, reloaded when it does.</summary>
public class BuildEngineCacheTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("briefc-engines-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private string Source => Path.Combine(_folder, "b.en.yaml");

    private string Template => Path.Combine(_folder, "template.html.sbn");

    private BuildRequest Request() => new(
        [new BuildSource("b.en.yaml", Source)], Path.Combine(_folder, "out"), "out", OutputFormats.Html, Template, [], null, null, "test");

    private string Html() => File.ReadAllText(Path.Combine(_folder, "out", "b.en.html"));

    [Test]
    public void A_template_is_parsed_once_while_it_is_unchanged_and_again_when_it_changes()
    {
        SampleBriefings.CopyTo(_folder, "en", Path.GetFileName(Source));
        File.WriteAllText(Template, "<!DOCTYPE html><html><body><h1>first {{ briefing.session.title }}</h1></body></html>");
        using var engines = new BuildEngineCache();

        Assert.That(new ProjectBuilder(Request(), engines).Run().Succeeded, Is.True);
        Assert.That(Html(), Does.Contain("<h1>first Meeting of the GAC"));
        var shared = BuildFingerprint.Shared(Request());
        Assert.That(engines.Holds(shared), Is.True, "kept after the build");

        // The briefing changes, the template does not: the kept template builds it.
        File.AppendAllText(Source, "# a comment\n");
        Assert.That(new ProjectBuilder(Request(), engines).Run().Succeeded, Is.True);
        Assert.That(engines.Holds(shared), Is.True);

        // The template changes: a new key, the template is parsed again and the new one is used.
        File.WriteAllText(Template, "<!DOCTYPE html><html><body><h1>second {{ briefing.session.title }}</h1></body></html>");
        var report = new ProjectBuilder(Request(), engines).Run();
        Assert.That(report.Count(BuildStatus.Built), Is.EqualTo(1), "the template is an input of the output");
        Assert.That(Html(), Does.Contain("<h1>second Meeting of the GAC"));
        Assert.That(engines.Holds(shared), Is.False);
        Assert.That(engines.Holds(BuildFingerprint.Shared(Request())), Is.True);
    }

    [Test]
    public void A_template_with_errors_is_not_kept_and_is_reported_on_every_build()
    {
        SampleBriefings.CopyTo(_folder, "en", Path.GetFileName(Source));
        File.WriteAllText(Template, "<html>{{ if }}</html>");
        using var engines = new BuildEngineCache();

        var first = new ProjectBuilder(Request(), engines).Run();
        File.AppendAllText(Source, "# a comment\n");
        var second = new ProjectBuilder(Request(), engines).Run();

        Assert.That(first.TemplateFailure, Is.Not.Null);
        Assert.That(second.TemplateFailure!.Diagnostics, Is.EqualTo(first.TemplateFailure!.Diagnostics));
        Assert.That(engines.Holds(BuildFingerprint.Shared(Request())), Is.False);
    }
}
