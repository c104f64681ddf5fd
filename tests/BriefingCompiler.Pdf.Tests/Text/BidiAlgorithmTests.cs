using System.Text;
using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Text;

/// <summary>
/// The bidi cases the briefings need: Arabic with Latin acronyms and Western digits (ICANN's Arabic documents keep
/// both), Arabic names inside English, brackets, whitespace at line ends, isolates, and the Arabic sample briefing.
/// Runs are checked as (text, direction) pairs in visual order, left to right.
/// </summary>
public class BidiAlgorithmTests
{
    [Test]
    public void Arabic_sentence_with_acronyms_and_numbers_reads_right_to_left_with_left_to_right_islands()
    {
        const string text = "اجتماع ICANN82 في 2025 حول DNS";
        var paragraph = BidiAlgorithm.Analyze(text, BidiDirection.RightToLeft);

        Assert.That(Runs(paragraph, 0, text.Length), Is.EqualTo(new[]
        {
            ("DNS", 2), (" حول ", 1), ("2025", 2), (" في ", 1), ("ICANN82", 2), ("اجتماع ", 1),
        }));
        Assert.That(Display(paragraph, 0, text.Length), Is.EqualTo("DNS " + Reverse("حول") + " 2025 " + Reverse("في") + " ICANN82 " + Reverse("اجتماع")));
    }

    [Test]
    public void Digits_after_Arabic_letters_are_Arabic_numbers_and_after_Latin_letters_European_numbers()
    {
        // W2 makes 2025 an Arabic number (level 2 in an RTL paragraph); W7 makes the 82 of ICANN82 and the 81
        // after "ICANN " left to right, so "ICANN 81" stays one run.
        const string text = "عام 2025 واجتماع ICANN 81";
        var paragraph = BidiAlgorithm.Analyze(text, BidiDirection.RightToLeft);

        Assert.That(Runs(paragraph, 0, text.Length), Is.EqualTo(new[]
        {
            ("ICANN 81", 2), (" واجتماع ", 1), ("2025", 2), ("عام ", 1),
        }));
    }

    [Test]
    public void A_forced_line_break_separates_paragraphs_so_no_rule_looks_across_it()
    {
        // A letterhead's right-to-left address block: "Restricted<br>6 December 2026". After the break, 6 follows the
        // paragraph's start (R), not "Restricted" (L): it stays a European number, and the line reads as browsers
        // show it, the date's day on the right.
        const string text = "Restricted\n6 December 2026";
        var paragraph = BidiAlgorithm.Analyze(text, BidiDirection.RightToLeft);
        var second = text.IndexOf('\n') + 1;

        Assert.That(Runs(paragraph, second, text.Length), Is.EqualTo(new[] { ("December 2026", 2), (" ", 1), ("6", 2) }));
        Assert.That(paragraph.ParagraphLevel, Is.EqualTo(1));
        // Without a break the number follows the English word (W7) and joins its run.
        var joined = BidiAlgorithm.Analyze("Restricted 6 December 2026", BidiDirection.RightToLeft);
        Assert.That(Runs(joined, 0, joined.Text.Length), Is.EqualTo(new[] { ("Restricted 6 December 2026", 2) }));
    }

    [Test]
    public void Arabic_name_inside_English_text_is_reversed_in_place()
    {
        const string text = "The chair, محمد علي (Egypt), opened the session.";
        var paragraph = BidiAlgorithm.Analyze(text, BidiDirection.LeftToRight);

        Assert.That(Runs(paragraph, 0, text.Length), Is.EqualTo(new[]
        {
            ("The chair, ", 0), ("محمد علي", 1), (" (Egypt), opened the session.", 0),
        }));
        Assert.That(Display(paragraph, 0, text.Length), Is.EqualTo("The chair, " + Reverse("محمد علي") + " (Egypt), opened the session."));
    }

    [Test]
    public void Brackets_around_an_acronym_in_Arabic_take_the_paragraph_direction_and_are_mirrored()
    {
        // N0: only L inside the pair, R before it, so the pair takes the embedding direction (R) and is displayed
        // with mirrored glyphs: the logical "(" shows as ")" on the right of GAC, and vice versa.
        const string text = "اللجنة الاستشارية الحكومية (GAC)";
        var paragraph = BidiAlgorithm.Analyze(text, BidiDirection.RightToLeft);

        Assert.That(paragraph.Levels[text.IndexOf('(')], Is.EqualTo(1));
        Assert.That(paragraph.Levels[text.IndexOf(')')], Is.EqualTo(1));
        Assert.That(Display(paragraph, 0, text.Length), Is.EqualTo("(GAC) " + Reverse("اللجنة الاستشارية الحكومية")));
    }

