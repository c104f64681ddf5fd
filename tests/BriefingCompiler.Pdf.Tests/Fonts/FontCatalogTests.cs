using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Layout;
using BriefingCompiler.Pdf.Tests.Layout;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Fonts;

public class FontCatalogTests
{
    private static string RepositoryFontsFolder()
    {
        // The repository's fonts/ folder, found upwards from the test binaries.
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "fonts", "OFL.txt"))) return Path.Combine(dir.FullName, "fonts");
        throw new DirectoryNotFoundException("fonts/ not found above the test directory");
    }

    [Test]
    public void Bundled_fonts_are_truetype_outline_files_with_their_licence()
    {
        var folder = RepositoryFontsFolder();
        var files = Directory.GetFiles(folder, "*.ttf").Select(Path.GetFileName).Order().ToList();
        // Every file in the folder is a bundled face, and every bundled face is a file there.
        Assert.That(files, Is.EqualTo(BundledFonts.Faces.Select(f => f.File).Order().ToList()));
        // fonts/README.md names every file with its version, source package and licence.
        var readme = File.ReadAllText(Path.Combine(folder, "README.md"));
        Assert.That(files.Where(f => !readme.Contains(f!)), Is.Empty, "files missing from fonts/README.md");
        foreach (var file in Directory.GetFiles(folder, "*.ttf"))
            Assert.That(File.ReadAllBytes(file).Take(4), Is.EqualTo(new byte[] { 0, 1, 0, 0 }), file);
        Assert.That(File.ReadAllText(Path.Combine(folder, "OFL.txt")), Does.Contain("SIL Open Font License, Version 1.1"));
    }

    /// <summary>Letters of each ISO 15924 script (or symbol set) a bundled face is listed for: it must have one of them.</summary>
    private static readonly Dictionary<string, int[]> ScriptSamples = new()
    {
        ["Latn"] = ['ő'], ["Grek"] = ['Ω'], ["Cyrl"] = ['Ж'], ["Hans"] = ['这'], ["Hant"] = ['這'], ["Hani"] = ['直'], ["Kana"] = ['カ'],
        ["Hira"] = ['ひ'], ["Bopo"] = ['ㄅ'], ["Jpan"] = ['ヶ'], ["Kore"] = ['한'], ["Hang"] = ['한'], ["Arab"] = ['ب'], ["Hebr"] = ['ש'],
        ["Thai"] = ['ไ'], ["Laoo"] = ['ລ'], ["Khmr"] = ['ក'], ["Mymr"] = ['က'], ["Armn"] = ['Ա'], ["Geor"] = ['ა'], ["Ethi"] = ['ሀ'],
        ["Deva"] = ['क'], ["Beng"] = ['ক'], ["Guru"] = ['ਕ'], ["Gujr"] = ['ક'], ["Orya"] = ['କ'], ["Taml"] = ['க'], ["Telu"] = ['క'],
        ["Knda"] = ['ಕ'], ["Mlym"] = ['ക'], ["Sinh"] = ['ක'], ["Thaa"] = ['ތ'], ["Tibt"] = ['ཀ'], ["Tfng"] = ['ⵜ'], ["Mong"] = ['ᠮ'],
        ["Zsym"] = ['①', '☐'], ["Zsye"] = [0x1F44D], ["Zmth"] = [0x1D401], ["Brai"] = ['⠃'],
    };

    [Test]
    public void Every_bundled_face_loads_and_draws_the_scripts_it_is_listed_for()
    {
        using var catalog = new FontCatalog();
        foreach (var face in BundledFonts.Faces)
        {
            var source = catalog.Match(face.Family, face.Weight, face.Italic);
            Assert.That(source, Is.Not.Null, face.File);
            Assert.That((source!.Weight, source.Italic, source.Origin), Is.EqualTo((face.Weight, face.Italic, face.File)));
            Assert.Multiple(() =>
            {
                foreach (var script in face.Scripts.Split(' '))
                    Assert.That(ScriptSamples[script].Any(source.HasGlyph), Is.True, $"{face.File} draws {script}");
            });
        }
    }

    [TestCase("Noto Sans", 400, false, "Noto Sans", 400, false)]
    [TestCase("noto sans", 700, true, "Noto Sans", 700, true)]
    [TestCase("\"Noto Sans SC\"", 400, false, "Noto Sans SC", 400, false)]
    [TestCase("sans-serif", 400, false, "Noto Sans", 400, false)]
    [TestCase("serif", 400, true, "Tinos", 400, true)]
    [TestCase("ui-serif", 700, false, "Tinos", 700, false)]
    // Times's names are Tinos (metric-compatible), as Chromium's fontconfig resolves them on Linux.
    [TestCase("Times New Roman", 700, true, "Tinos", 700, true)]
    [TestCase("'Times'", 400, false, "Tinos", 400, false)]
    [TestCase("liberation serif", 400, false, "Tinos", 400, false)]
    [TestCase("Noto Serif", 700, true, "Noto Serif", 700, true)]
    [TestCase("monospace", 700, false, "Noto Sans Mono", 700, false)]
    [TestCase("emoji", 400, false, "Noto Emoji", 400, false)]
    [TestCase("math", 700, false, "Noto Sans Math", 400, false)]
    [TestCase("system-ui", 700, false, "Noto Sans", 700, false)]
    // CSS nearest weight: 500 looks down first (400); 600 looks up (700); 300 looks down, then up (400).
    [TestCase("Noto Sans", 500, false, "Noto Sans", 400, false)]
    [TestCase("Noto Sans", 600, false, "Noto Sans", 700, false)]
    [TestCase("Noto Sans", 300, false, "Noto Sans", 400, false)]
    [TestCase("Noto Sans", 900, false, "Noto Sans", 700, false)]
    // No italic face: upright.
    [TestCase("Noto Sans SC", 400, true, "Noto Sans SC", 400, false)]
    public void Families_weights_and_styles_match_as_in_css(string family, int weight, bool italic, string expectedFamily, int expectedWeight, bool expectedItalic)
    {
        using var catalog = new FontCatalog();
        var face = catalog.Match(family, weight, italic);
        Assert.That(face, Is.Not.Null);
        Assert.That((face!.Family, face.Weight, face.Italic), Is.EqualTo((expectedFamily, expectedWeight, expectedItalic)));
    }

    [Test]
    public void Serif_text_in_other_scripts_falls_back_to_their_noto_faces_and_unknown_families_to_the_default_font()
    {
        using var catalog = new FontCatalog();
        var fonts = new DocumentFontSet(catalog);
        fonts.Add("Serif 中文 العربية", new TextStyle(["serif"], 11));
        using var layouter = fonts.Build();
        // Chinese in serif text takes the serif CJK face (RegionalGlyphTests).
        Assert.That(catalog.LoadedFaces.Select(f => f.Family).Order(), Is.EqualTo(new[] { "Noto Naskh Arabic", "Noto Serif SC", "Tinos" }));
        Assert.That(catalog.Fallbacks('a', 400, false).First().Family, Is.EqualTo("Tinos"), "a Latin letter no listed family has");
        Assert.That(catalog.Fallbacks('ש', 400, false).First().Family, Is.EqualTo("Noto Sans Hebrew"), "a script's own family first");
    }

    [Test]
    public void Line_height_normal_of_tinos_is_times_s_ascent_descent_and_line_gap()
    {
        // hhea of Tinos (and Times New Roman): ascender 1825, descender 443, line gap 87 of 2048 units per em.
        using var catalog = new FontCatalog();
        var probe = LayoutProbe.Of("<p id='p' style='margin: 0; font: 20pt serif'>Tinos</p><p id='q' style='margin: 0; font: 20pt \"Noto Sans\"'>Noto</p>",
            new FontSetTextSystem(catalog));
        Assert.That(probe.Find("p").Rect.Height, Is.EqualTo((1825f + 443f + 87f) / 2048f * 20f).Within(0.01), "1.15 em, not 1.2");
        Assert.That(probe.Find("q").Rect.Height, Is.EqualTo((1069f + 293f) / 1000f * 20f).Within(0.01), "Noto Sans has no line gap");
    }

    [Test]
    public void Unknown_families_do_not_match()
    {
        using var catalog = new FontCatalog();
        Assert.That(catalog.Match("Comic Sans MS", 400, false), Is.Null);
    }

    [Test]
    public void Nothing_is_read_until_a_face_is_needed_and_english_never_reads_the_chinese_face()
    {
        using var catalog = new FontCatalog();
        var fonts = new DocumentFontSet(catalog);
        fonts.Add("Plain English text, 2024.", new TextStyle(["Noto Sans", "Noto Sans SC"], 11));
        using var layouter = fonts.Build();
        var loaded = catalog.LoadedFaces.Select(f => f.ToString()).ToList();
        Assert.That(catalog.LoadedFaces.Select(f => f.Family), Is.EqualTo(new[] { "Noto Sans" }), string.Join("; ", loaded));
    }

    [Test]
    public void Fonts_in_user_folders_are_found_and_cff_fonts_are_rejected_with_a_reason()
    {
        var folder = Directory.CreateTempSubdirectory("briefc-fonts-");
        try
        {
            File.Copy(Path.Combine(RepositoryFontsFolder(), "NotoNaskhArabic-Bold.ttf"), Path.Combine(folder.FullName, "Custom.ttf"));
            File.WriteAllBytes(Path.Combine(folder.FullName, "Postscript.otf"), "OTTO\0\0\0\0"u8.ToArray());
            using var catalog = new FontCatalog([folder.FullName, Path.Combine(folder.FullName, "absent")]);
            var face = catalog.Match("Noto Naskh Arabic", 700, false);
            Assert.That(face!.Origin, Is.EqualTo("Custom.ttf"), "a user font takes precedence over the bundled face");
            Assert.That(catalog.RejectedFiles.Select(r => (Path.GetFileName(r.Path), r.Reason.Contains("CFF") ? "CFF" : r.Reason)),
                Is.EquivalentTo(new[] { ("absent", "folder not found"), ("Postscript.otf", "CFF") }));
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Test]
    public void Fonts_load_only_from_their_folder_links_out_pipes_and_dangling_links_are_rejected()
    {
        var root = Directory.CreateTempSubdirectory("briefc-fonts-confined-");
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(root.FullName, "fonts")).FullName;
            var outside = Directory.CreateDirectory(Path.Combine(root.FullName, "outside")).FullName;
            File.Copy(Path.Combine(RepositoryFontsFolder(), "NotoNaskhArabic-Bold.ttf"), Path.Combine(outside, "Outside.ttf"));
            File.Copy(Path.Combine(RepositoryFontsFolder(), "NotoSans-Bold.ttf"), Path.Combine(folder, "Inside.ttf"));
            File.CreateSymbolicLink(Path.Combine(folder, "LinkOut.ttf"), Path.Combine(outside, "Outside.ttf"));
            Directory.CreateSymbolicLink(Path.Combine(folder, "dirlink"), outside);
            File.CreateSymbolicLink(Path.Combine(folder, "LinkIn.ttf"), "Inside.ttf");
            File.CreateSymbolicLink(Path.Combine(folder, "Dangling.ttf"), Path.Combine(root.FullName, "nowhere.ttf"));
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(folder, "Pipe.ttf")))
                mkfifo.WaitForExit();

            var scan = Task.Run(() =>
            {
                using var catalog = new FontCatalog([folder]);
                return (Arabic: catalog.Match("Noto Naskh Arabic", 700, false)?.Origin, Sans: catalog.Match("Noto Sans", 700, false)?.Origin,
                    Rejected: catalog.RejectedFiles.Select(r => (Path.GetFileName(r.Path), r.Reason)).ToList());
            });
            Assert.That(scan.Wait(TimeSpan.FromMinutes(1)), Is.True, "a named pipe must not block the scan");

            Assert.That(scan.Result.Arabic, Is.Null.Or.Not.EqualTo("LinkOut.ttf"), "the face behind a link out of the folder is not used");
            Assert.That(scan.Result.Sans, Is.EqualTo("Inside.ttf").Or.EqualTo("Inside.ttf"), "a link that stays inside is fine");
            var reasons = scan.Result.Rejected.ToDictionary(r => r.Item1, r => r.Reason);
            Assert.That(reasons.Keys, Is.SupersetOf(new[] { "LinkOut.ttf", "Pipe.ttf", "Dangling.ttf" }));
            Assert.That(reasons.Keys, Does.Not.Contain("Inside.ttf").And.Not.Contain("LinkIn.ttf"));
            Assert.That(reasons["LinkOut.ttf"], Does.Contain("outside the folder"));
            Assert.That(reasons["Pipe.ttf"], Does.Contain("named pipe"));
            if (reasons.TryGetValue("Outside.ttf", out var throughDirectoryLink))
                Assert.That(throughDirectoryLink, Does.Contain("outside the folder"), "a linked folder is not a way out either");
        }
        finally
        {
            root.Delete(true);
        }
    }

    [Test]
    public void One_catalog_serves_documents_on_several_threads_with_identical_results()
    {
        using var catalog = new FontCatalog();
        var style = new TextStyle(["Noto Sans"], 11);
        var texts = Enumerable.Range(0, 8).Select(i => $"会议 {i} Meeting مرحبا Привет").ToList();
        var results = new string[texts.Count];
        Parallel.For(0, texts.Count, i =>
        {
            var fonts = new DocumentFontSet(catalog);
            fonts.Add(texts[i], style);
            using var layouter = fonts.Build();
            var line = layouter.Layout([new TextRun(texts[i], style)], 1000).Single();
            results[i] = string.Join("|", line.Runs.Select(r => $"{r.Font.Family}:{string.Join(",", r.Glyphs)}:{r.Width}"));
        });
        for (var i = 0; i < texts.Count; i++)
        {
            var fonts = new DocumentFontSet(catalog);
            fonts.Add(texts[i], style);
            using var layouter = fonts.Build();
            var line = layouter.Layout([new TextRun(texts[i], style)], 1000).Single();
            Assert.That(results[i], Is.EqualTo(string.Join("|", line.Runs.Select(r => $"{r.Font.Family}:{string.Join(",", r.Glyphs)}:{r.Width}"))));
        }
    }
}
