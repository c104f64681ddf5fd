using System.Diagnostics;
using System.Text.Json;
using AngleSharp;
using Briefc;

namespace BriefingCompiler.Tests.Diffing;

/// <summary><c>briefc diff</c> and <c>briefc check --against</c> run in-process on the real test pairs.</summary>
public class DiffCommandTests
{
    private static string Data(string name) => BriefingFileDiffTests.Data(name);

    private static (int Exit, string Output, string Error) Briefc(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = BriefcApp.Run(args, new CliContext(output, error, _ => null));
        return (exit, output.ToString(), error.ToString());
    }

    [Test]
    public void No_change_exits_0_and_prints_nothing()
    {
        var (exit, output, _) = Briefc("diff", Data("en-v1.yaml"), Data("en-v1-reformatted.yaml"));
        Assert.That((exit, output), Is.EqualTo((0, "")));
    }

    [Test]
    public void Changes_exit_1_with_plain_marks_when_not_on_a_terminal()
    {
        var (exit, output, error) = Briefc("diff", Data("en-v1.yaml"), Data("en-v2.yaml"));
        Assert.That(exit, Is.EqualTo(1), error);
        Assert.That(output, Does.Not.Contain("\u001b["));
        Assert.That(output, Does.Contain("meet [-regularly-]{+often+} during"));
        Assert.That(output, Does.Contain("\nagenda\n  ~ agenda[3].status changed\n      [-tentative-]{+confirmed+}\n"));
    }

