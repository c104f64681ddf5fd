using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Text;

public class LineBreakerTests
{
    [Test]
    public void An_empty_text_has_no_opportunities()
    {
        Assert.That(LineBreaker.FindBreaks(""), Is.Empty);
    }

    [Test]
    public void The_end_of_text_is_a_mandatory_break_and_soft_breaks_are_not()
    {
        Assert.That(LineBreaker.FindBreaks("ab cd"), Is.EqualTo(new[]
        {
            new LineBreakOpportunity(3, false),
            new LineBreakOpportunity(5, true),
        }));
    }

    [Test]
    public void Only_spaces_never_break()
    {
        Assert.That(LineBreaker.FindBreaks("   "), Is.EqualTo(new[] { new LineBreakOpportunity(3, true) }));
    }

    [Test]
    public void Cr_lf_is_one_hard_break()
    {
        Assert.That(LineBreaker.FindBreaks("a\r\nb"), Is.EqualTo(new[]
        {
            new LineBreakOpportunity(3, true),
            new LineBreakOpportunity(4, true),
        }));
    }

    [TestCase("\n")]
    [TestCase("\r")]
    [TestCase("\u000B")]
    [TestCase("\u000C")]
    [TestCase("\u0085")]
    [TestCase("\u2028")]
    [TestCase("\u2029")]
    public void Line_terminators_are_hard_breaks_after_them(string terminator)
    {
        Assert.That(LineBreaker.FindBreaks("a " + terminator + "b"), Is.EqualTo(new[]
        {
            new LineBreakOpportunity(3, true),
            new LineBreakOpportunity(4, true),
        }));
    }

    [Test]
    public void Emoji_outside_the_bmp_break_between_characters_never_inside_a_surrogate_pair()
    {
        Assert.That(LineBreakSegments.Of("😀😀a"), Is.EqualTo(new[] { "😀", "😀", "a" }));
    }

    [Test]
    public void Zwj_sequences_and_modifiers_stay_whole()
    {
        const string family = "👨\u200D👩\u200D👧";
        Assert.That(LineBreakSegments.Of(family + family + "👍🏽"), Is.EqualTo(new[] { family, family, "👍🏽" }));
    }

    [Test]
    public void Regional_indicators_pair_into_flags()
    {
        Assert.That(LineBreakSegments.Of("🇨🇳🇫🇷🇩"), Is.EqualTo(new[] { "🇨🇳", "🇫🇷", "🇩" }));
    }

    [Test]
    public void Combining_marks_stay_with_their_base_and_a_leading_mark_acts_as_a_letter()
    {
        Assert.That(LineBreakSegments.Of("\u0301e\u0301 x\u0301"), Is.EqualTo(new[] { "\u0301e\u0301 ", "x\u0301" }));
    }

    [Test]
    public void A_lone_surrogate_is_read_as_a_letter()
    {
        Assert.That(LineBreaker.FindBreaks("\uD800a \uDC00"), Is.EqualTo(new[]
        {
            new LineBreakOpportunity(3, false),
            new LineBreakOpportunity(4, true),
        }));
    }

    [Test]
    public void No_opportunity_of_the_briefing_splits_a_surrogate_pair_or_is_out_of_order()
    {
        var text = LineBreakSegments.FoundingBriefing() + " 🇨🇳👨\u200D👩\u200D👧😀";
        var breaks = LineBreaker.FindBreaks(text);
        Assert.That(breaks.Select(b => b.Position), Is.Ordered.Ascending.And.Unique);
        Assert.That(breaks[^1], Is.EqualTo(new LineBreakOpportunity(text.Length, true)));
        Assert.That(breaks.Where(b => b.Position < text.Length && char.IsLowSurrogate(text[b.Position])), Is.Empty);
    }

    [Test]
    public void Hard_breaks_of_the_briefing_are_exactly_its_line_feeds()
    {
        var text = LineBreakSegments.FoundingBriefing();
        var mandatory = LineBreaker.FindBreaks(text).Where(b => b.Mandatory).Select(b => b.Position).ToList();
        var afterLineFeeds = Enumerable.Range(0, text.Length).Where(i => text[i] == '\n').Select(i => i + 1).ToList();
        if (afterLineFeeds[^1] != text.Length)
        {
            afterLineFeeds.Add(text.Length);
        }

        Assert.That(mandatory, Is.EqualTo(afterLineFeeds));
    }

    [TestCase(0x4E00, "ID")]
    [TestCase(0x3002, "CL")] // 。
    [TestCase(0xFF08, "OP")] // （
    [TestCase(0x3041, "NS")] // ぁ: CJ resolved to NS
    [TestCase(0x0E01, "AL")] // Thai letter: SA, not a mark
    [TestCase(0x0E31, "CM")] // Thai vowel sign (Mn): SA resolved to CM
    [TestCase(0x00A7, "AL")] // §: AI resolved to AL
    [TestCase(0x1F80C, "ID")] // unassigned, in a pictographic range: ID by LineBreak.txt's defaults
    [TestCase(0xE0080, "AL")] // unassigned elsewhere: XX resolved to AL
    [TestCase(0x10FFFF, "AL")]
    public void Classes_come_from_the_pinned_data_resolved_by_lb1(int codePoint, string expected)
    {
        Assert.That(LineBreaker.ResolvedClassOf(codePoint).ToString(), Is.EqualTo(expected));
    }
}
