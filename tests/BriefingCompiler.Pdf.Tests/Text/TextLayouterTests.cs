using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Text;

/// <summary>Shaping, fallback and line filling, checked on the laid-out lines.</summary>
public class TextLayouterTests
{
    private static FontCatalog catalog = null!;
    private static readonly TextStyle Sans = new(["Noto Sans"], 12f);

    [OneTimeSetUp]
    public void CreateCatalog() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeCatalog() => catalog.Dispose();

    private static IReadOnlyList<TextLine> Layout(string text, float width, TextAlignment alignment = TextAlignment.Start, TextStyle? style = null, bool rightToLeft = false)
    {
        var runs = new[] { new TextRun(text, style ?? Sans) };
        var fonts = new DocumentFontSet(catalog);
        Assert.That(fonts.Add(runs), Is.Empty, "no missing characters");
        using var layouter = fonts.Build();
        return layouter.Layout(runs, width, alignment, rightToLeft);
    }

    private static string LineText(TextLine line) => string.Concat(line.Runs.Select(r => r.Text));

    [Test]
    public void Latin_Chinese_Cyrillic_and_Arabic_in_one_paragraph_take_their_script_faces()
    {
        var lines = Layout("Hello 你好，世界 Привет مرحبا end", 1000);
        var runs = lines.Single().Runs.Select(r => (r.Text, r.Font.Family)).ToList();
        Assert.That(runs, Is.EqualTo(new[]
        {
            ("Hello ", "Noto Sans"),
            ("你好，世界 ", "Noto Sans SC"), // the space stays with the text before it
            ("Привет ", "Noto Sans"), // same face, but a run of its own: runs are split by script too
            ("مرحبا", "Noto Naskh Arabic"),
            // Between Arabic and Latin in a left-to-right paragraph the space is at level 0 (bidi N2), so it is a
            // run of its own, still in the face of the text before it.
            (" ", "Noto Naskh Arabic"),
            ("end", "Noto Sans"),
        }));
    }

    [Test]
    public void The_first_listed_family_that_has_the_glyph_wins()
    {
        // Noto Sans SC also has Latin letters: listed first, it draws them.
        var style = new TextStyle(["Noto Sans SC", "Noto Sans"], 12f);
        var lines = Layout("ICANN 会议", 1000, style: style);
        Assert.That(lines.Single().Runs.Select(r => (r.Text, r.Font.Family)), Is.EqualTo(new[] { ("ICANN ", "Noto Sans SC"), ("会议", "Noto Sans SC") }));
    }

    [Test]
    public void Bold_and_italic_pick_the_matching_faces_and_italic_chinese_falls_back_to_upright()
    {
        var style = new TextStyle(["sans-serif"], 12f, FontWeight: 700, Italic: true);
        var faces = Layout("Bold 粗体", 1000, style: style).Single().Runs.Select(r => (r.Font.Family, r.Font.Weight, r.Font.Italic)).ToList();
        Assert.That(faces, Is.EqualTo(new[] { ("Noto Sans", 700, true), ("Noto Sans SC", 700, false) }));
    }

    [Test]
    public void Kerning_narrows_AV_compared_with_the_sum_of_its_letters()
    {
        var pair = Layout("AV", 1000).Single().Width;
        var apart = Layout("A", 1000).Single().Width + Layout("V", 1000).Single().Width;
        Assert.That(pair, Is.LessThan(apart));
    }

    [Test]
    public void Letter_spacing_adds_space_after_every_character_and_turns_ligatures_off()
    {
        var plain = Layout("office", 1000).Single().Runs.Single();
        var spaced = Layout("office", 1000, style: Sans with { LetterSpacing = 2 }).Single().Runs.Single();
        Assert.That(plain.Glyphs, Has.Length.LessThan(6), "Noto Sans ligates ffi");
        Assert.That(spaced.Glyphs, Has.Length.EqualTo(6));
        var unligated = Layout("o", 1000).Single().Width + 2 * Layout("f", 1000).Single().Width + Layout("i", 1000).Single().Width
            + Layout("c", 1000).Single().Width + Layout("e", 1000).Single().Width;
        Assert.That(spaced.Width, Is.EqualTo(unligated + 6 * 2).Within(0.05f));
    }

    [Test]
    public void Arabic_letters_join_into_contextual_forms()
    {
        // Unjoined, the word would repeat the isolated letter's glyphs four times; joined, it uses initial,
        // medial and final forms, which are also narrower.
        var word = Layout("بببب", 1000).Single().Runs.Single();
        var isolated = Layout("ب", 1000).Single().Runs.Single();
        var repeated = Enumerable.Repeat(isolated.Glyphs, 4).SelectMany(g => g).ToArray();
        Assert.That(word.Glyphs, Is.Not.EqualTo(repeated));
        Assert.That(word.Width, Is.LessThan(4 * isolated.Width));
    }

