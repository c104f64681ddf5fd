using System.Text.Json;
using Briefc;
using UglyToad.PdfPig;

namespace BriefingCompiler.Tests.Cli;

/// <summary><c>briefc fonts</c> and the bundled fonts as a user meets them (issue 17): the list says where each
/// family comes from, and a document with check marks, emoji, Hebrew and Korean names builds and prints them.</summary>
public class FontsCommandTests
{
    private string folder = "";

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("briefc-fonts-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Fonts_lists_the_bundled_families_with_their_scripts()
    {
        var run = CliRun.In(folder, "fonts");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(run.Output, Does.Contain("Noto Sans KR  [400, 700]  Kore Hang Hani  (bundled)"));
        Assert.That(run.Output, Does.Contain("Noto Sans Hebrew  [400, 700]  Hebr  (bundled)"));
        Assert.That(run.Output, Does.Contain("Noto Emoji  [400, 700]  Zsye  (bundled)"));
    }

    [Test]
    public void Fonts_json_names_a_user_font_with_its_file_and_the_scripts_its_cmap_covers()
    {
        var fonts = Directory.CreateDirectory(Path.Combine(folder, "myfonts")).FullName;
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "fonts", "NotoSansThai-Regular.ttf"), Path.Combine(fonts, "Thai.ttf"));
        File.WriteAllText(Path.Combine(fonts, "Broken.ttf"), "not a font");

        var run = CliRun.In(folder, "fonts", "--fonts", "myfonts", "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var faces = json.RootElement.GetProperty("faces").EnumerateArray().ToList();
        var user = faces.First();
        Assert.That(user.GetProperty("family").GetString(), Is.EqualTo("Noto Sans Thai"));
        Assert.That(user.GetProperty("source").GetString(), Is.EqualTo("--fonts"));
        Assert.That(user.GetProperty("file").GetString(), Is.EqualTo(Path.Combine("myfonts", "Thai.ttf")));
        Assert.That(user.GetProperty("scripts").EnumerateArray().Select(s => s.GetString()), Does.Contain("Thai"));
        Assert.That(faces.Skip(1).All(f => f.GetProperty("source").GetString() == "bundled"), Is.True);
        var rejected = json.RootElement.GetProperty("rejected").EnumerateArray().Single();
        Assert.That(rejected.GetProperty("file").GetString(), Is.EqualTo(Path.Combine("myfonts", "Broken.ttf")));
    }

    [Test]
    public void Fonts_with_a_missing_folder_is_a_usage_error()
    {
        var run = CliRun.In(folder, "fonts", "--fonts", "nowhere");
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(run.Error, Does.Contain("no such font folder: 'nowhere'"));
    }

    /// <summary>The example: each of these failed the build with PDF130 before the fonts were bundled.</summary>
    [Test]
    public void Check_marks_emoji_maths_hebrew_korean_and_thai_build_and_read_back()
    {
        File.WriteAllText(Path.Combine(folder, "mixed.html"), """
            <!DOCTYPE html>
            <html lang="en"><head><title>Mixed</title>
            <style>body { font-family: "Noto Sans", "Noto Naskh Arabic", sans-serif } code { font-family: monospace }</style></head>
            <body>
            <p>Delegate: <span lang="ko">김민준</span> (한국어)</p>
            <p>Checks: ✔ ✗ ☐ ☑ ☒</p>
            <p>Chat: 👍 🌐 ✅ 🇺🇳 1️⃣</p>
            <p>Maths: 𝐁𝐫𝐢𝐞𝐟𝐢𝐧𝐠</p>
            <p>Thai: <span lang="th">ไทย</span></p>
            <p dir="rtl" lang="he">מועצה</p>
            <p><code>briefc build</code></p>
            </body></html>
            """);

        var run = CliRun.In(folder, "render", "mixed.html", "--out", "out");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(run.Error + run.Output, Does.Not.Contain("PDF130"));
        using var pdf = PdfDocument.Open(Path.Combine(folder, "out", "mixed.pdf"));
        var page = pdf.GetPage(1);
        var text = page.Text;
        Assert.That(text, Does.Contain("김민준").And.Contain("한국어").And.Contain("✔ ✗ ☐ ☑ ☒").And.Contain("𝐁𝐫𝐢𝐞𝐟𝐢𝐧𝐠").And.Contain("ไทย"));
        var fonts = page.Letters.Select(l => l.FontName).Distinct().ToList();
        Assert.That(fonts, Has.Some.Contains("NotoSansKR").And.Some.Contains("NotoEmoji").And.Some.Contains("NotoSansHebrew")
            .And.Some.Contains("NotoSansMono").And.Some.Contains("NotoSansMath"));
    }
}
