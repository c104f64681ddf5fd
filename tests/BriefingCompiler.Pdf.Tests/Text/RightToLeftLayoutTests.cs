using BriefingCompiler.Pdf.Fonts;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Text;

/// <summary>
/// Right-to-left and mixed-direction paragraphs through the layouter: bidi levels split the shaping, lines come
/// out in visual order with their X positions, brackets mirror, Start is the right edge, justification widens
/// spaces only. The texts are from the Arabic sample briefing (briefings/icann81-gac-alac.ar.yaml) and the
/// English one.
/// </summary>
public class RightToLeftLayoutTests
{
    private static FontCatalog catalog = null!;
    private static readonly TextStyle Body = new(["Noto Sans"], 12f);

    internal const string ArabicWithAcronyms =
        "في ICANN82، ستواصل المجموعتان تبادل الآراء بشأن مراجعة WSIS+20 لما بعد عام 2025 وإساءة استخدام نظام أسماء النطاقات (DNS) في حوكمة الإنترنت.";

    internal const string ArabicNameInEnglish = "The GAC chair, محمد علي (Egypt), opened the session with the ALAC.";

    [OneTimeSetUp]
    public void CreateCatalog() => catalog = new FontCatalog();

    [OneTimeTearDown]
    public void DisposeCatalog() => catalog.Dispose();

    private static IReadOnlyList<TextLine> Layout(string text, float width, bool rightToLeft, TextAlignment alignment = TextAlignment.Start, TextStyle? style = null)
    {
        var runs = new[] { new TextRun(text, style ?? Body) };
        var fonts = new DocumentFontSet(catalog);
        Assert.That(fonts.Add(runs), Is.Empty, "no missing characters");
        using var layouter = fonts.Build();
        return layouter.Layout(runs, width, alignment, rightToLeft);
    }

    /// <summary>The line's runs left to right, as (text, right to left?) — an RTL run's glyphs go from its
    /// logical end to its start, so its clusters decrease.</summary>
    private static List<(string Text, bool RightToLeft)> Visual(TextLine line) =>
        line.Runs.OrderBy(r => r.X).Select(r => (r.Text, r.Clusters.Length > 1 && r.Clusters[0] > r.Clusters[^1])).ToList();

    [Test]
    public void An_Arabic_sentence_places_acronyms_and_numbers_as_left_to_right_islands_from_the_right()
    {
        const string text = "اجتماع ICANN82 في 2025 حول DNS";
        var line = Layout(text, float.PositiveInfinity, rightToLeft: true).Single();

        // Visual order, left to right: the last logical word first. Neutral spaces between an island and Arabic
        // take the paragraph direction; the one after ICANN82 is drawn in Noto Sans (it follows a Latin letter),
        // so it is a run of its own. Run texts are logical: "في " ends with the space shown on its left.
        Assert.That(Visual(line).Select(r => r.Text), Is.EqualTo(new[] { "DNS", " حول ", "2025", "في ", " ", "ICANN82", "اجتماع " }));
        Assert.That(Visual(line).Where(r => r.Text.Length > 1).Select(r => r.RightToLeft),
            Is.EqualTo(new[] { false, true, false, true, false, true }));
    }