    [Test]
    public void Arabic_marks_are_placed_by_the_font_with_vertical_offsets()
    {
        // بِسْمِ: kasra below, sukun above; mark positioning moves them off the baseline.
        var run = Layout("بِسْمِ", 1000).Single().Runs.Single();
        Assert.That(run.VerticalOffsets, Is.Not.Null);
        Assert.That(run.VerticalOffsets!.Where(y => y != 0), Is.Not.Empty);
    }

    [Test]
    public void Lines_never_exceed_the_width_and_keep_every_character()
    {
        const string text = "The Governmental Advisory Committee and the At-Large Advisory Committee meet at every ICANN public meeting.";
        var lines = Layout(text, 150);
        Assert.Multiple(() =>
        {
            Assert.That(lines.Count, Is.GreaterThan(2));
            Assert.That(lines.Select(l => l.Width), Has.All.LessThanOrEqualTo(150.01f));
            Assert.That(string.Join(" ", lines.Select(LineText)), Is.EqualTo(text));
            Assert.That(lines.Select(LineText), Has.None.StartsWith(" ").And.None.EndsWith(" "));
        });
    }

    [Test]
    public void A_word_longer_than_the_line_overflows_it_unless_overflow_wrap_lets_it_be_cut_at_grapheme_boundaries()
    {
        const string word = "Supercalifragilisticexpialidocious";
        // CSS overflow-wrap: normal — an unbreakable word takes a line of its own and overflows it.
        var overflowing = Layout(word + " e\u0301te\u0301", 40);
        Assert.That(overflowing.Select(LineText), Is.EqualTo(new[] { word, "e\u0301te\u0301" }));
        Assert.That(overflowing[0].Width, Is.GreaterThan(40f));

        var lines = Layout(word + " e\u0301te\u0301", 40, style: Sans with { BreakWordsAnywhere = true });
        Assert.Multiple(() =>
        {
            Assert.That(lines.Count, Is.GreaterThan(3));
            Assert.That(lines.Select(l => l.Width), Has.All.LessThanOrEqualTo(40.01f));
            Assert.That(string.Concat(lines.Select(LineText)), Is.EqualTo(word + "e\u0301te\u0301"));
            // A combining accent never starts a line: it stays with its letter.
            Assert.That(lines.Select(LineText), Has.None.StartsWith("\u0301"));
        });
    }

    [Test]
    public void A_line_broken_at_a_soft_hyphen_shows_a_hyphen_and_others_do_not()
    {
        const string text = "extra\u00ADordinary inter\u00ADnational";
        var whole = Layout(text, 1000).Single();
        var hyphenGlyph = Layout("-", 1000).Single().Runs.Single().Glyphs.Single();
        Assert.That(whole.Runs.Single().Glyphs, Has.None.EqualTo(hyphenGlyph));

        // Room for the widest unbreakable piece (a wider one would overflow its line, not be cut).
        var width = Math.Max(Layout("ordinary", 1000).Single().Width, Layout("national", 1000).Single().Width) + 1;
        var narrow = Layout(text, width);
        Assert.That(narrow.Count, Is.GreaterThanOrEqualTo(3));
        Assert.That(narrow[0].Runs.Single().Glyphs[^1], Is.EqualTo(hyphenGlyph));
        Assert.That(narrow[0].Runs.Single().Text, Is.EqualTo("extra\u00AD"));
        Assert.That(narrow.Select(l => l.Width), Has.All.LessThanOrEqualTo(width + 0.01f), "the hyphen counts in the width");
    }

    [Test]
    public void Lines_are_measured_with_the_first_available_font_not_the_fallback_faces()
    {
        // Browsers measure a line with a set line-height by the element's first available font (Noto Sans
        // here), even where Noto Sans SC or the taller Noto Naskh Arabic draw the glyphs: otherwise every
        // Chinese heading and every Arabic line grows past its line-height, and lines with and without a
        // Latin word come out uneven.
        var fonts = new DocumentFontSet(catalog);
        var texts = new[] { "Latin only", "只有中文", "نص عربي فقط", "عربي with Latin 中文" };
        var runs = texts.Select(t => new[] { new TextRun(t, Sans) }).ToArray();
        var bigger = new[] { new TextRun("small ", Sans), new TextRun("大字", Sans with { FontSize = 24f }) };
        foreach (var r in runs.Append(bigger)) Assert.That(fonts.Add(r), Is.Empty);
        using var layouter = fonts.Build();
        var strut = layouter.GetMetrics(Sans);
        foreach (var r in runs)
        {
            var line = layouter.Layout(r, 1000).Single();
            Assert.That((line.Ascent, line.Descent), Is.EqualTo(strut), r[0].Text);
        }

        Assert.That(layouter.Layout(bigger, 1000).Single().Ascent, Is.EqualTo(strut.Ascent * 2).Within(0.001), "a larger run still grows the line");
    }

