using System.Text.RegularExpressions;
using BriefingCompiler.Tests.Cli;

namespace BriefingCompiler.Tests.Native;

/// <summary>
/// The native briefc (Native AOT, what <c>dotnet publish</c> and the tool package give users) behaves exactly like
/// the briefc these tests run in-process: same exit code, same standard output and error, same files, byte for byte.
/// Trimming is what could make them differ (templates read the model by reflection; see
/// src/BriefingCompiler/Model/ILLink.Descriptors.xml), so every path that reflects or serialises is run here.
/// Each command runs twice, natively and in-process, in two copies of the same folder with the same relative paths.
/// </summary>
[NonParallelizable]
public partial class NativeBriefcTests
{
    private NativeBriefc native = null!;
    private string root = "";

    private static readonly Dictionary<string, string> NoEnvironment = new();

    [OneTimeSetUp]
    public void PublishNativeBriefc() => native = NativeBriefc.Publish();

    [SetUp]
    public void CreateFolders() => root = Directory.CreateTempSubdirectory("briefc-native-").FullName;

    [TearDown]
    public void DeleteFolders() => Directory.Delete(root, recursive: true);

    [Test]
    public void Building_the_samples_writes_the_same_HTML_PDF_previews_and_manifest()
    {
        AssertSameRun(folder => CopyFolder(Path.Combine(TestPaths.RepositoryRoot, "briefings"), Path.Combine(folder, "briefings")),
            "build", "briefings", "--format", "html,pdf,png", "--out", "out");
    }

    [Test]
    public void A_JSON_build_report_and_a_second_up_to_date_build_are_the_same()
    {
        AssertSameRun(folder =>
            {
                CopyFolder(Path.Combine(TestPaths.RepositoryRoot, "briefings"), Path.Combine(folder, "briefings"));
                var first = CliRun.In(folder, NoEnvironment, "build", "briefings", "--out", "out");
                Assert.That(first.ExitCode, Is.Zero, first.Error);
            },
            "build", "briefings", "--out", "out", "--json");
    }

    [Test]
    public void Checking_every_golden_invalid_input_reports_the_same_diagnostics()
    {
        var run = AssertSameRun(folder => CopyFolder(TestPaths.GoldenInvalid, Path.Combine(folder, "invalid")), "check", "invalid");
        Assert.That(run.ExitCode, Is.EqualTo(Briefc.ExitCodes.ValidationFailed));
        Assert.That(run.Error, Does.Contain("error BRF"));
    }

    [Test]
    public void GitHub_annotations_and_JSON_diagnostics_are_the_same()
    {
        void Setup(string folder) => CopyFolder(TestPaths.GoldenInvalid, Path.Combine(folder, "invalid"));
        AssertSameRun(Setup, "check", "invalid", "--diagnostics-format", "github");
        AssertSameRun(Setup, "check", "invalid", "--json");
    }

    [TestCase("text")]
    [TestCase("json")]
    [TestCase("html")]
    public void A_diff_is_the_same(string format)
    {
        var run = AssertSameRun(CopyDiffData, "diff", "data/zh-v1.yaml", "data/zh-v2.yaml", "--format", format);
        Assert.That(run.ExitCode, Is.EqualTo(1), "the versions differ");
        Assert.That(run.Output, Is.Not.Empty);
    }

    [Test]
    public void A_diff_and_a_check_against_a_git_revision_are_the_same()
    {
        void Repository(string folder)
        {
            CopyDiffData(folder);
            File.Copy(Path.Combine(folder, "data", "en-v1.yaml"), Path.Combine(folder, "data", "briefing.en.yaml"));
            Git(folder, "init", "-q");
            Git(folder, "add", "data/briefing.en.yaml");
            Git(folder, "commit", "-q", "-m", "v1");
            File.Copy(Path.Combine(folder, "data", "en-v2.yaml"), Path.Combine(folder, "data", "briefing.en.yaml"), overwrite: true);
        }

        var diff = AssertSameRun(Repository, "diff", "data/briefing.en.yaml", "--against", "HEAD", "--format", "json");
        Assert.That(diff.ExitCode, Is.EqualTo(1), diff.Error);
        Assert.That(diff.Output, Does.Contain("\"old\": \"HEAD:data/briefing.en.yaml\""));
        AssertSameRun(Repository, "check", "data/briefing.en.yaml", "--against", "HEAD");
        var outside = AssertSameRun(CopyDiffData, "check", "data/en-v1.yaml", "--against", "HEAD");
        Assert.That(outside.Error, Does.StartWith("briefc: error: 'data/en-v1.yaml' is not in a git repository"), "named as given");
    }