    [Test]
    public void Brackets_take_the_opposite_direction_when_it_surrounds_them()
    {
        // N0 c1: English inside and before the pair in an RTL paragraph: the brackets are L and not mirrored.
        const string text = "قال Internet (DNS) ثم";
        var paragraph = BidiAlgorithm.Analyze(text, BidiDirection.RightToLeft);

        Assert.That(Runs(paragraph, 0, text.Length), Is.EqualTo(new[]
        {
            (" ثم", 1), ("Internet (DNS)", 2), ("قال ", 1),
        }));
    }

    [Test]
    public void Mirror_maps_paired_characters_and_leaves_others()
    {
        Assert.Multiple(() =>
        {
            Assert.That(BidiAlgorithm.Mirror('('), Is.EqualTo(')'));
            Assert.That(BidiAlgorithm.Mirror(')'), Is.EqualTo('('));
            Assert.That(BidiAlgorithm.Mirror('['), Is.EqualTo(']'));
            Assert.That(BidiAlgorithm.Mirror('{'), Is.EqualTo('}'));
            Assert.That(BidiAlgorithm.Mirror('<'), Is.EqualTo('>'));
            Assert.That(BidiAlgorithm.Mirror('«'), Is.EqualTo('»'));
            Assert.That(BidiAlgorithm.Mirror('‹'), Is.EqualTo('›'));
            Assert.That(BidiAlgorithm.Mirror('≤'), Is.EqualTo('≥'));
            Assert.That(BidiAlgorithm.Mirror('∈'), Is.EqualTo('∋'));
            Assert.That(BidiAlgorithm.Mirror('a'), Is.EqualTo('a'));
            Assert.That(BidiAlgorithm.Mirror('ع'), Is.EqualTo('ع'));
            Assert.That(BidiAlgorithm.Mirror('“'), Is.EqualTo('“'), "quotation marks have no mirror glyph");
        });
    }

    [Test]
    public void Trailing_whitespace_of_a_line_goes_to_the_paragraph_level()
    {
        // Broken after "في ": the space ending the first line is reset by L1 (it was already at level 1), and in an
        // LTR paragraph the space after an Arabic word at the end of a line leaves the RTL run.
        const string text = "اجتماع ICANN82 في 2025 حول DNS";
        var paragraph = BidiAlgorithm.Analyze(text, BidiDirection.RightToLeft);
        int lineEnd = text.IndexOf("2025", StringComparison.Ordinal);
        Assert.That(Runs(paragraph, 0, lineEnd), Is.EqualTo(new[] { (" في ", 1), ("ICANN82", 2), ("اجتماع ", 1) }));
        Assert.That(Runs(paragraph, lineEnd, text.Length), Is.EqualTo(new[] { ("DNS", 2), (" حول ", 1), ("2025", 2) }));

        // The space between two Arabic words is R (level 1); when the line breaks after it, it ends the line and
        // goes back to level 0, to the right of the Arabic run instead of inside it.
        const string english = "Chair: محمد علي";
        var ltr = BidiAlgorithm.Analyze(english, BidiDirection.LeftToRight);
        int breakAfter = english.IndexOf(' ', english.IndexOf('م')) + 1;
        Assert.That(ltr.Levels[breakAfter - 1], Is.EqualTo(1));
        Assert.That(ltr.LineLevels(0, breakAfter)[^1], Is.EqualTo(0));
        Assert.That(Runs(ltr, 0, breakAfter), Is.EqualTo(new[] { ("Chair: ", 0), ("محمد", 1), (" ", 0) }));
        Assert.That(Runs(ltr, breakAfter, english.Length), Is.EqualTo(new[] { ("علي", 1) }));
    }

    [Test]
    public void Auto_direction_follows_the_first_strong_character_outside_isolates()
    {
        Assert.Multiple(() =>
        {
            Assert.That(BidiAlgorithm.Analyze("ICANN اجتماع", BidiDirection.Auto).ParagraphLevel, Is.EqualTo(0));
            Assert.That(BidiAlgorithm.Analyze("2025 اجتماع ICANN", BidiDirection.Auto).ParagraphLevel, Is.EqualTo(1));
            Assert.That(BidiAlgorithm.Analyze("2025 - 11", BidiDirection.Auto).ParagraphLevel, Is.EqualTo(0));
            Assert.That(BidiAlgorithm.Analyze("\u2066ICANN\u2069 اجتماع", BidiDirection.Auto).ParagraphLevel, Is.EqualTo(1));
            Assert.That(BidiAlgorithm.Analyze("", BidiDirection.Auto).ParagraphLevel, Is.EqualTo(0));
            Assert.That(BidiAlgorithm.Analyze("", BidiDirection.RightToLeft).VisualRuns(0, 0), Is.Empty);
        });
    }