    [Test]
    public void Mandatory_breaks_end_lines_and_are_not_drawn()
    {
        var lines = Layout("first\nsecond\n\nfourth", 1000);
        Assert.That(lines.Select(LineText), Is.EqualTo(new[] { "first", "second", "", "fourth" }));
        Assert.That(lines[2].Ascent, Is.GreaterThan(0), "an empty line keeps the strut height");
    }

    [Test]
    public void Justified_latin_lines_fill_the_width_by_widening_spaces_except_the_last()
    {
        const float width = 200;
        var lines = Layout("one two three four five six seven eight nine ten eleven twelve thirteen", width, TextAlignment.Justify);
        Assert.That(lines.Count, Is.GreaterThan(1));
        foreach (var line in lines.Take(lines.Count - 1))
        {
            var right = line.Runs.Max(r => r.X + r.Width);
            Assert.That(right, Is.EqualTo(width).Within(0.01f), LineText(line));
        }

        Assert.That(lines[^1].Runs.Max(r => r.X + r.Width), Is.LessThan(width - 1));
    }

    [Test]
    public void Justified_chinese_lines_fill_the_width_by_spacing_characters()
    {
        const float width = 100;
        var style = new TextStyle(["Noto Sans SC"], 10f);
        var lines = Layout("联合国互联网治理论坛以及一系列国家和地区互联网治理论坛对于社群至关重要", width, TextAlignment.Justify, style);
        Assert.That(lines.Count, Is.GreaterThan(1));
        foreach (var line in lines.Take(lines.Count - 1))
        {
            var run = line.Runs.Single();
            Assert.That(run.X + run.Width, Is.EqualTo(width).Within(0.01f));
            var gaps = run.Positions.Zip(run.Positions.Skip(1), (a, b) => b - a).ToList();
            Assert.That(gaps.Max() - gaps.Min(), Is.LessThan(0.01f), "the space is spread evenly between characters");
        }
    }

    [Test]
    public void Center_and_end_alignment_place_the_line_in_the_width()
    {
        var start = Layout("centre me", 300).Single();
        var centre = Layout("centre me", 300, TextAlignment.Center).Single();
        var end = Layout("centre me", 300, TextAlignment.End).Single();
        Assert.Multiple(() =>
        {
            Assert.That(start.Runs[0].X, Is.Zero);
            Assert.That(centre.Runs[0].X, Is.EqualTo((300 - centre.Width) / 2).Within(0.01f));
            Assert.That(end.Runs[0].X + end.Width, Is.EqualTo(300).Within(0.01f));
        });
    }

    [Test]
    public void An_infinite_width_breaks_only_at_forced_breaks_and_aligns_nothing()
    {
        var lines = Layout("a long line that would wrap\nsecond", float.PositiveInfinity, TextAlignment.Center);
        Assert.That(lines.Select(LineText), Is.EqualTo(new[] { "a long line that would wrap", "second" }));
        Assert.That(lines.Select(l => l.Runs[0].X), Has.All.Zero);
    }

    [Test]
    public void Right_to_left_paragraphs_start_at_the_right_edge()
    {
        var line = Layout("مرحبا بالعالم", 300, rightToLeft: true).Single();
        var run = line.Runs.Single();
        Assert.That(run.X + run.Width, Is.EqualTo(300).Within(0.01f));
    }

    [Test]
    public void Intrinsic_widths_are_the_widest_word_and_the_unbroken_line()
    {
        var runs = new[] { new TextRun("a bb cccccc dd", Sans) };
        var fonts = new DocumentFontSet(catalog);
        fonts.Add(runs);
        using var layouter = fonts.Build();
        var (min, max) = layouter.MeasureIntrinsicWidths(runs);
        var word = layouter.Layout([new TextRun("cccccc", Sans)], 1000).Single().Width;
        var whole = layouter.Layout(runs, 1000).Single().Width;
        Assert.That(min, Is.EqualTo(word).Within(0.01f));
        Assert.That(max, Is.EqualTo(whole).Within(0.01f));
    }

