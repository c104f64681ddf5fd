using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Fonts;

/// <summary>Which face draws emoji and the characters around them (issue 17): emoji presentation and U+FE0F go to
/// Noto Emoji with their whole sequence, U+FE0E and plain symbols stay in the text faces.</summary>
public class EmojiPresentationTests
{
    private static FontCatalog catalog = null!;

    [OneTimeSetUp]
    public void CreateCatalog() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeCatalog() => catalog.Dispose();

    [TestCase("👍", "Noto Emoji")]
    [TestCase("🇺🇳", "Noto Emoji")]
    [TestCase("1\uFE0F\u20E3", "Noto Emoji")]
    [TestCase("👩\u200D💻", "Noto Emoji")]
    [TestCase("👍🏽", "Noto Emoji")]
    [TestCase("☎\uFE0F", "Noto Emoji")]
    [TestCase("1", "Noto Sans")]
    [TestCase("✔", "Noto Sans Symbols 2")]
    [TestCase("𝐁", "Noto Sans Math")]
    public void A_sequence_is_drawn_by_one_face(string text, string family)
    {
        var style = new TextStyle(["Noto Sans", "sans-serif"], 12f, Language: "en");
        var fonts = new DocumentFontSet(catalog);
        Assert.That(fonts.Add("a " + text, style), Is.Empty);
        using var layouter = fonts.Build();
        var runs = layouter.Layout([new TextRun("a " + text, style)], 500f).Single().Runs;
        Assert.That(runs.Last().Font.Family, Is.EqualTo(family));
        Assert.That(runs.Last().Text, Does.EndWith(text));
    }

    /// <summary>Noto Emoji has a space, digits and punctuation, but emoji-wide: they stayed in its run after an
    /// emoji and left a gap of about an em after every "👍 " (seen on the mixed-script briefing).</summary>
    [TestCase("Support 👍 from all", "👍")]
    [TestCase("Support 🇺🇳, members", "🇺🇳")]
    [TestCase("keycap 1\uFE0F\u20E3 2 priority", "1\uFE0F\u20E3")]
    [TestCase("👍👍 first", "👍👍")]
    public void Spaces_and_punctuation_after_an_emoji_are_set_in_the_text_face(string text, string emoji)
    {
        text = System.Text.RegularExpressions.Regex.Unescape(text);
        emoji = System.Text.RegularExpressions.Regex.Unescape(emoji);
        var style = new TextStyle(["Noto Sans", "sans-serif"], 12f, Language: "en");
        var fonts = new DocumentFontSet(catalog);
        Assert.That(fonts.Add(text, style), Is.Empty);
        using var layouter = fonts.Build();
        var runs = layouter.Layout([new TextRun(text, style)], 500f).Single().Runs;
        Assert.That(runs.Where(r => r.Font.Family == "Noto Emoji").Select(r => r.Text), Is.EqualTo(new[] { emoji }));
        Assert.That(string.Concat(runs.Where(r => r.Font.Family != "Noto Emoji").Select(r => r.Text)), Is.EqualTo(text.Replace(emoji, "")));
        Assert.That(runs.Where(r => r.Font.Family != "Noto Emoji").Select(r => r.Font.Family).Distinct(), Is.EqualTo(new[] { "Noto Sans" }));
    }

    [Test]
    public void A_text_presentation_selector_keeps_a_symbol_out_of_the_emoji_face()
    {
        var style = new TextStyle(["Noto Sans", "sans-serif"], 12f);
        var fonts = new DocumentFontSet(catalog);
        Assert.That(fonts.Add("☎\uFE0E", style), Is.Empty);
        using var layouter = fonts.Build();
        var run = layouter.Layout([new TextRun("☎\uFE0E", style)], 500f).Single().Runs.Single();
        Assert.That(run.Font.Family, Is.Not.EqualTo("Noto Emoji"));
    }

    /// <summary>The font's ligature draws the sequence: one visible glyph (a hidden selector or joiner stays in the
    /// run as HarfBuzz's empty space glyph, with no advance), where the unligated sequence would be two or three
    /// visible glyphs.</summary>
    [TestCase("🇺🇳")]
    [TestCase("1\uFE0F\u20E3")]
    [TestCase("👩\u200D💻")]
    public void A_flag_a_keycap_and_a_zwj_sequence_are_each_one_drawn_glyph(string text)
    {
        var style = new TextStyle(["Noto Sans", "sans-serif"], 12f);
        var fonts = new DocumentFontSet(catalog);
        fonts.Add(text, style);
        using var layouter = fonts.Build();
        var run = layouter.Layout([new TextRun(text, style)], 500f).Single().Runs.Single();
        using var font = new SkiaSharp.SKFont(run.Font.Typeface, 12f);
        var drawn = run.Glyphs.Count(g => g != 0 && font.GetGlyphPath(g) is { IsEmpty: false });
        Assert.That(drawn, Is.EqualTo(1), text);
    }
}
