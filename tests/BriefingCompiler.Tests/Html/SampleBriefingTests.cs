using AngleSharp.Dom;
using BriefingCompiler.Html;
using BriefingCompiler.Templating;
using BriefingCompiler.Tests.Templating;

namespace BriefingCompiler.Tests.Html;

/// <summary>The repository's sample briefings, through the whole HTML pipeline (load → validate → model → template).</summary>
public class SampleBriefingTests
{
    private static string Sample(string language) =>
        Path.Combine(TestPaths.RepositoryRoot, "briefings", $"icann81-gac-alac.{language}.yaml");

    private static IDocument Build(string language)
    {
        var (html, result) = SampleCompilation.Html(Sample(language));
        Assert.That(result.Diagnostics, Is.Empty, () => string.Join("\n", result.Diagnostics));
        return RenderedDocument.Parse(html!);
    }

    [Test]
    public void Chinese_sample_reads_like_the_founding_briefing()
    {
        var doc = Build("zh");

        Assert.That(doc.DocumentElement.GetAttribute("lang"), Is.EqualTo("zh"));
        Assert.That(doc.QuerySelector("header .running-header")!.Text(),
            Is.EqualTo("第 1 版 · 2024 年 11 月 4 日 · 发布对象：公众（会后）"));
        Assert.That(doc.QuerySelector("h1")!.Text(), Is.EqualTo("GAC 与一般会员咨询委员会 (ALAC) 的会议"));
        Assert.That(doc.QuerySelector("header .session")!.Text(), Is.EqualTo("第 14 次会议"));
        Assert.That(doc.QuerySelectorAll("main > section > h2").Select(h => h.Text()),
            Is.EqualTo(new[] { "会议目标", "背景", "议程", "现状与展望", "文件管理" }));
        Assert.That(doc.QuerySelectorAll("#agenda ol > li").Select(li => li.Text()),
            Is.EqualTo(new[] { "介绍和开幕致辞", "WSIS+20：反思与未来的方向", "DNS 滥用：应对挑战（待定）", "公开讨论和问答", "闭幕致辞" }));
        Assert.That(doc.QuerySelectorAll("#positions h3").Select(h => h.Text()),
            Is.EqualTo(new[] { "1. WSIS+20：反思与未来的方向", "2. 域名系统 (DNS) 滥用：应对挑战" }));
        Assert.That(doc.QuerySelectorAll("#document-control tr").Select(tr => (tr.QuerySelector("th")!.Text(), tr.QuerySelector("td")!.Text())),
            Is.EqualTo(new[] { ("标题", "ICANN81 GAC 会议简报 - GAC 与 ALAC 的会议"), ("发布对象", "公众（会后）"), ("发布日期", "第 1 版：2024 年 11 月 4 日") }));
        Assert.That(doc.QuerySelector(".translation-notice"), Is.Null);
    }

    [Test]
    public void English_sample_is_a_translation_with_English_labels()
    {
        var doc = Build("en");

        Assert.That(doc.QuerySelector("header .running-header")!.Text(), Is.EqualTo(
            "Version 1 · 4 November 2024 · Distribution: GAC Members (before the meeting) and the public (after the meeting)"));
        Assert.That(doc.QuerySelectorAll("main > section > h2").Select(h => h.Text()),
            Is.EqualTo(new[] { "Session Objective", "Background", "Agenda", "Current Positions", "Document Administration" }));
        Assert.That(doc.QuerySelector("#agenda-3")!.Text(), Is.EqualTo("DNS abuse: addressing the challenges (tentative)"));
        Assert.That(doc.QuerySelector(".translation-notice")!.Text(), Is.EqualTo("This document is a translation. Original language: Chinese."));
        Assert.That(doc.QuerySelectorAll("#document-control th").Select(th => th.Text()), Is.EqualTo(new[] { "Title", "Distribution", "Distribution Date" }));
        Assert.That(doc.QuerySelector("#document-control tr:last-child td")!.Text(), Is.EqualTo("Version 1: 4 November 2024"));
        Assert.That(doc.QuerySelectorAll("#position-1 li strong").Select(s => s.Text()).First(), Is.EqualTo("Digital inclusion"));
    }

    [Test]
    public void Arabic_sample_is_right_to_left_with_Arabic_dates()
    {
        var doc = Build("ar");

        Assert.That(doc.DocumentElement.GetAttribute("dir"), Is.EqualTo("rtl"));
        Assert.That(doc.QuerySelector("header .running-header")!.Text(), Does.StartWith("الإصدار 1 · 4 نوفمبر 2024 · التوزيع: "));
        Assert.That(doc.QuerySelector("#agenda-3 .tentative")!.Text(), Is.EqualTo("(مبدئي)"));
    }

    [Test]
    public void Every_sample_builds_twice_to_the_same_bytes()
    {
        foreach (var language in new[] { "zh", "en", "ar" })
        {
            var first = SampleCompilation.Html(Sample(language)).Html;
            var second = SampleCompilation.Html(Sample(language)).Html;
            Assert.That(second, Is.EqualTo(first).And.Not.Null, language);
        }
    }
}