    [Test]
    public void Trailing_spaces_of_preserved_text_keep_their_width()
    {
        // white-space: pre keeps a line's trailing spaces (CSS 2.1 §16.6.1 step 4 removes only those of normal, nowrap
        // and pre-line): a cell holding " bc " is as wide as " bc", plus its last space (table-anonymous-objects-198).
        var pre = Sans with { TrailingSpacesHang = false };
        var fonts = new DocumentFontSet(catalog);
        fonts.Add([new TextRun(" bc ", pre)]);
        using var layouter = fonts.Build();
        var kept = layouter.MeasureIntrinsicWidths([new TextRun(" bc ", pre)]).MaxContent;
        var hung = layouter.MeasureIntrinsicWidths([new TextRun(" bc ", Sans)]).MaxContent;
        var space = layouter.Layout([new TextRun(" ", pre)], 1000).Single().Width;

        Assert.That(space, Is.GreaterThan(0));
        Assert.That(kept, Is.EqualTo(hung + space).Within(0.01f));
        Assert.That(layouter.Layout([new TextRun(" bc ", pre)], 1000, TextAlignment.End).Single().Width, Is.EqualTo(kept).Within(0.01f));
    }

    [Test]
    public void Text_not_registered_before_build_is_refused()
    {
        var fonts = new DocumentFontSet(catalog);
        fonts.Add("abc", Sans);
        using var layouter = fonts.Build();
        Assert.That(() => layouter.Layout([new TextRun("xyz", Sans)], 100), Throws.InvalidOperationException.With.Message.Contains("not registered"));
    }

    [Test]
    public void Text_registered_whole_can_be_laid_out_in_other_runs()
    {
        // Registered as one string, the digits follow 第 into the CJK face; laid out on their own, "14" goes to
        // the first listed family. Both faces must hold the digits.
        var style = new TextStyle(["Noto Sans", "Noto Sans SC"], 12f);
        var fonts = new DocumentFontSet(catalog);
        fonts.Add("第 14 次会议", style);
        using var layouter = fonts.Build();
        var together = layouter.Layout([new TextRun("第 14 次会议", style)], 1000).Single();
        var alone = layouter.Layout([new TextRun("14", style)], 1000).Single();
        Assert.That(together.Runs.Select(r => r.Font.Family), Is.EqualTo(new[] { "Noto Sans SC" }));
        Assert.That(alone.Runs.Single().Font.Family, Is.EqualTo("Noto Sans"));
        Assert.That(alone.Runs.Single().Glyphs, Has.Length.EqualTo(2).And.None.EqualTo((ushort)0));
    }

    [Test]
    public void Empty_runs_and_paragraphs_are_harmless_and_a_zero_width_gives_a_grapheme_a_line()
    {
        var fonts = new DocumentFontSet(catalog);
        fonts.Add([new TextRun("", Sans), new TextRun("abc", Sans), new TextRun("", Sans)]);
        using var layouter = fonts.Build();
        Assert.That(layouter.Layout([], 100), Is.Empty);
        Assert.That(layouter.Layout([new TextRun("", Sans)], 100), Is.Empty);
        Assert.That(layouter.Layout([new TextRun("", Sans), new TextRun("abc", Sans), new TextRun("", Sans)], 100).Select(LineText), Is.EqualTo(new[] { "abc" }));
        Assert.That(layouter.Layout([new TextRun("abc", Sans)], 0).Select(LineText), Is.EqualTo(new[] { "abc" }));
        Assert.That(layouter.Layout([new TextRun("abc", Sans with { BreakWordsAnywhere = true })], 0).Select(LineText), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(() => layouter.Layout([new TextRun("abc", Sans)], float.NaN), Throws.ArgumentException);
    }

    [Test]
    public void Runs_keep_their_tag_and_style()
    {
        var link = new object();
        var bold = Sans with { FontWeight = 700 };
        var runs = new[] { new TextRun("see ", Sans), new TextRun("here", bold, link) };
        var fonts = new DocumentFontSet(catalog);
        fonts.Add(runs);
        using var layouter = fonts.Build();
        var line = layouter.Layout(runs, 1000).Single();
        Assert.That(line.Runs.Select(r => (r.Text, r.Tag, r.Font.Weight)), Is.EqualTo(new[] { ("see ", (object?)null, 400), ("here", link, 700) }));
    }

    [Test]
    public void Lines_deep_in_a_very_long_word_are_measured_as_exactly_as_its_first_ones()
    {
        // A line exactly as wide as fifteen letters holds fifteen of them all the way down a 300,000-letter
        // word. The prefix widths were floats: two million points in, they measured a line to a quarter of a
        // point, so lines there took fourteen letters — and differed from the same text laid out from there.
        var fifteen = Layout(new string('x', 15), 1000).Single().Width;
        var lines = Layout(new string('x', 300_000), fifteen, style: Sans with { BreakWordsAnywhere = true });

        Assert.That(lines, Has.Count.EqualTo(20_000));
        Assert.That(lines.Select(l => l.SourceEnd - l.SourceStart), Is.All.EqualTo(15));
    }
}
