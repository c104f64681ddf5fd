using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Text;

public class MissingCharacterTests
{
    private static FontCatalog catalog = null!;
    private static readonly TextStyle Sans = new(["Noto Sans"], 12f);

    [OneTimeSetUp]
    public void CreateCatalog() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeCatalog() => catalog.Dispose();

    [TestCase("Linear B \U00010000 sign", 0x10000, "U+10000", 9)]
    [TestCase("private \uE000 use", 0xE000, "U+E000", 8)]
    public void A_character_no_font_has_is_reported_with_its_code_point_and_context(string text, int codePoint, string label, int offset)
    {
        var fonts = new DocumentFontSet(catalog);
        var missing = fonts.Add(text, Sans).Single();
        Assert.Multiple(() =>
        {
            Assert.That(missing.CodePoint, Is.EqualTo(codePoint));
            Assert.That(missing.Offset, Is.EqualTo(offset));
            Assert.That(missing.Message, Does.Contain(label).And.Contain(text));
            Assert.That(missing.FamiliesTried, Is.EqualTo(new[] { "Noto Sans", "the bundled Noto fonts" }));
        });
    }

    [Test]
    public void Offsets_of_missing_characters_in_a_paragraph_count_from_its_first_run()
    {
        var fonts = new DocumentFontSet(catalog);
        var missing = fonts.Add([new TextRun("abc ", Sans), new TextRun("d\uE001", Sans with { FontWeight = 700 })]).Single();
        Assert.That((missing.CodePointLabel, missing.Offset), Is.EqualTo(("U+E001", 5)));
    }

    [Test]
    public void A_missing_character_is_left_out_of_the_drawing_not_drawn_as_a_box()
    {
        const string text = "a\uE000b";
        var fonts = new DocumentFontSet(catalog);
        fonts.Add(text, Sans);
        using var layouter = fonts.Build();
        var run = layouter.Layout([new TextRun(text, Sans)], 1000).Single().Runs.Single();
        Assert.That(run.Glyphs, Has.Length.EqualTo(2).And.None.EqualTo((ushort)0));
    }

    [Test]
    public void Whitespace_controls_joiners_and_bidi_controls_are_not_missing()
    {
        const string text = "line\none\ttab\r\nzero\u200Bwidth join\u200D\u200Cer \u200Eltr\u200F \u202Aemb\u202C \u2066iso\u2069 soft\u00ADhyphen \uFEFF\u2028end \u4E00\uFE00";
        var fonts = new DocumentFontSet(catalog);
        Assert.That(fonts.Add(text, Sans), Is.Empty);
        using var layouter = fonts.Build();
        var lines = layouter.Layout([new TextRun(text, Sans)], 1000);
        Assert.That(lines.SelectMany(l => l.Runs).SelectMany(r => r.Glyphs), Has.None.EqualTo((ushort)0));
    }
}
