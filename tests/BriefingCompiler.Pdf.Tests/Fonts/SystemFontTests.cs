using System.Security.Cryptography;
using BriefingCompiler.Pdf.Fonts;

namespace BriefingCompiler.Pdf.Tests.Fonts;

/// <summary>
/// <c>--system-fonts</c> (issue 17): the system's font folders add the families briefc does not bundle, never replace a
/// bundled one, keep their unusable files out of every build's warnings, and each PDF says which faces (and which
/// files, by SHA-256) its text is set in. A test folder stands for the system's: the machine's own fonts vary.
/// </summary>
public class SystemFontTests
{
    private string system = "";

    [SetUp]
    public void CreateFolder() => system = Directory.CreateTempSubdirectory("briefc-system-fonts-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(system, recursive: true);

    [Test]
    public void A_family_only_the_system_has_is_matched_with_its_file_and_hash()
    {
        var bytes = RenamedFont.Of("NotoNaskhArabic-Bold.ttf", "Sysf");
        var file = Path.Combine(system, "arabic", "SysfNaskh-Bold.ttf");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, bytes);

        using (var without = new FontCatalog())
            Assert.That(without.Match("Sysf Naskh Arabic", 700, false), Is.Null, "no system fonts unless asked for");
        using var catalog = new FontCatalog(systemFontFolders: [system]);
        var face = catalog.Match("Sysf Naskh Arabic", 700, false);

        Assert.That(face, Is.Not.Null);
        Assert.That(face!.Use, Is.EqualTo(new FontUse("Sysf Naskh Arabic", 700, false, FontOrigin.System, file, Convert.ToHexStringLower(SHA256.HashData(bytes)))));
        Assert.That(catalog.Describe().Single(f => f.Family == "Sysf Naskh Arabic").Origin, Is.EqualTo(FontOrigin.System));
    }

    [Test]
    public void A_bundled_family_keeps_its_bundled_faces_and_a_fonts_folder_still_comes_first()
    {
        File.Copy(Path.Combine(BundledFontFiles.Folder(), "NotoSans-Bold.ttf"), Path.Combine(system, "NotoSans-Bold.ttf"));
        var user = Directory.CreateTempSubdirectory("briefc-user-fonts-").FullName;
        try
        {
            File.Copy(Path.Combine(BundledFontFiles.Folder(), "NotoNaskhArabic-Bold.ttf"), Path.Combine(user, "Mine.ttf"));
            using var catalog = new FontCatalog([user], systemFontFolders: [system]);

            Assert.That(catalog.Match("Noto Sans", 700, false)!.Kind, Is.EqualTo(FontOrigin.Bundled), "the system's copy of a bundled family is not used");
            Assert.That(catalog.Match("Noto Naskh Arabic", 700, false)!.Kind, Is.EqualTo(FontOrigin.FontsFolder));
        }
        finally
        {
            Directory.Delete(user, recursive: true);
        }
    }

    [Test]
    public void Unusable_system_files_are_listed_apart_and_a_missing_folder_is_passed_over()
    {
        File.WriteAllBytes(Path.Combine(system, "Postscript.otf"), "OTTO\0\0\0\0"u8.ToArray());
        using var catalog = new FontCatalog(systemFontFolders: [system, Path.Combine(system, "absent")]);

        Assert.That(catalog.RejectedFiles, Is.Empty, "a build warns only of the fonts the user gave");
        Assert.That(catalog.RejectedSystemFiles.Select(r => Path.GetFileName(r.Path)), Is.EqualTo(new[] { "Postscript.otf" }));
    }

    [Test]
    public void A_pdf_names_the_faces_its_text_is_set_in()
    {
        var bytes = RenamedFont.Of("NotoNaskhArabic-Bold.ttf", "Sysf");
        File.WriteAllBytes(Path.Combine(system, "SysfNaskh-Bold.ttf"), bytes);
        using var catalog = new FontCatalog(systemFontFolders: [system]);

        var result = new PdfRenderer(catalog).RenderPdf("""
            <!DOCTYPE html><html lang="ar"><head><title>t</title></head>
            <body style="font-family: 'Noto Sans'"><p>Agenda <b>2024</b></p><p style="font-family: 'Sysf Naskh Arabic'; font-weight: bold">مجلس</p></body></html>
            """, new PdfRenderOptions());

        Assert.That(result.Fonts.Select(f => (f.Face, f.Origin)), Is.EqualTo(new[]
        {
            ("Noto Sans 400", FontOrigin.Bundled),
            ("Noto Sans 700", FontOrigin.Bundled),
            ("Sysf Naskh Arabic 700", FontOrigin.System),
        }));
        Assert.That(result.Fonts[^1].Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(result.Pdf);
        Assert.That(pdf.GetPage(1).Letters.Select(l => l.FontName).Distinct(), Has.Some.Contains("SysfNaskhArabic"));
    }

    [Test]
    public void The_system_folders_follow_each_platforms_convention()
    {
        string? Environment(string name) => name switch
        {
            "XDG_DATA_HOME" => "/home/u/.data",
            "WINDIR" => @"C:\Windows",
            "LOCALAPPDATA" => @"C:\Users\u\AppData\Local",
            _ => null,
        };

        Assert.That(SystemFontFolders.Candidates(false, false, Environment, "/home/u"),
            Is.EqualTo(new[] { "/usr/local/share/fonts", "/usr/share/fonts", "/home/u/.data/fonts", "/home/u/.fonts" }));
        Assert.That(SystemFontFolders.Candidates(false, true, Environment, "/Users/u"),
            Is.EqualTo(new[] { "/System/Library/Fonts", "/Library/Fonts", "/Users/u/Library/Fonts" }));
        Assert.That(SystemFontFolders.Candidates(true, false, Environment, "").Count(), Is.EqualTo(2));
        Assert.That(SystemFontFolders.Find(), Has.All.Matches<string>(Directory.Exists));
    }
}