    private static void Git(string folder, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-c", "user.name=briefc tests", "-c", "user.email=tests@example.org", "-c", "commit.gpgsign=false" }.Concat(arguments))
            start.ArgumentList.Add(argument);
        using var process = System.Diagnostics.Process.Start(start)!;
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, process.StandardError.ReadToEnd());
    }

    [Test]
    public void A_PDF_redline_is_the_same() =>
        AssertSameRun(CopyDiffData, "diff", "data/en-v1.yaml", "data/en-v2.yaml", "--format", "pdf", "--out", "redline.pdf");

    [Test]
    public void A_custom_template_reads_the_model_dates_functions_and_partials_the_same_way()
    {
        const string template = """
            <!DOCTYPE html>
            <html lang="{{ document.lang }}"><head><meta charset="utf-8"><title>{{ briefing.session.title }}</title></head>
            <body>
            <p>{{ briefing.meeting.name }}: {{ current_version.date.year }}-{{ current_version.date.month }}-{{ current_version.date.day }}, {{ current_version.date.day_of_week }}</p>
            <p>{{ format_date current_version.date }} · {{ current_version.version }} · {{ labels.agenda }}</p>
            <ol>{{ for item in briefing.agenda }}<li>{{ item.title }}{{ if item.status }} ({{ item.status }}){{ end }}</li>{{ end }}</ol>
            {{ for position in briefing.positions }}<section>{{ markdown position.body 2 }}</section>{{ end }}
            {{ include "footer.sbn" }}
            </body></html>
            """;
        var run = AssertSameRun(folder =>
            {
                CopyFolder(Path.Combine(TestPaths.RepositoryRoot, "briefings"), Path.Combine(folder, "briefings"));
                Directory.CreateDirectory(Path.Combine(folder, "template"));
                File.WriteAllText(Path.Combine(folder, "template", "page.html.sbn"), template);
                File.WriteAllText(Path.Combine(folder, "template", "footer.sbn"), "<footer>{{ briefing.document_control.title }} {{ array.size briefing.document_control.versions }}</footer>");
            },
            "build", "briefings", "--template", "template/page.html.sbn", "--out", "out");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var html = File.ReadAllText(Path.Combine(root, "native", "out", "icann81-gac-alac.en.html"));
        Assert.That(html, Does.Contain(": 2024-11-4, Monday</p>").And.Contain("<footer>").And.Contain("<ol><li>"));
    }

    [Test]
    public void A_template_with_an_extra_font_folder_and_a_project_file_builds_the_same()
    {
        const string template = """
            <!DOCTYPE html>
            <html lang="{{ document.lang }}"><head><meta charset="utf-8"><title>{{ briefing.document_control.title }}</title>
            <style>@page { size: A5; @bottom-center { content: counter(page) " / " counter(pages); } } body { font-family: "Noto Serif Test", serif; }</style></head>
            <body><h1>{{ briefing.session.title }}</h1>{{ markdown briefing.objective 2 }}</body></html>
            """;
        var run = AssertSameRun(folder =>
        {
            CopyFolder(Path.Combine(TestPaths.RepositoryRoot, "briefings"), Path.Combine(folder, "briefings"));
            Directory.CreateDirectory(Path.Combine(folder, "templates"));
            File.WriteAllText(Path.Combine(folder, "templates", "page.html.sbn"), template);
            // An extra font folder (a copy of a bundled face): read, catalogued and fingerprinted natively too.
            Directory.CreateDirectory(Path.Combine(folder, "fonts"));
            File.Copy(Path.Combine(TestPaths.RepositoryRoot, "fonts", "NotoSans-Italic.ttf"), Path.Combine(folder, "fonts", "extra.ttf"));
            File.WriteAllText(Path.Combine(folder, "briefc.yaml"),
                "briefc: 1\nsources: [briefings/*.yaml]\noutput: site\nformats: [html, pdf]\ntemplate: templates/page.html.sbn\nfonts: [fonts]\n");
        }, "build");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(Directory.GetFiles(Path.Combine(root, "native", "site"), "*.pdf"), Has.Length.EqualTo(4), "three samples, the Chinese one in two editions");
    }

    [Test]
    public void A_template_error_is_reported_the_same_way()
    {
        var run = AssertSameRun(folder =>
            {
                CopyFolder(Path.Combine(TestPaths.RepositoryRoot, "briefings"), Path.Combine(folder, "briefings"));
                Directory.CreateDirectory(Path.Combine(folder, "template"));
                File.WriteAllText(Path.Combine(folder, "template", "page.html.sbn"), "<p>{{ briefing.sesion.title }}</p>\n");
            },
            "build", "briefings/icann81-gac-alac.en.yaml", "--template", "template/page.html.sbn", "--out", "out");
        Assert.That(run.Error, Does.StartWith("template/page.html.sbn(1,"), "the template as the user named it");
    }

    [Test]
    public void Rendering_an_XHTML_page_with_a_linked_style_sheet_is_the_same()
    {
        // The XML parser, the style sheet inlining and the raster path, natively: same warnings, same PDF and PNG bytes.
        var run = AssertSameRun(folder =>
            {
                Directory.CreateDirectory(Path.Combine(folder, "page", "support"));
                File.WriteAllText(Path.Combine(folder, "page", "support", "box.css"), "div { width: 75pt; padding-top: 75pt; background: #008000; float: left }");
                File.WriteAllText(Path.Combine(folder, "page", "test.xht"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>
                    <link rel="stylesheet" href="support/box.css"/><link rel="stylesheet" href="../outside.css"/></head>
                    <body><div/><p>caf&eacute;&nbsp;au lait</p></body></html>
                    """);
            },
            "render", "page/test.xht", "--format", "pdf,png", "--page-size", "800px", "600px", "--margin", "0", "--out", "out");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Error, Does.Contain("page/test.xht(3,").And.Contain("warning PDF141").And.Contain("warning PDF101"));
        Assert.That(File.Exists(Path.Combine(root, "native", "out", "test.page-1.png")));
    }

    [TestCase("render", "missing.xht")]
    [TestCase("render", "missing.xht", "--page-size", "800")]
    public void Render_usage_errors_are_the_same(params string[] args) => AssertSameRun(_ => { }, args);

    [Test]
    public void Pinned_and_bounded_builtins_give_the_same_HTML()
    {
        // date.now is pinned, regex.*, html.strip and string.replace are briefc's own (linear, charged to the budget):
        // all are delegates and a subclass of a Scriban type, which the native build must keep.
        const string template = """
            <!DOCTYPE html>
            <p>{{ date.now | date.add_days 1 | date.to_string '%F %Z' }}|{{ 'x1y22' | regex.replace '([0-9]+)' '[$1]' }}|{{ 'a-b' | regex.split '-' | array.join '+' }}|{{ ('ab' | regex.match '(a)(b)') | array.join ',' }}|{{ '<b class="x">t</b>' | html.strip }}|{{ 'a.b' | string.replace '.' '::' }}</p>
            """;
        var run = AssertSameRun(folder =>
            {
                CopyFolder(Path.Combine(TestPaths.RepositoryRoot, "briefings"), Path.Combine(folder, "briefings"));
                Directory.CreateDirectory(Path.Combine(folder, "template"));
                File.WriteAllText(Path.Combine(folder, "template", "page.html.sbn"), template);
            },
            "build", "briefings/icann81-gac-alac.en.yaml", "--format", "html", "--template", "template/page.html.sbn", "--out", "out");
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(File.ReadAllText(Path.Combine(root, "native", "out", "icann81-gac-alac.en.html")),
            Does.Contain("<p>2024-11-05 +00:00|x[1]y[22]|a+b|ab,a,b|t|a::b</p>"));
    }

    [Test]
    public void A_runaway_template_and_a_refused_builtin_are_reported_the_same_way()
    {
        var run = AssertSameRun(folder =>
            {
                CopyFolder(Path.Combine(TestPaths.RepositoryRoot, "briefings"), Path.Combine(folder, "briefings"));
                Directory.CreateDirectory(Path.Combine(folder, "templates"));
                File.WriteAllText(Path.Combine(folder, "templates", "page.html.sbn"),
                    "{{ func f(n)\n  if n < 90\n    f(n + 1)\n    f(n + 1)\n  end\nend }}\n{{ if briefing.language == 'zh' }}{{ math.uuid }}{{ else }}{{ f(0) }}{{ end }}\n");
                File.WriteAllText(Path.Combine(folder, "briefc.yaml"),
                    "briefc: 1\nsources: [briefings/*.yaml]\nformats: [html]\ntemplate: templates/page.html.sbn\ntemplate_budget:\n  steps: 5000\n");
            }, "build");
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Output + run.Error, Does.Contain("error BRF4005: template: budget used up: more than").And.Contain("math.uuid is not available"));
    }

    [Test]
    public void Init_new_and_check_of_the_new_project_are_the_same()
    {
        AssertSameRun(_ => { }, "init", "site");
        AssertSameRun(folder => Assert.That(CliRun.In(folder, NoEnvironment, "init").ExitCode, Is.Zero),
            "new", "budget", "--language", "fr", "--date", "2025-03-01");
    }

    [TestCase("schema")]
    [TestCase("--version")]
    [TestCase("--help")]
    [TestCase("build", "--format", "docx")]
    [TestCase("check", "missing-folder")]
    public void Other_commands_and_usage_errors_are_the_same(params string[] args) => AssertSameRun(_ => { }, args);

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // Unix file modes: the native tests run on Linux.
    public void A_briefc_copied_without_its_native_libraries_says_so_in_one_line()
    {
        var alone = Path.Combine(root, "alone");
        Directory.CreateDirectory(alone);
        File.Copy(native.Executable, Path.Combine(alone, "briefc"));
        File.SetUnixFileMode(Path.Combine(alone, "briefc"), File.GetUnixFileMode(native.Executable));
        CopyFolder(Path.Combine(TestPaths.RepositoryRoot, "briefings"), Path.Combine(alone, "briefings"));

        var html = new NativeBriefc(Path.Combine(alone, "briefc")).Start(alone, NoEnvironment, "build", "briefings", "--format", "html");
        var pdf = new NativeBriefc(Path.Combine(alone, "briefc")).Start(alone, NoEnvironment, "build", "briefings", "--format", "pdf", "--out", "pdf");

        Assert.That(html.ExitCode, Is.Zero, "HTML needs no native library");
        Assert.That(pdf.ExitCode, Is.EqualTo(Briefc.ExitCodes.InternalError));
        Assert.That(pdf.Error, Does.Match(@"^briefc: error: lib(HarfBuzzSharp|SkiaSharp)\.so, a native library of the PDF engine, is missing; it is published next to briefc \(in .*/alone\): copy or install the whole folder, not briefc alone\n$"));
        Assert.That(Directory.Exists(Path.Combine(alone, "pdf")) ? Directory.GetFiles(Path.Combine(alone, "pdf"), "*.pdf") : [], Is.Empty);
    }

    private static void CopyDiffData(string folder) =>
        CopyFolder(Path.Combine(TestPaths.Output, "Diffing", "Data"), Path.Combine(folder, "data"));

    /// <summary>
    /// Prepares two copies of a folder with <paramref name="setup"/>, runs briefc natively in one and in-process in
    /// the other, and asserts the same exit code, output, error and files. Returns the native run.
    /// </summary>
    private ProcessRun AssertSameRun(Action<string> setup, params string[] args)
    {
        var nativeFolder = Path.Combine(root, "native");
        var inProcessFolder = Path.Combine(root, "in-process");
        foreach (var folder in new[] { nativeFolder, inProcessFolder })
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
            Directory.CreateDirectory(folder);
            setup(folder);
        }

        var nativeRun = native.Start(nativeFolder, NoEnvironment, args);
        var inProcess = CliRun.In(inProcessFolder, NoEnvironment, args);

        var command = "briefc " + string.Join(' ', args);
        Assert.Multiple(() =>
        {
            Assert.That(nativeRun.ExitCode, Is.EqualTo(inProcess.ExitCode), $"{command}: exit code\n{nativeRun.Error}");
            Assert.That(WithoutElapsedTime(nativeRun.Output), Is.EqualTo(WithoutElapsedTime(inProcess.Output)), $"{command}: standard output");
            Assert.That(WithoutElapsedTime(nativeRun.Error), Is.EqualTo(WithoutElapsedTime(inProcess.Error)), $"{command}: standard error");
            Assert.That(Files(nativeFolder).Keys, Is.EqualTo(Files(inProcessFolder).Keys), $"{command}: files");
            foreach (var (name, bytes) in Files(inProcessFolder))
            {
                if (Files(nativeFolder).TryGetValue(name, out var nativeBytes))
                    Assert.That(nativeBytes.SequenceEqual(bytes), Is.True, $"{command}: {name} differs");
            }
        });
        return nativeRun;
    }

    /// <summary>The build summary ends with the wall time, "(0.42 s)": the one thing allowed to differ.</summary>
    private static string WithoutElapsedTime(string text) => ElapsedTime().Replace(text, "(… s)");

    [GeneratedRegex(@"\(\d+\.\d\d s\)")]
    private static partial Regex ElapsedTime();

    /// <summary>Every file under <paramref name="folder"/> but a git repository's own (commit ids and times differ).</summary>
    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .Select(path => (Name: Path.GetRelativePath(folder, path).Replace('\\', '/'), Path: path))
                .Where(file => !file.Name.StartsWith(".git/", StringComparison.Ordinal))
                .ToDictionary(file => file.Name, file => File.ReadAllBytes(file.Path)),
            StringComparer.Ordinal);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