    [Test]
    public void An_isolate_keeps_a_Latin_name_from_pulling_the_following_number()
    {
        // Without the isolate "ICANN 82" would be one LTR run; isolated, the 82 belongs to the Arabic context.
        const string isolated = "اجتماع \u2066ICANN\u2069 82";
        var paragraph = BidiAlgorithm.Analyze(isolated, BidiDirection.RightToLeft);
        Assert.That(paragraph.Levels[isolated.IndexOf('I')], Is.EqualTo(2));
        Assert.That(paragraph.Levels[isolated.IndexOf('8')], Is.EqualTo(2));
        Assert.That(paragraph.Levels[isolated.IndexOf(' ', isolated.IndexOf('\u2069'))], Is.EqualTo(1), "the space after PDI sees R before the isolate");
    }

    [Test]
    public void Joiners_stay_in_the_run_of_the_letters_they_join()
    {
        // ZWNJ (BN, removed by X9) inside a Persian word keeps the level of the letter before it: one run.
        const string text = "می\u200Cخواهم";
        var paragraph = BidiAlgorithm.Analyze(text, BidiDirection.LeftToRight);
        Assert.That(paragraph.VisualRuns(0, text.Length), Is.EqualTo(new[] { new BidiRun(0, text.Length, 1) }));

        // At the end of a line L1 resets BN with the trailing whitespace (UAX #9 5.2): a final ZWJ becomes a run
        // of its own at the paragraph level, so the layouter shapes the word with the line's text as context.
        const string joined = text + "\u200D";
        var withJoiner = BidiAlgorithm.Analyze(joined, BidiDirection.LeftToRight);
        Assert.That(withJoiner.Levels[^1], Is.EqualTo(1));
        Assert.That(withJoiner.VisualRuns(0, joined.Length), Is.EqualTo(new[] { new BidiRun(0, text.Length, 1), new BidiRun(text.Length, 1, 0) }));
    }

    [Test]
    public void Surrogate_pairs_share_a_level_and_runs_never_split_them()
    {
        const string text = "عام 𝐀𝐁 2025"; // U+1D400, U+1D401: L outside the BMP
        var paragraph = BidiAlgorithm.Analyze(text, BidiDirection.RightToLeft);
        int first = text.IndexOf('\uD835');
        Assert.That(paragraph.Levels[first], Is.EqualTo(2));
        Assert.That(paragraph.Levels[first + 1], Is.EqualTo(2));
        Assert.That(Runs(paragraph, 0, text.Length), Is.EqualTo(new[] { ("𝐀𝐁 2025", 2), ("عام ", 1) }), "W7: 2025 follows L, so it joins the Latin run");
        Assert.Throws<ArgumentException>(() => paragraph.VisualRuns(first + 1, text.Length));
        Assert.Throws<ArgumentOutOfRangeException>(() => paragraph.VisualRuns(0, text.Length + 1));
    }

    [Test]
    public void The_Arabic_briefing_keeps_every_acronym_and_number_left_to_right()
    {
        var lines = ArabicBriefingTexts();
        Assert.That(lines, Has.Count.GreaterThan(20));
        int words = 0;
        foreach (var line in lines)
        {
            // The document is Arabic, so its paragraphs are RTL whatever they start with ("WSIS+20: …" would be
            // LTR under Auto).
            var paragraph = BidiAlgorithm.Analyze(line, BidiDirection.RightToLeft);
            var runs = paragraph.VisualRuns(0, line.Length);
            foreach (var run in runs)
            {
                var piece = line.Substring(run.Start, run.Length);
                Assert.That(run.IsRightToLeft ? piece.Any(char.IsAsciiLetterOrDigit) : piece.Any(IsArabicLetter), Is.False,
                    $"«{piece}» at level {run.Level} in: {line}");
            }

            // Every acronym or number (ICANN81, WSIS+20, 2025 …) lies whole inside one left-to-right run.
            foreach (System.Text.RegularExpressions.Match word in System.Text.RegularExpressions.Regex.Matches(line, "[A-Za-z0-9][A-Za-z0-9+]*"))
            {
                words++;
                Assert.That(runs.Any(r => !r.IsRightToLeft && r.Start <= word.Index && word.Index + word.Length <= r.End), Is.True,
                    $"{word.Value} is split or reversed in: {line}");
            }
        }

        // 62 in the text, 1 in the figure's caption (ALAC), 9 in the two footnotes (ALAC, 12, 2, ICANN; 70, 125, 2015, 2025, WSIS).
        Assert.That(words, Is.EqualTo(72), "the briefing keeps ICANN, GAC, ALAC, DNS, WSIS+20 and Western digits");
        var agendaIntro = lines.Single(l => l.StartsWith("في ICANN81،", StringComparison.Ordinal));
        Assert.That(Runs(BidiAlgorithm.Analyze(agendaIntro, BidiDirection.RightToLeft), 0, agendaIntro.Length)[^2], Is.EqualTo(("ICANN81", 2)));
        var topic = lines.First(l => l.StartsWith("WSIS+20:", StringComparison.Ordinal));
        Assert.That(Runs(BidiAlgorithm.Analyze(topic, BidiDirection.RightToLeft), 0, topic.Length)[^1], Is.EqualTo(("WSIS+20", 2)));
    }

