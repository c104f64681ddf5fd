using BriefingCompiler.Pdf.Fonts;
using UglyToad.PdfPig;

namespace BriefingCompiler.Pdf.Tests.Fonts;

/// <summary>
/// Damaged fonts in a font folder (issue 20, item 5): each is rejected when the folder is scanned, with a warning
/// naming the file and the reason, and the text is set in the next family — here the bundled Noto Sans Regular, where
/// the sound copy would have given Noto Sans Bold — and reads back right from the PDF. Before the check, these fonts
/// made hb-subset fail (an exception, exit 3 in briefc), or printed missing-glyph boxes or nothing.
/// </summary>
public class DamagedFontTests
{
    private const string Text = "Hello damaged fonts";

    /// <summary>The user font is a copy of Noto Sans Bold: the only user face of family "Noto Sans", so CSS picks it for
    /// regular text too when it is sound — and the bundled Regular face when it is rejected.</summary>
    private const string UserFontSource = "NotoSans-Bold.ttf";

    private static readonly object[] Damages =
    [
        new object[] { "truncated to 60 %", (Func<byte[], byte[]>)(f => DamagedFont.Truncated(f, 0.6)), "truncated" },
        new object[] { "GSUB overwritten", (Func<byte[], byte[]>)(f => DamagedFont.OverwrittenTable(f, "GSUB")), "hb-subset" },
        new object[] { "GPOS overwritten", (Func<byte[], byte[]>)(f => DamagedFont.OverwrittenTable(f, "GPOS", 0xFF)), "hb-subset" },
        new object[] { "GDEF overwritten", (Func<byte[], byte[]>)(f => DamagedFont.OverwrittenTable(f, "GDEF", 0x01)), "hb-subset" },
        new object[] { "cmap past the last glyph", (Func<byte[], byte[]>)DamagedFont.CmapPastLastGlyph, "'cmap' table is damaged" },
        new object[] { "loca past the end of glyf", (Func<byte[], byte[]>)(f => DamagedFont.LocaPastGlyf(f, 40)), "'loca' table is damaged" },
        new object[] { "the glyph of 'e' emptied", (Func<byte[], byte[]>)(f => DamagedFont.GlyphEmptied(f, 'e')), "visible character to empty glyphs (U+0065" },
        new object[] { "the outline of 'e' cut", (Func<byte[], byte[]>)(f => DamagedFont.GlyphOutlineCut(f, 'e')), "is damaged: its" },
    ];

    private DirectoryInfo folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("briefc-damaged-fonts-");

    [TearDown]
    public void DeleteFolder() => folder.Delete(true);

    private static string Document(string families = "'Noto Sans'", string body = $"<p>{Text}</p>") =>
        $"<!DOCTYPE html><html lang=\"en\"><head><style>p {{ font-family: {families}; }}</style></head><body>{body}</body></html>";

    private (PdfRenderResult Result, string Text, IReadOnlyList<string> FontNames) Render(string html)
    {
        using var catalog = new FontCatalog([folder.FullName]);
        var result = new PdfRenderer(catalog).RenderPdf(html, new PdfRenderOptions());
        using var pdf = PdfDocument.Open(result.Pdf);
        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();
        return (result, string.Concat(letters.Select(l => l.Value)).Replace(" ", ""), letters.Select(l => l.FontName ?? "").Distinct().ToList());
    }

    [Test]
    public void Every_bundled_font_passes_the_check_a_user_font_must_pass()
    {
        foreach (var file in Directory.GetFiles(DamagedFont.RepositoryFontsFolder(), "*.ttf"))
        {
            var accepted = UserFontValidator.Check(File.ReadAllBytes(file), out var problem);
            Assert.That(accepted, Is.Not.Null, $"{Path.GetFileName(file)}: {problem}");
        }
    }

    [Test]
    public void The_sound_copy_is_used_so_the_fallback_in_the_tests_below_is_visible()
    {
        File.WriteAllBytes(Path.Combine(folder.FullName, "Custom.ttf"), DamagedFont.Bundled(UserFontSource));
        var (result, text, fonts) = Render(Document());
        Assert.That(result.Messages, Is.Empty);
        Assert.That(text, Is.EqualTo(Text.Replace(" ", "")));
        Assert.That(fonts, Has.All.Contains("Bold"));
    }

    [TestCaseSource(nameof(Damages))]
    public void A_damaged_font_is_rejected_with_a_warning_and_the_text_falls_back(string damage, Func<byte[], byte[]> make, string reason)
    {
        File.WriteAllBytes(Path.Combine(folder.FullName, "Damaged.ttf"), make(DamagedFont.Bundled(UserFontSource)));

        var (result, text, fonts) = Render(Document());

        var warning = result.Messages.Single(m => m.Code == "PDF131");
        Assert.That(warning.Severity, Is.EqualTo(PdfMessageSeverity.Warning));
        Assert.That(warning.File, Does.EndWith("Damaged.ttf"));
        Assert.That(warning.Message, Does.Contain("Damaged.ttf").And.Contain(reason), damage);
        Assert.That(text, Is.EqualTo(Text.Replace(" ", "")), damage);
        Assert.That(fonts, Has.None.Contains("Bold"), "the bundled Noto Sans Regular sets the text, not the damaged face");
    }