    [Test]
    public void Lines_of_an_Arabic_paragraph_with_acronyms_follow_the_bidi_visual_order_from_the_right_edge()
    {
        const float width = 150;
        var lines = Layout(ArabicWithAcronyms, width, rightToLeft: true);
        var bidi = BidiAlgorithm.Analyze(ArabicWithAcronyms, BidiDirection.RightToLeft);
        Assert.That(lines.Count, Is.GreaterThan(3));
        foreach (var line in lines)
        {
            var runs = line.Runs;
            for (var i = 1; i < runs.Count; i++)
                Assert.That(runs[i].X, Is.EqualTo(runs[i - 1].X + runs[i - 1].Width).Within(0.001f), "runs touch, left to right");
            Assert.That(runs[^1].X + runs[^1].Width, Is.EqualTo(width).Within(0.01f), "Start is the right edge");
            Assert.That(runs[0].X, Is.GreaterThanOrEqualTo(-0.01f), "nothing sticks out on the left");

            // Read left to right, the glyph runs are the line's bidi runs (UAX #9 L1 and L2 on the logical line,
            // trailing spaces left out), cut further only where the face changes; inside a right-to-left bidi run
            // those pieces go from its logical end to its start.
            var contentEnd = line.SourceStart + ArabicWithAcronyms[line.SourceStart..line.SourceEnd].TrimEnd().Length;
            var pending = new Queue<GlyphRun>(runs);
            foreach (var bidiRun in bidi.VisualRuns(line.SourceStart, line.SourceEnd).Where(r => r.Start < contentEnd))
            {
                var piece = ArabicWithAcronyms[bidiRun.Start..Math.Min(bidiRun.End, contentEnd)];
                var taken = new List<GlyphRun>();
                while (taken.Sum(r => r.Text.Length) < piece.Length) taken.Add(pending.Dequeue());
                if (bidiRun.IsRightToLeft) taken.Reverse();
                Assert.That(string.Concat(taken.Select(r => r.Text)), Is.EqualTo(piece));
                foreach (var run in taken.Where(r => r.Clusters.Length > 1))
                    Assert.That(run.Clusters[0] > run.Clusters[^1], Is.EqualTo(bidiRun.IsRightToLeft), $"glyph order of “{run.Text}”");
            }

            Assert.That(pending, Is.Empty);
        }

        Assert.That(string.Join(" ", lines.Select(l => ArabicWithAcronyms[l.SourceStart..l.SourceEnd].TrimEnd())), Is.EqualTo(ArabicWithAcronyms));
        // Every acronym and number stays whole and reads left to right on its line.
        var islands = lines.SelectMany(l => l.Runs).Where(r => r.Text.Any(char.IsAsciiLetterOrDigit)).Select(r => r.Text.Trim()).ToList();
        Assert.That(islands, Is.SupersetOf(new[] { "ICANN82", "WSIS+20", "2025", "DNS" }));
    }

    [Test]
    public void An_Arabic_name_inside_an_English_paragraph_is_one_right_to_left_run_in_place()
    {
        var line = Layout(ArabicNameInEnglish, float.PositiveInfinity, rightToLeft: false).Single();
        Assert.That(Visual(line), Is.EqualTo(new[]
        {
            // The space and bracket after the name are left to right (between R and L, N2 gives the paragraph's
            // direction) and stay in the name's face; the closing bracket takes the face of the opening one.
            ("The GAC chair, ", false), ("محمد علي", true), (" (", false), ("Egypt", false), (")", false), (", opened the session with the ALAC.", false),
        }));
        Assert.That(line.Runs.Where(r => r.Text.Contains('(') || r.Text.Contains(')')).Select(r => r.Font.Family).Distinct().Count(), Is.EqualTo(1));
        var name = line.Runs.Single(r => r.Text == "محمد علي");
        // The first name (logically first) is on the right of the second inside the run.
        var byCluster = name.Clusters.Select((c, i) => (Cluster: c, X: name.Positions[i])).ToList();
        var firstNameLeft = byCluster.Where(g => g.Cluster < 8).Min(g => g.X);  // محمد: 4 letters, 8 UTF-8 bytes
        var secondNameRight = byCluster.Where(g => g.Cluster > 8).Max(g => g.X); // علي, after the space
        Assert.That(firstNameLeft, Is.GreaterThan(secondNameRight));
    }

    [Test]
    public void An_Arabic_name_broken_across_lines_of_an_English_paragraph_keeps_its_words_in_reading_order()
    {
        // Logical order wins over visual: the first line ends with the first name, the next starts with the second.
        var width = Layout("Chair: محمد", float.PositiveInfinity, rightToLeft: false).Single().Width + 2;
        var lines = Layout("Chair: محمد علي", width, rightToLeft: false);
        Assert.That(lines.Select(l => Visual(l).Select(r => r.Text)), Is.EqualTo(new[] { new[] { "Chair: ", "محمد" }, new[] { "علي" } }));
        Assert.That(lines.Select(l => l.Runs[0].X), Has.All.EqualTo(0), "an LTR paragraph starts on the left");
    }