    /// <summary>The line's runs in visual order as (text, level).</summary>
    private static (string Text, int Level)[] Runs(BidiParagraph paragraph, int lineStart, int lineEnd) =>
        paragraph.VisualRuns(lineStart, lineEnd).Select(r => (paragraph.Text.Substring(r.Start, r.Length), (int)r.Level)).ToArray();

    /// <summary>The line as it is seen, left to right: RTL runs reversed by code point with mirrored glyphs (L4).</summary>
    private static string Display(BidiParagraph paragraph, int lineStart, int lineEnd)
    {
        var display = new StringBuilder();
        foreach (var run in paragraph.VisualRuns(lineStart, lineEnd))
        {
            var piece = paragraph.Text.Substring(run.Start, run.Length);
            display.Append(run.IsRightToLeft ? Reverse(piece, mirror: true) : piece);
        }

        return display.ToString();
    }

    private static string Reverse(string text, bool mirror = false)
    {
        var codePoints = new List<int>();
        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            codePoints.Add(char.ConvertToUtf32(text, i));
        }

        codePoints.Reverse();
        return string.Concat(codePoints.Select(cp => char.ConvertFromUtf32(mirror ? BidiAlgorithm.Mirror(cp) : cp)));
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A' or >= '\u066E' and <= '\u06D3';

    /// <summary>The Arabic text of briefings/icann81-gac-alac.ar.yaml, one paragraph or list item a line, with the
    /// YAML keys, list dashes and Markdown emphasis and footnote marks taken off (a footnote's text is a line of its own,
    /// as the PDF sets it at the foot of its page; a figure is its caption).</summary>
    internal static List<string> ArabicBriefingTexts()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BriefingCompiler.sln")))
        {
            directory = directory.Parent;
        }

        Assert.That(directory, Is.Not.Null, "the repository root (with BriefingCompiler.sln) is above the test directory");
        var path = Path.Combine(directory!.FullName, "briefings", "icann81-gac-alac.ar.yaml");
        var texts = new List<string>();
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            var line = raw.Trim();
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                line = line[2..];
            }

            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0 && line[..colon].All(c => char.IsAsciiLetterLower(c) || c == '_'))
            {
                line = line[(colon + 2)..];
            }

            line = line.Trim('"').Replace("**", "", StringComparison.Ordinal);
            line = System.Text.RegularExpressions.Regex.Replace(line, @"^\[\^\w+\]: |\[\^\w+\]", "");
            // A figure shows its caption (its alt text is not drawn).
            line = System.Text.RegularExpressions.Regex.Replace(line, @"^!\[[^\]]*\]\([^ )]+ ""([^""]*)""\)$", "$1");
            if (line.Any(IsArabicLetter))
            {
                texts.Add(line);
            }
        }

        return texts;
    }

    [Test]
    public void The_generated_tables_are_those_of_the_pinned_Unicode_version()
    {
        Assert.Multiple(() =>
        {
            Assert.That(BidiData.UnicodeVersion, Is.EqualTo("17.0.0"));
            Assert.That(BidiAlgorithm.ClassOf('A'), Is.EqualTo(BidiClass.L));
            Assert.That(BidiAlgorithm.ClassOf('ع'), Is.EqualTo(BidiClass.AL));
            Assert.That(BidiAlgorithm.ClassOf('א'), Is.EqualTo(BidiClass.R));
            Assert.That(BidiAlgorithm.ClassOf('٣'), Is.EqualTo(BidiClass.AN));
            Assert.That(BidiAlgorithm.ClassOf('3'), Is.EqualTo(BidiClass.EN));
            Assert.That(BidiAlgorithm.ClassOf('\u200D'), Is.EqualTo(BidiClass.BN));
            Assert.That(BidiAlgorithm.ClassOf(0x05FF), Is.EqualTo(BidiClass.R), "unassigned Hebrew block code point: @missing default");
            Assert.That(BidiAlgorithm.ClassOf(0x20CF), Is.EqualTo(BidiClass.ET), "unassigned currency symbol: @missing default");
            Assert.That(BidiAlgorithm.ClassOf(0x10FFFF), Is.EqualTo(BidiClass.BN), "noncharacter");
            Assert.That(BidiAlgorithm.BracketOf(0x2329).PairKey, Is.EqualTo(BidiAlgorithm.BracketOf(0x3009).PairKey), "〈 pairs with 〉 by canonical equivalence");
        });
    }
}
