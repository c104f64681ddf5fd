using AngleSharp.Dom;
using BriefingCompiler.Model;

namespace BriefingCompiler.Tests.Templating;

/// <summary>The built-in template renders the parts of a briefing where a reader and the PDF engine expect them.</summary>
public class DefaultTemplateTests
{
    [Test]
    public void Chinese_briefing_has_its_sections_in_order_with_the_founding_labels()
    {
        var doc = RenderedDocument.Render(BriefingFixtures.Chinese());

        var sectionIds = doc.QuerySelectorAll("main > section").Select(s => s.Id).ToList();
        Assert.That(sectionIds, Is.EqualTo(new[] { "objective", "background", "agenda", "positions", "closing", "references", "document-control" }));
        var headings = doc.QuerySelectorAll("main > section > h2").Select(h => h.Text()).ToList();
        Assert.That(headings, Is.EqualTo(new[] { "会议目标", "背景", "议程", "现状与展望", "主要参考文件", "文件管理" }),
            "the document's labels override (positions: 现状与展望) replaces the built-in 当前立场");
        Assert.That(doc.QuerySelector("h1")!.Text(), Is.EqualTo("GAC 与一般会员咨询委员会 (ALAC) 的会议"));
        Assert.That(doc.QuerySelector("header .session")!.Text(), Is.EqualTo("第 14 次会议"));
    }

    [Test]
    public void Header_shows_version_date_and_audience_in_the_documents_language()
    {
        var zh = RenderedDocument.Render(BriefingFixtures.Chinese());
        Assert.That(zh.QuerySelector("header .running-header")!.Text(),
            Is.EqualTo("第 1 版 · 2024 年 11 月 4 日 · 发布对象：GAC 成员（会前）和公众（会后）"));

        var en = RenderedDocument.Render(BriefingFixtures.English());
        Assert.That(en.QuerySelector("header .running-header")!.Text(),
            Is.EqualTo("Version 2 · 4 November 2024 · Distribution: GAC Members"));
        Assert.That(en.QuerySelector("header .meeting")!.Text(), Is.EqualTo("ICANN81 · Istanbul · 9–14 November 2024"));
        Assert.That(en.QuerySelector("header .symbol")!.Text(), Is.EqualTo("GAC/ICANN81/14"));
    }

    [Test]
    public void Agenda_is_an_ordered_list_and_tentative_items_carry_the_localized_label()
    {
        var zh = RenderedDocument.Render(BriefingFixtures.Chinese());
        var items = zh.QuerySelectorAll("#agenda ol > li").Select(li => li.Text()).ToList();
        Assert.That(items, Is.EqualTo(new[] { "介绍和开幕致辞", "WSIS+20：反思与未来的方向", "DNS 滥用：应对挑战（待定）", "公开讨论和问答", "闭幕致辞" }));
        Assert.That(zh.QuerySelector("#agenda > p")!.Text(), Does.StartWith("在 ICANN81 届会议上"), "agenda_intro comes before the list");

        var en = RenderedDocument.Render(BriefingFixtures.English());
        var third = en.QuerySelector("#agenda-3")!;
        Assert.That(third.QuerySelector(".tentative")!.Text(), Is.EqualTo("(tentative)"));
        Assert.That(third.QuerySelector(".agenda-note")!.Text(), Is.EqualTo("Subject to time"));
        Assert.That(en.QuerySelectorAll("#agenda li .tentative"), Has.Length.EqualTo(1));
    }

    [Test]
    public void Positions_are_numbered_headings_below_the_section_with_their_Markdown_body()
    {
        var doc = RenderedDocument.Render(BriefingFixtures.Chinese());
        var first = doc.GetElementById("position-1")!;
        Assert.That(first.QuerySelector("h3")!.Text(), Is.EqualTo("1. WSIS+20：反思与未来的方向"));
        Assert.That(first.QuerySelector(".position-agenda a")!.GetAttribute("href"), Is.EqualTo("#agenda-2"));
        Assert.That(first.QuerySelector(".position-agenda a")!.Text(), Is.EqualTo("议程第 2 项"));
        Assert.That(first.QuerySelectorAll("ul > li strong").Select(e => e.Text()), Is.EqualTo(new[] { "数字包容", "多利益相关方参与" }));
        Assert.That(doc.GetElementById("position-2")!.QuerySelector("h3")!.Text(), Is.EqualTo("2. 域名系统 (DNS) 滥用：应对挑战"));
    }

    [Test]
    public void Document_control_table_lists_title_audience_and_every_version()
    {
        var zh = RenderedDocument.Render(BriefingFixtures.Chinese());
        Assert.That(Rows(zh), Is.EqualTo(new[]
        {
            ("标题", "ICANN81 GAC 会议简报 - GAC 与 ALAC 的会议"),
            ("发布对象", "GAC 成员（会前）和公众（会后）"),
            ("发布日期", "第 1 版：2024 年 11 月 4 日"),
        }));

        var en = RenderedDocument.Render(BriefingFixtures.English());
        Assert.That(Rows(en), Is.EqualTo(new[]
        {
            ("Title", "ICANN81 GAC Briefing - GAC Meeting with the ALAC"),
            ("Distribution", "GAC Members"),
            ("Distribution Date", "Version 1: 28 October 2024 — First draft Version 2: 4 November 2024"),
        }));
    }