    [Test]
    public void Brackets_at_an_odd_level_are_drawn_mirrored_exactly_once()
    {
        // Both brackets take the Arabic direction (N0): the logical "(" is drawn with the font's ")" glyph, on the
        // right of GAC. HarfBuzz mirrors in right-to-left buffers; the layouter must not mirror again.
        const string arabic = "اللجنة الاستشارية الحكومية (GAC)";
        const string island = "قال Internet (DNS) ثم";
        var fonts = new DocumentFontSet(catalog);
        foreach (var text in new[] { arabic, island, ArabicNameInEnglish }) fonts.Add(text, Body);
        using var layouter = fonts.Build();

        var rtl = layouter.Layout([new TextRun(arabic, Body)], float.PositiveInfinity, rightToLeft: true).Single();
        Assert.That(GlyphOf(rtl, '('), Is.EqualTo(NominalGlyph(rtl, '(', ')')));
        Assert.That(GlyphOf(rtl, ')'), Is.EqualTo(NominalGlyph(rtl, ')', '(')));
        var open = rtl.Runs.Single(r => r.Text.Contains('('));
        var acronym = rtl.Runs.Single(r => r.Text == "GAC");
        Assert.That(open.X, Is.GreaterThan(acronym.X), "the logical opening bracket is on the right");

        // English inside and before the pair: the brackets are left to right and keep their glyphs.
        var ltrIsland = layouter.Layout([new TextRun(island, Body)], float.PositiveInfinity, rightToLeft: true).Single();
        Assert.That(GlyphOf(ltrIsland, '('), Is.EqualTo(NominalGlyph(ltrIsland, '(', '(')));
        var english = layouter.Layout([new TextRun(ArabicNameInEnglish, Body)], float.PositiveInfinity).Single();
        Assert.That(GlyphOf(english, '('), Is.EqualTo(NominalGlyph(english, '(', '(')));
    }

    [Test]
    public void A_closing_bracket_is_drawn_in_the_face_of_its_opening_bracket()
    {
        // "(" follows Arabic and stays in Noto Naskh Arabic; ")" follows GAC (Noto Sans) but pairs with "(". The
        // comma after ")" continues the text inside, not the bracket.
        static string FaceOf(TextLine line, char c) => line.Runs.Single(r => r.Text.Contains(c)).Font.Family;
        var simple = Layout("اللجنة الحكومية (GAC), والمزيد", float.PositiveInfinity, rightToLeft: true).Single();
        Assert.That(FaceOf(simple, '('), Is.EqualTo("Noto Naskh Arabic"));
        Assert.That(FaceOf(simple, ')'), Is.EqualTo("Noto Naskh Arabic"));
        Assert.That(FaceOf(simple, ','), Is.EqualTo("Noto Sans"), "the comma follows GAC");

        // Nested pairs: "[" after Arabic, "(" after ICANN; each closing bracket takes its own opening's face.
        var nested = Layout("قال [ICANN (DNS)] ثم", float.PositiveInfinity, rightToLeft: true).Single();
        Assert.Multiple(() =>
        {
            Assert.That(FaceOf(nested, '['), Is.EqualTo("Noto Naskh Arabic"));
            Assert.That(FaceOf(nested, ']'), Is.EqualTo("Noto Naskh Arabic"));
            Assert.That(FaceOf(nested, '('), Is.EqualTo("Noto Sans"));
            Assert.That(FaceOf(nested, ')'), Is.EqualTo("Noto Sans"));
        });
    }

    [Test]
    public void A_bracket_whose_mirror_is_not_in_the_text_is_still_mirrored()
    {
        // Only « appears; at level 1 it shows as ». HarfBuzz mirrors only when the font has the mirror glyph:
        // hb-subset keeps the Bidi_Mirroring_Glyph of every code point it keeps, so the subset still has ».
        const string text = "قال «مرحبا بالعالم";
        var fonts = new DocumentFontSet(catalog);
        fonts.Add(text, Body);
        using var layouter = fonts.Build();
        var line = layouter.Layout([new TextRun(text, Body)], float.PositiveInfinity, rightToLeft: true).Single();
        Assert.That(GlyphOf(line, '«'), Is.EqualTo(NominalGlyph(line, '«', '»')));
    }

    /// <summary>The glyph drawn for the only occurrence of <paramref name="c"/> on the line.</summary>
    private static ushort GlyphOf(TextLine line, char c)
    {
        var run = line.Runs.Single(r => r.Text.Contains(c));
        var utf8 = (uint)System.Text.Encoding.UTF8.GetByteCount(run.Text[..run.Text.IndexOf(c)]);
        return run.Glyphs[Array.IndexOf(run.Clusters, utf8)];
    }

    /// <summary>The font's own glyph for <paramref name="shown"/>, in the face that draws <paramref name="c"/>
    /// (the layouter must still be alive: the face's shaper belongs to it).</summary>
    private static ushort NominalGlyph(TextLine line, char c, char shown)
    {
        var run = line.Runs.Single(r => r.Text.Contains(c));
        Assert.That(run.Font.Shaper!.TryGetNominalGlyph(shown, out var glyph), Is.True, $"{run.Font} holds {shown}");
        return (ushort)glyph;
    }

