using System.Text.Json;
using Briefc;
using BriefingCompiler.Pdf.Tests.Fonts;

namespace BriefingCompiler.Tests.Cli;

/// <summary>
/// <c>--system-fonts</c> as a user meets it (issue 17): off by default, a template's family that only the machine has
/// is a PDF132 warning; with it, the family is used, <c>briefc fonts</c> says it comes from the system, the manifest
/// records the faces each briefing's PDF is set in, and a font installed on the machine makes the build stale. A test
/// folder stands for the system's font folders.
/// </summary>
public class SystemFontsCommandTests
{
    private string folder = "";
    private string system = "";
    private byte[] font = [];

    [SetUp]
    public void CreateFolders()
    {
        folder = Directory.CreateTempSubdirectory("briefc-sysfonts-").FullName;
        system = Directory.CreateDirectory(Path.Combine(folder, "system-fonts")).FullName;
        font = RenamedFont.Of("NotoSans-Bold.ttf", "Sysf");
        File.WriteAllBytes(Path.Combine(system, "SysfSans-Bold.ttf"), font);
        SampleBriefings.CopyTo(folder, "en", "briefing.en.yaml");
        File.WriteAllText(Path.Combine(folder, "house.html.sbn"), """
            <!DOCTYPE html><html lang="{{ document.lang }}"><head><title>{{ briefing.session.title }}</title>
            <style>body { font-family: "Noto Sans" } h1 { font-family: "Sysf Sans", sans-serif; font-weight: bold }</style></head>
            <body><h1>{{ briefing.session.title }}</h1><p>{{ format_date current_version.date }}</p></body></html>
            """);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private CliRun Run(params string[] args) => CliRun.In(folder, context => context with { SystemFontFolders = () => [system] }, args);

    private JsonElement ManifestFonts()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "out", ".briefc-manifest.json")));
        return manifest.RootElement.GetProperty("briefings").GetProperty("briefing.en").GetProperty("fonts").Clone();
    }

    [Test]
    public void Without_the_option_the_systems_family_is_unknown_and_the_manifest_names_only_bundled_faces()
    {
        var run = Run("build", "briefing.en.yaml", "--template", "house.html.sbn", "--out", "out", "--format", "pdf");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(run.Output + run.Error, Does.Contain("PDF132").And.Contain("Sysf Sans"));
        Assert.That(ManifestFonts().EnumerateArray().Select(f => f.GetProperty("origin").GetString()).Distinct(), Is.EqualTo(new[] { "bundled" }));
    }

    [Test]
    public void With_the_option_the_family_is_used_and_recorded_with_its_file_and_hash()
    {
        var run = Run("build", "briefing.en.yaml", "--template", "house.html.sbn", "--out", "out", "--format", "pdf", "--system-fonts");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(run.Output + run.Error, Does.Not.Contain("PDF132"));
        var system = ManifestFonts().EnumerateArray().Single(f => f.GetProperty("origin").GetString() == "system");
        Assert.That(system.GetProperty("family").GetString(), Is.EqualTo("Sysf Sans"));
        Assert.That(system.GetProperty("weight").GetInt32(), Is.EqualTo(700));
        Assert.That(system.GetProperty("file").GetString(), Is.EqualTo(Path.Combine(this.system, "SysfSans-Bold.ttf")));
        Assert.That(system.GetProperty("sha256").GetString(), Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(font))));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(folder, "out", "briefing.en.pdf"));
        Assert.That(pdf.GetPage(1).Letters.Select(l => l.FontName), Has.Some.Contains("SysfSans"));
    }

    [Test]
    public void A_font_installed_on_the_machine_makes_the_build_stale_and_the_option_is_part_of_the_inputs()
    {
        string[] build = ["build", "briefing.en.yaml", "--template", "house.html.sbn", "--out", "out", "--format", "pdf", "--system-fonts"];
        Assert.That(Run(build).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Run(build).Output, Does.Contain("up to date 1"));

        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "fonts", "NotoSansThai-Regular.ttf"), Path.Combine(system, "Thai.ttf"));
        Assert.That(Run(build).Output, Does.Contain("Built 1"), "a font installed since");
        Assert.That(Run(build[..^1]).Output, Does.Contain("Built 1"), "the same build without system fonts");
    }

    [Test]
    public void Fonts_lists_the_systems_families_after_the_bundled_ones()
    {
        var text = Run("fonts", "--system-fonts");
        Assert.That(text.ExitCode, Is.EqualTo(ExitCodes.Success), text.Error);
        var line = text.Output.Split('\n').Single(l => l.StartsWith("Sysf Sans  [700]", StringComparison.Ordinal));
        Assert.That(line, Does.Contain("Latn").And.EndsWith($"(system: {Path.Combine(system, "SysfSans-Bold.ttf")})"));
        Assert.That(Run("fonts").Output, Does.Not.Contain("Sysf Sans"));

        using var json = JsonDocument.Parse(Run("fonts", "--system-fonts", "--json").Output);
        var faces = json.RootElement.GetProperty("faces").EnumerateArray().ToList();
        Assert.That(faces[^1].GetProperty("source").GetString(), Is.EqualTo("system"));
        Assert.That(faces[^1].GetProperty("family").GetString(), Is.EqualTo("Sysf Sans"));
    }
}
