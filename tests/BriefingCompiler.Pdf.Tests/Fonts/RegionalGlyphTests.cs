using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Fonts;

/// <summary>
/// Han characters take the CJK face of the text's language (issue 17): the same character is a different glyph in
/// Simplified Chinese, Traditional Chinese and Japanese text, as its readers expect (直, 骨 and 角 are drawn
/// differently in the three regions).
/// </summary>
public class RegionalGlyphTests
{
    private static FontCatalog catalog = null!;

    [OneTimeSetUp]
    public void CreateCatalog() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeCatalog() => catalog.Dispose();

    [TestCase("zh", "Noto Sans SC")]
    [TestCase("zh-Hans", "Noto Sans SC")]
    [TestCase("zh-CN", "Noto Sans SC")]
    [TestCase("zh-Hant", "Noto Sans TC")]
    [TestCase("zh-TW", "Noto Sans TC")]
    [TestCase("zh-Hant-TW", "Noto Sans TC")]
    [TestCase("zh-HK", "Noto Sans HK")]
    [TestCase("zh-Hant-HK", "Noto Sans HK")]
    [TestCase("ja", "Noto Sans JP")]
    [TestCase("ja-JP", "Noto Sans JP")]
    [TestCase("ko", "Noto Sans KR")]
    [TestCase("en", "Noto Sans SC")]
    [TestCase(null, "Noto Sans SC")]
    public void Han_takes_the_face_of_the_language(string? language, string family)
    {
        var (face, _) = Set("直", language);
        Assert.That(face, Is.EqualTo(family));
    }

    [TestCase("한국어", "ko", "Noto Sans KR")]
    [TestCase("한국어", "en", "Noto Sans KR")]
    [TestCase("ひらがな", "en", "Noto Sans JP")]
    [TestCase("ひらがな", "zh-Hant", "Noto Sans TC")]
    public void Hangul_and_kana_take_a_face_that_has_them(string text, string language, string family)
    {
        Assert.That(Set(text, language).Family, Is.EqualTo(family));
    }

    [TestCase("直", "zh-Hans", "Noto Serif SC")]
    [TestCase("直", "zh-Hant", "Noto Serif TC")]
    [TestCase("直", "zh-HK", "Noto Serif TC")]
    [TestCase("直", "ja", "Noto Serif JP")]
    [TestCase("한국어", "ko", "Noto Serif KR")]
    [TestCase("ひらがな", "ja", "Noto Serif JP")]
    [TestCase("。", "zh", "Noto Serif SC")]
    public void Cjk_text_in_a_serif_font_takes_the_serif_face_of_its_language(string text, string language, string family)
    {
        Assert.That(Set(text, language, ["Noto Serif", "serif"]).Family, Is.EqualTo(family));
    }

    [TestCase("Noto Serif, Noto Sans")]
    [TestCase("Noto Serif")]
    [TestCase("Times New Roman")]
    [TestCase("serif")]
    [TestCase("Georgia, Noto Serif")]
    public void A_serif_family_named_first_makes_cjk_serif(string families)
    {
        Assert.That(Set("直", "zh", [.. families.Split(", "), "sans-serif"]).Family, Is.EqualTo("Noto Serif SC"));
    }

    [TestCase("Noto Sans, Noto Serif")]
    [TestCase("sans-serif, Noto Serif")]
    [TestCase("Noto Sans Mono")]
    public void Cjk_text_in_a_sans_serif_or_monospace_font_stays_sans_serif(string families)
    {
        Assert.That(Set("直", "zh", families.Split(", ")).Family, Is.EqualTo("Noto Sans SC"));
    }

    [Test]
    public void The_serif_and_sans_serif_faces_draw_the_same_character_differently()
    {
        Assert.That(Set("直", "zh", ["Noto Serif"]).Outline, Is.Not.EqualTo(Set("直", "zh").Outline));
    }

    [TestCase("Noto Serif SC", true)]
    [TestCase("Liberation Serif", true)]
    [TestCase("'Times New Roman'", true)]
    [TestCase("MS Mincho", true)]
    [TestCase("Microsoft Sans Serif", false)]
    [TestCase("Noto Sans", false)]
    [TestCase("Helvetica", false)]
    public void Serif_families_are_known_by_name(string family, bool serif)
    {
        Assert.That(FontCatalog.IsSerifFamily(family), Is.EqualTo(serif));
    }

    [Test]
    public void The_glyphs_of_zhi_gu_jiao_differ_between_simplified_chinese_traditional_chinese_and_japanese()
    {
        string[] languages = ["zh-Hans", "zh-Hant", "ja"];
        var outlines = "直骨角".Select(han => languages.Select(l => Set(han.ToString(), l).Outline).ToList()).ToList();
        // Each character is drawn in more than one way across the three, and each two of the three languages draw
        // at least one of the characters differently (outlines compared, not glyph ids, which differ between any
        // two fonts).
        Assert.Multiple(() =>
        {
            for (var c = 0; c < 3; c++)
                Assert.That(outlines[c].Distinct().Count(), Is.GreaterThan(1), "直骨角"[c].ToString());
            for (var a = 0; a < 3; a++)
            for (var b = a + 1; b < 3; b++)
                Assert.That(outlines.Any(o => o[a] != o[b]), Is.True, $"{languages[a]} and {languages[b]}");
        });
        TestContext.Out.WriteLine(string.Join("; ", outlines.Select((o, c) => $"{"直骨角"[c]}: {o.Distinct().Count()} forms")));
    }

    /// <summary>The family and the glyph outline (SVG path of the subset face's glyph) that draws the text's first
    /// glyph, read from the shaped run while the document's faces are alive.</summary>
    private static (string Family, string Outline) Set(string text, string? language, string[]? families = null)
    {
        var style = new TextStyle(families ?? ["Noto Sans", "Noto Naskh Arabic", "sans-serif"], 12f, Language: language);
        var fonts = new DocumentFontSet(catalog);
        Assert.That(fonts.Add(text, style), Is.Empty);
        using var layouter = fonts.Build();
        var run = layouter.Layout([new TextRun(text, style)], 500f).Single().Runs.Single();
        using var font = new SkiaSharp.SKFont(run.Font.Typeface, 1000);
        using var path = font.GetGlyphPath(run.Glyphs[0]);
        return (run.Font.Family, path.ToSvgPathData());
    }
}