    [Test]
    public void A_font_damaged_after_its_check_is_not_used_and_the_text_falls_back()
    {
        var path = Path.Combine(folder.FullName, "Changing.ttf");
        File.WriteAllBytes(path, DamagedFont.Bundled(UserFontSource));
        using var catalog = new FontCatalog([folder.FullName]);
        Assert.That(catalog.RejectedFiles, Is.Empty, "the sound font passes its check when the folder is scanned");
        File.WriteAllBytes(path, DamagedFont.OverwrittenTable(DamagedFont.Bundled(UserFontSource), "GSUB"));

        for (var document = 0; document < 2; document++)
        {
            var result = new PdfRenderer(catalog).RenderPdf(Document(), new PdfRenderOptions());

            var warning = result.Messages.Single(m => m.Code == "PDF131");
            Assert.That(warning.File, Is.EqualTo(path));
            Assert.That(warning.Message, Does.Contain("Changing.ttf").And.Contain("changed while briefc was running"));
            using var pdf = PdfDocument.Open(result.Pdf);
            var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();
            Assert.That(string.Concat(letters.Select(l => l.Value)).Replace(" ", ""), Is.EqualTo(Text.Replace(" ", "")));
            Assert.That(letters.Select(l => l.FontName), Has.None.Contains("Bold"));
        }
    }

    [Test]
    public void A_font_padded_to_a_gigabyte_is_refused_by_its_length_without_being_read()
    {
        var path = Path.Combine(folder.FullName, "Padded.ttf");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            stream.Write(DamagedFont.Bundled(UserFontSource));
            stream.SetLength(1L << 30); // sparse: no disk space is used
        }

        var (result, text, fonts) = Render(Document());

        var warning = result.Messages.Single(m => m.Code == "PDF131");
        Assert.That(warning.Message, Does.Contain("Padded.ttf").And.Contain("1,073,741,824 bytes").And.Contain("64 MiB"));
        Assert.That(text, Is.EqualTo(Text.Replace(" ", "")));
        Assert.That(fonts, Has.None.Contains("Bold"));
    }

    [Test]
    public void Fonts_that_cannot_be_used_and_families_that_match_nothing_are_warnings_once_each()
    {
        File.WriteAllBytes(Path.Combine(folder.FullName, "Postscript.otf"), "OTTO\0\u0001\0\0"u8.ToArray());
        File.WriteAllBytes(Path.Combine(folder.FullName, "Collection.ttc"), "ttcf\0\u0002\0\0\0\0\0\u0001"u8.ToArray());
        File.WriteAllBytes(Path.Combine(folder.FullName, "Empty.ttf"), []);
        File.CreateSymbolicLink(Path.Combine(folder.FullName, "Dangling.ttf"), Path.Combine(folder.FullName, "nowhere.ttf"));
        var paragraphs = string.Concat(Enumerable.Repeat($"<p>{Text}</p><p style=\"font-family: 'Comic Sans MS', sans-serif\">More</p>", 50));

        var (result, text, _) = Render(Document("'Noto Sans', Helvetica, sans-serif", paragraphs));

        var files = result.Messages.Where(m => m.Code == "PDF131").ToDictionary(m => Path.GetFileName(m.File!), m => m.Message);
        Assert.That(files.Keys, Is.EquivalentTo(new[] { "Postscript.otf", "Collection.ttc", "Empty.ttf", "Dangling.ttf" }), "once per file");
        Assert.That(files["Postscript.otf"], Does.Contain("CFF"));
        Assert.That(files["Collection.ttc"], Does.Contain("collection"));
        Assert.That(files["Empty.ttf"], Does.Contain("too short"));
        Assert.That(files["Dangling.ttf"], Does.Contain("missing file").Or.Contain("no such file"));
        var families = result.Messages.Where(m => m.Code == "PDF132").Select(m => m.Message).ToList();
        Assert.That(families, Has.Count.EqualTo(2), "once per family: " + string.Join(" | ", families));
        Assert.That(families, Has.One.Contains("'Helvetica'").And.One.Contains("'Comic Sans MS'"));
        Assert.That(result.Messages.Select(m => m.Severity), Has.All.EqualTo(PdfMessageSeverity.Warning));
        Assert.That(text, Does.StartWith(Text.Replace(" ", "") + "More"));
    }

    [Test]
    public void A_character_mapped_past_the_last_glyph_counts_as_not_in_the_font()
    {
        // The check above rejects such a user font; the face itself must not claim the character either (HarfBuzz
        // returns the glyph id as it is, and hb-subset would drop the glyph: the character would print as nothing).
        var damaged = DamagedFont.CmapPastLastGlyph(DamagedFont.Bundled(UserFontSource));
        using var source = new FontSource("Damaged", 700, false, "Damaged.ttf", () => NativeBlob.CopyOf(damaged));
        using var sound = new FontSource("Sound", 700, false, UserFontSource, () => NativeBlob.CopyOf(DamagedFont.Bundled(UserFontSource)));
        Assert.That(sound.HasGlyph('e'), Is.True);
        Assert.That(source.HasGlyph('e'), Is.False);
    }
}