    [Test]
    public void Html_element_carries_language_and_direction()
    {
        var zh = RenderedDocument.Render(BriefingFixtures.Chinese());
        Assert.That(zh.DocumentElement.GetAttribute("lang"), Is.EqualTo("zh"));
        Assert.That(zh.DocumentElement.GetAttribute("dir"), Is.EqualTo("ltr"));

        var ar = RenderedDocument.Render(BriefingFixtures.InLanguage("ar"));
        Assert.That(ar.DocumentElement.GetAttribute("lang"), Is.EqualTo("ar"));
        Assert.That(ar.DocumentElement.GetAttribute("dir"), Is.EqualTo("rtl"));

        var zhHans = RenderedDocument.Render(BriefingFixtures.Chinese() with { Language = "zh-Hans" });
        Assert.That(zhHans.DocumentElement.GetAttribute("lang"), Is.EqualTo("zh-Hans"), "the tag as written");
        Assert.That(zhHans.QuerySelector("#objective h2")!.Text(), Is.EqualTo("会议目标"));
    }

    [Test]
    public void Translation_notice_appears_only_when_the_original_language_differs()
    {
        var en = RenderedDocument.Render(BriefingFixtures.English());
        Assert.That(en.QuerySelector(".translation-notice")!.Text(), Is.EqualTo("This document is a translation. Original language: Chinese."));

        var zh = RenderedDocument.Render(BriefingFixtures.Chinese());
        Assert.That(zh.QuerySelector(".translation-notice"), Is.Null);

        var sameBase = BriefingFixtures.Chinese() with
        {
            DocumentControl = BriefingFixtures.Chinese().DocumentControl with { OriginalLanguage = "zh-CN" },
        };
        Assert.That(RenderedDocument.Render(sameBase).QuerySelector(".translation-notice"), Is.Null);

        var fr = RenderedDocument.Render(BriefingFixtures.InLanguage("fr"));
        Assert.That(fr.QuerySelector(".translation-notice")!.Text(), Is.EqualTo("Ce document est une traduction. Langue originale\u00a0: chinois."));
    }

    [Test]
    public void Marking_and_draft_are_shown_at_the_top_and_in_the_page_margins()
    {
        var briefing = BriefingFixtures.English() with
        {
            DocumentControl = BriefingFixtures.English().DocumentControl with { Marking = "GAC MEMBERS ONLY", Status = DocumentStatus.Draft },
        };
        var html = RenderedDocument.Html(briefing);
        var doc = RenderedDocument.Parse(html);

        Assert.That(doc.QuerySelector("header .marking")!.Text(), Is.EqualTo("GAC MEMBERS ONLY"));
        Assert.That(doc.QuerySelector("footer .marking")!.Text(), Is.EqualTo("GAC MEMBERS ONLY"));
        Assert.That(doc.QuerySelector("header .running-header")!.Text(),
            Is.EqualTo("DRAFT · Version 2 · 4 November 2024 · Distribution: GAC Members"));
        Assert.That(html, Does.Contain("content: \"GAC MEMBERS ONLY · DRAFT · Version 2 · 4 November 2024 · Distribution: GAC Members\";"));
        Assert.That(html, Does.Contain("content: \"GAC MEMBERS ONLY · Page \" counter(page) \" of \" counter(pages);"));
    }

    [Test]
    public void Page_margin_boxes_carry_the_localized_header_and_page_numbers()
    {
        var html = RenderedDocument.Html(BriefingFixtures.Chinese());
        Assert.That(html, Does.Contain("content: \"第 1 版 · 2024 年 11 月 4 日 · 发布对象：GAC 成员（会前）和公众（会后）\";"));
        Assert.That(html, Does.Contain("content: \"第 \" counter(page) \" 页，共 \" counter(pages) \" 页\";"));
        Assert.That(html, Does.Contain("size: A4;"));
    }

    [Test]
    public void Document_is_self_contained()
    {
        var html = RenderedDocument.Html(BriefingFixtures.English());
        var doc = RenderedDocument.Parse(html);
        Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
        Assert.That(doc.QuerySelectorAll("script, link, img, iframe, object, embed"), Is.Empty);
        Assert.That(doc.QuerySelectorAll("style"), Has.Length.EqualTo(1));
        Assert.That(html, Does.Not.Contain("url("), "no CSS fetches");
        Assert.That(html, Does.Not.Contain("/home/someone"), "no machine path from the source");
        Assert.That(doc.Title, Is.EqualTo("ICANN81 GAC Briefing - GAC Meeting with the ALAC"));
    }

    [Test]
    public void Optional_parts_leave_no_empty_sections()
    {
        var briefing = BriefingFixtures.English() with
        {
            Background = null, AgendaIntro = null, Positions = [], Closing = null, References = [], Symbol = null,
            Meeting = new Meeting("ICANN81", null, null, null, default),
            Session = new Session(null, "A session", default),
            Sections = [new ExtraSection("Logistics", BriefingFixtures.Md("Room **B**."), default)],
        };
        var doc = RenderedDocument.Render(briefing);
        Assert.That(doc.QuerySelectorAll("main > section").Select(s => s.Id), Is.EqualTo(new[] { "objective", "agenda", "section-1", "document-control" }));
        Assert.That(doc.QuerySelector("#section-1 h2")!.Text(), Is.EqualTo("Logistics"));
        Assert.That(doc.QuerySelector("header .meeting")!.Text(), Is.EqualTo("ICANN81"));
        Assert.That(doc.QuerySelector("header .session"), Is.Null);
        Assert.That(doc.QuerySelector("header .symbol"), Is.Null);
    }

    [Test]
    public void Rendering_twice_gives_identical_output()
    {
        var first = RenderedDocument.Html(BriefingFixtures.Chinese());
        var second = RenderedDocument.Html(BriefingFixtures.Chinese());
        Assert.That(second, Is.EqualTo(first));
    }

    private static (string, string)[] Rows(IDocument doc) =>
        doc.QuerySelectorAll("#document-control table tr")
            .Select(tr => (tr.QuerySelector("th")!.Text(), tr.QuerySelector("td")!.Text()))
            .ToArray();
}