    [Test]
    public void Justified_right_to_left_lines_fill_the_width_by_widening_spaces_only()
    {
        const float width = 200;
        var justified = Layout(ArabicWithAcronyms, width, rightToLeft: true, TextAlignment.Justify);
        var plain = Layout(ArabicWithAcronyms, width, rightToLeft: true);
        Assert.That(justified.Select(l => (l.SourceStart, l.SourceEnd)), Is.EqualTo(plain.Select(l => (l.SourceStart, l.SourceEnd))));
        Assert.That(justified.Count, Is.GreaterThan(2));
        for (var k = 0; k < justified.Count - 1; k++)
        {
            var (line, reference) = (justified[k], plain[k]);
            Assert.That(line.Runs[0].X, Is.EqualTo(0).Within(0.01f));
            Assert.That(line.Runs[^1].X + line.Runs[^1].Width, Is.EqualTo(width).Within(0.01f));
            Assert.That(line.Runs.Select(r => r.Text), Is.EqualTo(reference.Runs.Select(r => r.Text)));
            var added = 0f;
            foreach (var (run, before) in line.Runs.Zip(reference.Runs))
            {
                // Same glyphs (no letter spacing, no kashida, joining untouched); extra space only after spaces.
                Assert.That(run.Glyphs, Is.EqualTo(before.Glyphs), run.Text);
                var bytes = System.Text.Encoding.UTF8.GetBytes(run.Text);
                for (var i = 0; i < run.Glyphs.Length; i++)
                {
                    var extra = Advance(run, i) - Advance(before, i);
                    if (bytes[run.Clusters[i]] == (byte)' ') Assert.That(extra, Is.GreaterThan(0), $"space in “{run.Text}”");
                    else Assert.That(extra, Is.EqualTo(0).Within(0.001f), $"glyph {i} of “{run.Text}”");
                    added += extra;
                }
            }

            Assert.That(added, Is.EqualTo(width - reference.Width).Within(0.01f), "the free space went into the spaces");
        }

        var last = justified[^1];
        Assert.That(last.Runs.Select(r => r.X), Is.EqualTo(plain[^1].Runs.Select(r => r.X)), "the last line is not justified");
        Assert.That(last.Runs[^1].X + last.Runs[^1].Width, Is.EqualTo(width).Within(0.01f));
    }

    /// <summary>The pen advance after glyph <paramref name="i"/> of a run (its position to the next one's).</summary>
    private static float Advance(GlyphRun run, int i) =>
        (i + 1 < run.Positions.Length ? run.Positions[i + 1] : run.Width) - run.Positions[i];

    [Test]
    public void Styled_runs_inside_Arabic_text_keep_their_style_and_tag_in_visual_order()
    {
        // <p dir="rtl">النص <strong>عريض</strong> هنا</p>: three source runs, one right-to-left bidi run.
        var link = new object();
        var bold = Body with { FontWeight = 700 };
        TextRun[] runs = [new("النص ", Body), new("عريض", bold, link), new(" هنا", Body)];
        var fonts = new DocumentFontSet(catalog);
        fonts.Add(runs);
        using var layouter = fonts.Build();
        var line = layouter.Layout(runs, 300, rightToLeft: true).Single();
        Assert.That(line.Runs.Select(r => (r.Text, r.Font.Weight, r.Tag)), Is.EqualTo(new[]
        {
            (" هنا", 400, (object?)null), ("عريض", 700, link), ("النص ", 400, null),
        }));
        Assert.That(line.Runs[^1].X + line.Runs[^1].Width, Is.EqualTo(300).Within(0.01f));
    }

    [Test]
    public void Forced_breaks_isolates_and_tabs_in_right_to_left_text()
    {
        var lines = Layout("سطر أول\nسطر ثان", 300, rightToLeft: true);
        Assert.That(lines.Select(l => string.Concat(l.Runs.Select(r => r.Text))), Is.EqualTo(new[] { "سطر أول", "سطر ثان" }));
        Assert.That(lines.Select(l => l.Runs[^1].X + l.Runs[^1].Width), Has.All.EqualTo(300).Within(0.01f));

        // Isolated, the Latin name does not pull the number after it into its run: 82 reads as an Arabic number
        // on the left of the name. The isolate controls draw nothing.
        var isolated = Layout("اجتماع \u2066ICANN\u2069 82", float.PositiveInfinity, rightToLeft: true).Single();
        var visual = Visual(isolated).Select(r => r.Text.Trim('\u2066', '\u2069', ' ')).Where(t => t.Length > 0).ToList();
        Assert.That(visual, Is.EqualTo(new[] { "82", "ICANN", "اجتماع" }));

        // A tab is a segment separator (L1 puts the space before it back at the paragraph level); the line keeps
        // every character and stays inside the width.
        var tabbed = Layout("عربي \tعربي", 300, rightToLeft: true).Single();
        Assert.That(string.Concat(tabbed.Runs.OrderByDescending(r => r.X).Select(r => r.Text)), Is.EqualTo("عربي \tعربي"));
        Assert.That(tabbed.Runs.Min(r => r.X), Is.GreaterThan(0));
    }