    [Test]
    public void Exit_zero_writes_the_redline_and_exits_0_on_changes_but_trouble_stays_2()
    {
        var file = Path.Combine(Path.GetTempPath(), $"briefc-redline-{Guid.NewGuid():N}.html");
        try
        {
            var (exit, _, error) = Briefc("diff", Data("en-v1.yaml"), Data("en-v2.yaml"), "-f", "html", "-o", file, "--exit-zero");
            Assert.That(exit, Is.EqualTo(0), error);
            Assert.That(File.ReadAllText(file), Does.Contain("<ins>"));
            Assert.That(File.ReadAllText(file), Does.Contain("<p class=\"versions\">Version <del class=\"version\">1</del> → <ins class=\"version\">2</ins></p>"), "the command gives the redline both versions");
            Assert.That(Briefc("diff", Data("en-v1.yaml"), Data("en-v2.yaml"), "-f", "html", "-o", file).Exit, Is.EqualTo(1), "diff(1)'s codes without it");
            Assert.That(Briefc("diff", Data("en-v1.yaml"), Data("missing.yaml"), "--exit-zero").Exit, Is.EqualTo(2));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Json_output_names_the_sides_as_given_and_lists_the_changes()
    {
        var (exit, output, _) = Briefc("diff", Data("zh-v1.yaml"), Data("zh-v2.yaml"), "--format", "json");
        Assert.That(exit, Is.EqualTo(1));
        using var json = JsonDocument.Parse(output);
        Assert.That(json.RootElement.GetProperty("old").GetString(), Is.EqualTo(Data("zh-v1.yaml")));
        var changes = json.RootElement.GetProperty("changes").EnumerateArray().ToList();
        Assert.That(changes.Select(c => c.GetProperty("path").GetString()),
            Is.EqualTo(new[] { "agenda[3].status", "agenda[5]", "agenda[6].title", "positions[1].body" }));
        Assert.That(changes[1].GetProperty("new").GetProperty("title").GetString(), Is.EqualTo("后续步骤"));
        Assert.That(changes[2].GetProperty("oldPath").GetString(), Is.EqualTo("agenda[5].title"));
        var segments = changes[2].GetProperty("blocks")[0].GetProperty("segments").EnumerateArray()
            .Select(s => (s.GetProperty("op").GetString(), s.GetProperty("text").GetString()));
        Assert.That(segments, Is.EqualTo(new[] { ("equal", "闭幕"), ("delete", "致辞"), ("insert", "发言") }));
    }

    [Test]
    public async Task Html_out_is_written_atomically_and_parses_as_a_redline()
    {
        var folder = Directory.CreateTempSubdirectory("briefc-diff-").FullName;
        try
        {
            var target = Path.Combine(folder, "redline.html");
            var (exit, output, _) = Briefc("diff", Data("zh-v1.yaml"), Data("zh-v2.yaml"), "--format", "html", "--out", target);
            Assert.That((exit, output), Is.EqualTo((1, "")));
            Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName), Is.EqualTo(new[] { "redline.html" }), "no temporary file left");

            var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(File.ReadAllText(target)));
            Assert.That(document.DocumentElement.GetAttribute("lang"), Is.EqualTo("zh"));
            // Headings in the briefing's language: the built-in 议程 and the briefing's own label for positions.
            Assert.That(document.QuerySelectorAll("section.diff-section h2").Select(h => h.TextContent),
                Is.EqualTo(new[] { "议程 agenda", "现状与展望 positions" }));
            var title = document.QuerySelectorAll("article.change").Single(a => a.GetAttribute("data-path") == "agenda[6].title");
            Assert.That(title.QuerySelector("del")!.TextContent, Is.EqualTo("致辞"));
            Assert.That(title.QuerySelector("ins")!.TextContent, Is.EqualTo("发言"));
            var body = document.QuerySelectorAll("article.change").Single(a => a.GetAttribute("data-path") == "positions[1].body");
            Assert.That(body.QuerySelectorAll("del").Select(d => d.TextContent), Is.EqualTo(new[] { "促进" }));
            Assert.That(body.QuerySelectorAll("ins").Select(d => d.TextContent), Is.EqualTo(new[] { "推动" }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void An_invalid_side_exits_2_with_its_diagnostics()
    {
        var folder = Directory.CreateTempSubdirectory("briefc-diff-").FullName;
        try
        {
            var broken = Path.Combine(folder, "broken.yaml");
            File.WriteAllText(broken, File.ReadAllText(Data("en-v1.yaml")).Replace("objective:", "objectiv:"));
            var (exit, output, error) = Briefc("diff", Data("en-v1.yaml"), broken);
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain("broken.yaml(").And.Contain("error BRF"));
            Assert.That(error, Does.Contain("not a valid briefing"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCase("diff", "no-such-file.yaml", "also-missing.yaml")]
    [TestCase("diff", "only-one.yaml")]
    [TestCase("diff", "a.yaml", "b.yaml", "--against", "HEAD")]
    [TestCase("diff", "a.yaml", "b.yaml", "--format", "docx")]
    public void Trouble_exits_2(params string[] args)
    {
        var (exit, _, error) = Briefc(args);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Is.Not.Empty);
    }

    [Test]
    public void Pdf_redline_is_the_HTML_redline_laid_out_by_the_engine_and_needs_out()
    {
        var folder = Directory.CreateTempSubdirectory("briefc-diff-pdf-").FullName;
        try
        {
            var pdfPath = Path.Combine(folder, "redline.pdf");
            var (withoutOut, _, usage) = Briefc("diff", Data("zh-v1.yaml"), Data("zh-v2.yaml"), "--format", "pdf");
            var (exit, _, error) = Briefc("diff", Data("zh-v1.yaml"), Data("zh-v2.yaml"), "--format", "pdf", "--out", pdfPath);

            Assert.That(withoutOut, Is.EqualTo(2));
            Assert.That(usage, Does.Contain("--out"));
            Assert.That(exit, Is.EqualTo(1), error);
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(pdfPath);
            var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
            Assert.That(text, Does.Contain("agenda[3].status"));
            Assert.That(text, Does.Contain("闭幕致辞发言"), "the deleted and the inserted characters, both shown");
            Assert.That(text, Does.Contain("后续步骤"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Against_a_git_revision_and_check_against_enforces_a_new_version()
    {
        var repo = Directory.CreateTempSubdirectory("briefc-git-").FullName;
        try
        {
            var folder = Path.Combine(repo, "briefings");
            Directory.CreateDirectory(folder);
            var en = Path.Combine(folder, "x.en.yaml");
            var zh = Path.Combine(folder, "x.zh.yaml");
            File.Copy(Data("en-v1.yaml"), en);
            File.Copy(Data("zh-v1.yaml"), zh);
            Git(repo, "init", "-q");
            Git(repo, "add", ".");
            Git(repo, "commit", "-q", "-m", "v1");
            File.Copy(Data("en-v2.yaml"), en, overwrite: true);
            File.Copy(Data("zh-v2.yaml"), zh, overwrite: true);

            var (exit, output, error) = Briefc("diff", zh, "--against", "HEAD", "--format", "json");
            Assert.That(exit, Is.EqualTo(1), error);
            using (var json = JsonDocument.Parse(output))
            {
                Assert.That(json.RootElement.GetProperty("old").GetString(), Is.EqualTo("HEAD:briefings/x.zh.yaml"));
                Assert.That(json.RootElement.GetProperty("changes").GetArrayLength(), Is.EqualTo(4));
            }
            Assert.That(Briefc("diff", en, "--against", "HEAD").Exit, Is.EqualTo(1));
            Assert.That(Briefc("diff", en, "--against", "no-such-rev").Exit, Is.EqualTo(2));

            // zh changed without a new version: BRF3901; en added version 2: fine.
            var check = Briefc("check", folder, "--against", "HEAD");
            Assert.That(check.Exit, Is.EqualTo(1));
            Assert.That(check.Error, Does.Contain("x.zh.yaml(").And.Contain("error BRF3901"));
            // (en may still get a translation warning: its agenda differs from zh's, BRF3101; never an error.)
            Assert.That(check.Error, Does.Not.Match(@"x\.en\.yaml\(\d+,\d+\): error"));
            Assert.That(Briefc("check", en, "--against", "HEAD").Exit, Is.EqualTo(0));
            Assert.That(Briefc("check", zh, "--against", "no-such-rev").Exit, Is.EqualTo(2));
        }
        finally
        {
            Directory.Delete(repo, recursive: true);
        }
    }

    internal static void Git(string repo, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = repo, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-c", "user.name=briefc tests", "-c", "user.email=tests@example.org", "-c", "commit.gpgsign=false" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, process.StandardError.ReadToEnd());
    }
}
