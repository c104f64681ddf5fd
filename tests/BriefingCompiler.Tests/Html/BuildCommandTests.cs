using System.Text.Json;
using Briefc;
using BriefingCompiler.Tests.Cli;
using BriefingCompiler.Tests.Templating;

namespace BriefingCompiler.Tests.Html;

/// <summary><c>briefc build</c> run in-process, on files in a temporary folder.</summary>
public class BuildCommandTests
{
    private string _folder = null!;
    private string _out = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Directory.CreateTempSubdirectory("briefc-build-").FullName;
        _out = Path.Combine(_folder, "out");
        foreach (var language in new[] { "zh", "en" })
            SampleBriefings.CopyTo(_folder, language);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private string Source(string language) => Path.Combine(_folder, $"icann81-gac-alac.{language}.yaml");

    [Test]
    public void Builds_one_HTML_file_per_source_named_after_it()
    {
        var run = CliRun.Of("build", Source("zh"), Source("en"), "--format", "html", "--out", _out);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(Directory.GetFiles(_out).Select(Path.GetFileName).Order(),
            Is.EqualTo(new[] { BriefingCompiler.Building.BuildManifest.FileName, BriefingCompiler.Building.ManifestLock.FileName, "icann81-gac-alac.en.html", "icann81-gac-alac.zh.html", "icann81-gac-alac.zh.members.html" }));
        var zh = RenderedDocument.Parse(File.ReadAllText(Path.Combine(_out, "icann81-gac-alac.zh.html")));
        Assert.That(zh.QuerySelector("#objective h2")!.Text(), Is.EqualTo("会议目标"));
        Assert.That(run.Output, Does.Contain("icann81-gac-alac.zh.html"));
    }

    [Test]
    public void A_source_with_errors_writes_nothing_and_exits_1_while_the_others_build()
    {
        var broken = Path.Combine(_folder, "broken.zh.yaml");
        File.WriteAllText(broken, File.ReadAllText(Source("zh")).Replace("language: zh", "language: zh\nlangauge: en"));

        var run = CliRun.Of("build", _folder, "--out", _out);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(run.Error, Does.Contain("broken.zh.yaml(4,1): error BRF2002"));
        Assert.That(File.Exists(Path.Combine(_out, "broken.zh.html")), Is.False);
        Assert.That(File.Exists(Path.Combine(_out, "icann81-gac-alac.zh.html")), Is.True);
    }

    [Test]
    public void Custom_template_with_a_partial_from_its_folder_is_used()
    {
        var templates = Path.Combine(_folder, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "title.sbn"), "<h1>{{ briefing.session.title }}</h1>");
        File.WriteAllText(Path.Combine(templates, "plain.html.sbn"),
            "<!DOCTYPE html><html lang=\"{{ document.lang }}\"><body>{{ include 'title.sbn' }}<p>{{ format_date current_version.date }}</p></body></html>");

        var run = CliRun.Of("build", Source("en"), "--out", _out, "--template", Path.Combine(templates, "plain.html.sbn"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(File.ReadAllText(Path.Combine(_out, "icann81-gac-alac.en.html")), Is.EqualTo(
            "<!DOCTYPE html><html lang=\"en\"><body><h1>Meeting of the GAC with the At-Large Advisory Committee (ALAC)</h1><p>4 November 2024</p></body></html>"));
    }

    [Test]
    public void Template_errors_name_the_template_file_line_and_column_and_write_nothing()
    {
        var template = Path.Combine(_folder, "typo.html.sbn");
        File.WriteAllText(template, "<p>ok</p>\n<h1>{{ briefing.sesion.title }}</h1>\n");

        var run = CliRun.Of("build", Source("en"), "--out", _out, "--template", template);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        Assert.That(run.Error, Does.Contain($"{template}(2,17): error BRF4002"));
        Assert.That(Directory.Exists(_out) && Directory.EnumerateFileSystemEntries(_out).Any(), Is.False);
    }

    [Test]
    public void Template_syntax_errors_stop_the_build_before_any_source()
    {
        var template = Path.Combine(_folder, "broken.html.sbn");
        File.WriteAllText(template, "{{ for x in }}");

        var run = CliRun.Of("build", Source("en"), "--out", _out, "--template", template, "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ValidationFailed));
        var report = JsonDocument.Parse(run.Output).RootElement;
        var diagnostic = report.GetProperty("files")[0].GetProperty("diagnostics")[0];
        Assert.That(diagnostic.GetProperty("code").GetString(), Is.EqualTo("BRF4001"));
        Assert.That(diagnostic.GetProperty("line").GetInt32(), Is.EqualTo(1));
        Assert.That(Directory.Exists(_out), Is.False);
    }

    [Test]
    public void Unknown_format_is_a_usage_error()
    {
        var run = CliRun.Of("build", Source("en"), "--format", "odt", "--out", _out);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError));
    }
}
