using BriefingCompiler.Pdf.Text;

namespace BriefingCompiler.Pdf.Tests.Text;

/// <summary>
/// The Chinese line breaking the briefings need, on text of the founding briefing (Text/Data/
/// founding-briefing.zh.txt, a copy of the seed) and, for punctuation the briefing does not use, on sentences
/// written for the test.
/// </summary>
public class LineBreakCjkTests
{
    // Characters that must never start a line, and characters that must never end one.
    private const string ClosingPunctuation = "。，、；：？！）」』】〕〗〙〛》〉”’．…‥々ー";
    private const string OpeningPunctuation = "（「『【〔〖〘〚《〈“‘";

    [Test]
    public void Every_pair_of_ideographs_is_a_break_opportunity()
    {
        var text = LineBreakSegments.FoundingBriefing();
        var positions = LineBreaker.FindBreaks(text).Select(b => b.Position).ToHashSet();
        int pairs = 0;
        for (int i = 1; i < text.Length; i++)
        {
            if (IsIdeograph(text[i - 1]) && IsIdeograph(text[i]))
            {
                pairs++;
                Assert.That(positions, Does.Contain(i), $"no break between {text[i - 1]} and {text[i]} at {i}");
            }
        }

        Assert.That(pairs, Is.GreaterThan(1000), "the briefing is mostly ideographs");
    }

    [Test]
    public void No_line_of_the_briefing_starts_with_closing_or_ends_with_opening_punctuation()
    {
        var text = LineBreakSegments.FoundingBriefing();
        AssertPunctuationStaysAttached(text);
        Assert.That(text.Count(c => ClosingPunctuation.Contains(c)), Is.GreaterThan(100));
        Assert.That(text.Count(c => OpeningPunctuation.Contains(c)), Is.GreaterThan(5));
    }

    [Test]
    public void Punctuation_the_briefing_does_not_use_stays_attached_too()
    {
        const string text = "他问：「会议几点开始？」她说：『下午三点！』【备注】时间；地点。〔附件〕《简报》“引文”‘短引’……完。";
        AssertPunctuationStaysAttached(text);
        Assert.That(LineBreakSegments.Of("他问：「会议几点开始？」她说"), Is.EqualTo(new[]
        {
            "他", "问：", "「会", "议", "几", "点", "开", "始？」", "她", "说",
        }));
    }

    [Test]
    public void A_sentence_of_the_briefing_breaks_after_each_ideograph_and_keeps_commas_and_full_stop()
    {
        Assert.That(LineBreakSegments.Of("ALAC 是 ICANN 指定的主要组织机构，负责了解互联网终端用户的看法，倾听他们的声音。"), Is.EqualTo(new[]
        {
            "ALAC ", "是 ", "ICANN ", "指", "定", "的", "主", "要", "组", "织", "机", "构，", "负", "责", "了", "解",
            "互", "联", "网", "终", "端", "用", "户", "的", "看", "法，", "倾", "听", "他", "们", "的", "声", "音。",
        }));
    }

    [Test]
    public void Parentheses_of_the_briefing_stay_with_their_content()
    {
        Assert.That(LineBreakSegments.Of("联合国大会（2025 年末）的审核结果"), Is.EqualTo(new[]
        {
            "联", "合", "国", "大", "会", "（2025 ", "年", "末）", "的", "审", "核", "结", "果",
        }));
        Assert.That(LineBreakSegments.Of("3. DNS 滥用：应对挑战（待定）"), Is.EqualTo(new[]
        {
            "3. ", "DNS ", "滥", "用：", "应", "对", "挑", "战", "（待", "定）",
        }));
    }

    [Test]
    public void Latin_words_hyphens_and_spaces_inside_Chinese_break_as_in_English()
    {
        Assert.That(LineBreakSegments.Of("最后，GAC-ALAC 合并的视角"), Is.EqualTo(new[]
        {
            "最", "后，", "GAC-", "ALAC ", "合", "并", "的", "视", "角",
        }));
        Assert.That(LineBreakSegments.Of("(Information and Communication Technology, ICT) 政策"), Is.EqualTo(new[]
        {
            "(Information ", "and ", "Communication ", "Technology, ", "ICT) ", "政", "策",
        }));
        Assert.That(LineBreakSegments.Of("2. WSIS+20：反思"), Is.EqualTo(new[] { "2. ", "WSIS+20：", "反", "思" }));
    }

    [Test]
    public void Curly_quotes_in_Chinese_open_before_and_close_after_their_text()
    {
        Assert.That(LineBreakSegments.Of("他说：“你好。”然后走了"), Is.EqualTo(new[]
        {
            "他", "说：", "“你", "好。”", "然", "后", "走", "了",
        }));
    }

    [Test]
    public void Small_kana_and_the_prolonged_sound_mark_never_start_a_line()
    {
        // CJ is resolved to NS (the strict reading of LB1).
        Assert.That(LineBreakSegments.Of("ちょっとコーヒー"), Is.EqualTo(new[] { "ちょっ", "と", "コー", "ヒー" }));
    }

    [Test]
    public void Urls_break_only_after_a_slash_before_a_letter()
    {
        // UAX #14 gives a URL few opportunities; a longer unbroken piece is left to the layouter's emergency
        // breaking.
        Assert.That(LineBreakSegments.Of("https://www.icann.org/resources/pages/gac-2024"), Is.EqualTo(new[]
        {
            "https://", "www.icann.org/", "resources/", "pages/", "gac-2024",
        }));
    }

    private static void AssertPunctuationStaysAttached(string text)
    {
        var wrongBreaks = new List<string>();
        foreach (var opportunity in LineBreaker.FindBreaks(text))
        {
            int p = opportunity.Position;
            if (p < text.Length && ClosingPunctuation.Contains(text[p]))
            {
                wrongBreaks.Add($"a line would start with {text[p]} at {p}");
            }

            if (OpeningPunctuation.Contains(text[p - 1]))
            {
                wrongBreaks.Add($"a line would end with {text[p - 1]} at {p}");
            }
        }

        Assert.That(wrongBreaks, Is.Empty);
    }

    private static bool IsIdeograph(char c) => c >= '\u4E00' && c <= '\u9FFF';
}