    [Test]
    public void Letter_spacing_is_not_applied_to_Arabic()
    {
        const string text = "مرحبا بالعالم";
        var plain = Layout(text, float.PositiveInfinity, rightToLeft: true).Single();
        var spaced = Layout(text, float.PositiveInfinity, rightToLeft: true, style: Body with { LetterSpacing = 3 }).Single();
        Assert.That(spaced.Width, Is.EqualTo(plain.Width).Within(0.001f));
        Assert.That(spaced.Runs.Single().Glyphs, Is.EqualTo(plain.Runs.Single().Glyphs));
    }

    [Test]
    public void Intrinsic_widths_of_a_right_to_left_paragraph_match_its_layout()
    {
        var runs = new[] { new TextRun(ArabicWithAcronyms, Body) };
        var fonts = new DocumentFontSet(catalog);
        fonts.Add(runs);
        using var layouter = fonts.Build();
        var (_, max) = layouter.MeasureIntrinsicWidths(runs, rightToLeft: true);
        Assert.That(max, Is.EqualTo(layouter.Layout(runs, float.PositiveInfinity, rightToLeft: true).Single().Width).Within(0.01f));
    }

    [Test]
    public void Layouts_stay_identical_across_documents_and_garbage_collections()
    {
        // Each document subsets its faces again; the collections in between move managed memory, which once
        // corrupted the subset faces' data (see DocumentFontSet.NativeBlob).
        var texts = BidiAlgorithmTests.ArabicBriefingTexts();
        string? first = null;
        for (var attempt = 0; attempt < 12; attempt++)
        {
            var fonts = new DocumentFontSet(catalog);
            foreach (var text in texts) fonts.Add(text, Body);
            using var layouter = fonts.Build();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var garbage = Enumerable.Range(0, 200).Select(i => new byte[10_000 + i]).ToList();
            GC.Collect();
            var description = string.Join("\n", texts
                .SelectMany(t => layouter.Layout([new TextRun(t, Body)], 483, TextAlignment.Justify, rightToLeft: true))
                .SelectMany(l => l.Runs)
                .Select(r => $"{r.Text}:{string.Join(",", r.Glyphs)}"));
            first ??= description;
            Assert.That(description, Is.EqualTo(first), $"document {attempt} (of {garbage.Count} allocations)");
        }
    }

    [Test]
    public void Laying_out_and_writing_the_same_paragraph_twice_gives_the_same_lines_and_bytes()
    {
        static string Describe(IReadOnlyList<TextLine> lines) => string.Join("\n", lines.Select(l => string.Join(" | ", l.Runs.Select(r =>
            $"{r.Text}@{r.X:R}+{r.Width:R} [{string.Join(",", r.Glyphs)}] [{string.Join(",", r.Positions.Select(p => p.ToString("R")))}] [{string.Join(",", r.Clusters)}]"))));

        var first = Layout(ArabicWithAcronyms, 170, rightToLeft: true, TextAlignment.Justify);
        var second = Layout(ArabicWithAcronyms, 170, rightToLeft: true, TextAlignment.Justify);
        Assert.That(Describe(second), Is.EqualTo(Describe(first)));

        IReadOnlyList<IReadOnlyList<TextRun>> paragraphs = [[new TextRun(ArabicWithAcronyms, Body)], [new TextRun(ArabicNameInEnglish, Body)]];
        var pdf1 = TextPdfWriter.Write(catalog, paragraphs, TextAlignment.Justify, rightToLeft: true).Pdf;
        var pdf2 = TextPdfWriter.Write(catalog, paragraphs, TextAlignment.Justify, rightToLeft: true).Pdf;
        Assert.That(pdf2, Is.EqualTo(pdf1));
    }
}
